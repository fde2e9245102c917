/**
 * Which decision the editor shows (the jumps to and from the map are in state/jumps.ts). The one
 * a readiness "Fix" link (or the map) asked for wins, so its field can be focused in the same
 * render; else the one selected in the workbook's editor; else the first. Selection never enters undo
 * history.
 */
import { showRecord } from '../../../hooks/showRecord';
import type { WorkbookEditor } from '../../../state/editor/WorkbookEditor';
import { useSelectedRecord } from '../../../state/hooks';
import { DECISION_SELECTION } from '../../../state/jumps';

export const EDITOR_ID = 'decision-editor';

export function useSelectedDecision(): string | null {
  return useSelectedRecord(DECISION_SELECTION, 'decisions', true);
}

/** Shows decision `id` in the editor: focuses its `field` when given, else brings the editor into view. */
export function showDecision(editor: WorkbookEditor, id: string, field?: string): void {
  showRecord(editor, DECISION_SELECTION, id, field, EDITOR_ID);
}
