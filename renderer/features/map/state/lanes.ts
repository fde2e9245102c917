/** Lane edits the toolbar and the lanes panel share: add one (and put the cursor in its name). */
import { freshId, recordIds, type LaneKind } from '../../../../shared/model';
import { addLane } from '../../../state/commands';
import { useAppStore } from '../../../state/store';
import { announce } from './mapUiStore';
import { selectOnly } from './selection';

export function addLaneAtEnd(kind: LaneKind = 'role'): string | null {
  const s = useAppStore.getState();
  const w = s.workbook;
  if (!w) return null;
  const id = freshId('l', recordIds(w));
  const index = w.workflow.lanes.length;
  if (!s.execute(addLane({ id, name: `Lane ${index + 1}`, kind }))) return null;
  // The lanes panel shows when nothing is selected: its new name field takes the cursor.
  selectOnly([]);
  s.requestFocus(`/workflow/lanes/${index}/name`);
  announce(`Added lane ${index + 1}. Type its name.`);
  return id;
}
