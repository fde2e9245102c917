/**
 * Opens a record in its stage's editor: selects it (selection is the workbook editor's and never
 * enters undo history), then focuses the field a readiness "Fix" link asked for, or else brings
 * the editor into view. The decisions, metrics and roadmap editors share it.
 */
import type { WorkbookEditor } from '../state/editor/WorkbookEditor';
import { bringIntoView } from './bringIntoView';

export function showRecord(editor: WorkbookEditor, kind: string, id: string, focus: string | undefined, editorId: string | null): void {
  editor.select({ kind, id });
  if (focus) editor.requestFocus(focus);
  else if (editorId) requestAnimationFrame(() => bringIntoView(editorId));
}
