/** Lane edits the toolbar and the lanes panel share: add one (and put the cursor in its name). */
import { freshId, recordIds, type LaneKind } from '../../../../shared/model';
import { addLane } from '../../../state/commands';
import type { MapController } from './controller';
import { announce } from './mapUiStore';
import { selectOnly } from './selection';

export function addLaneAtEnd(map: MapController, kind: LaneKind = 'role'): string | null {
  const { editor } = map;
  const w = editor.workbook;
  const id = freshId('l', recordIds(w));
  const index = w.workflow.lanes.length;
  if (!editor.execute(addLane({ id, name: `Lane ${index + 1}`, kind }))) return null;
  // The lanes panel shows when nothing is selected: its new name field takes the cursor.
  selectOnly(map, []);
  editor.requestFocus({ recordId: id, field: 'name' });
  announce(map, `Added lane ${index + 1}. Type its name.`);
  return id;
}
