/**
 * Which roadmap item the editor shows: the one a readiness "Fix" link asked for (so its field
 * can be focused in the same render), else the one selected in the workbook's editor. Selection never
 * enters undo history.
 */
import { showRecord } from '../../../hooks/showRecord';
import type { WorkbookEditor } from '../../../state/editor/WorkbookEditor';
import { useSelectedRecord } from '../../../state/hooks';

export const ITEM_SELECTION = 'roadmap-item';

export function useSelectedItem(): string | null {
  return useSelectedRecord(ITEM_SELECTION, 'roadmap', false);
}

/** Opens item `id` in the editor and brings the editor into view. */
export function showItem(editor: WorkbookEditor, id: string, field?: string): void {
  showRecord(editor, ITEM_SELECTION, id, field, 'item-editor');
}
