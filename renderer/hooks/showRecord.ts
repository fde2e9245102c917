/**
 * Opens a record in its stage's editor: selects it (selection lives in the ui slice and never
 * enters undo history), then focuses the field a readiness "Fix" link asked for, or else brings
 * the editor into view. The decisions, metrics and roadmap editors share it.
 */
import { useAppStore } from '../state/store';
import { bringIntoView } from './bringIntoView';

export function showRecord(kind: string, id: string, focus: string | undefined, editorId: string | null): void {
  const s = useAppStore.getState();
  s.select({ kind, id });
  if (focus) s.requestFocus(focus);
  else if (editorId) requestAnimationFrame(() => bringIntoView(editorId));
}
