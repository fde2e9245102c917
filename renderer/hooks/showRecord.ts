/**
 * Opens a record in its stage's editor: selects it (selection is the workbook editor's and never
 * enters undo history), then focuses a field of it (a readiness gap's, a new record's first), or else brings
 * the editor into view. The decisions, metrics and roadmap editors share it.
 */
import type { WorkbookEditor } from '../state/editor/WorkbookEditor';
import { bringIntoView } from './bringIntoView';

export function showRecord(editor: WorkbookEditor, kind: string, id: string, field: string | undefined, editorId: string | null): void {
  editor.select({ kind, id });
  if (field) editor.requestFocus({ recordId: id, field });
  else if (editorId) requestAnimationFrame(() => bringIntoView(editorId));
}
