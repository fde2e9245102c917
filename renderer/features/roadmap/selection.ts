/**
 * Which roadmap item the editor shows: the one a readiness "Fix" link asked for (so its field
 * can be focused in the same render), else the one selected in the ui slice. Selection lives
 * in the ui slice and never enters undo history.
 */
import { showRecord } from '../../hooks/showRecord';
import { useSelectedRecord } from '../../state/hooks';

export const ITEM_SELECTION = 'roadmap-item';

export function useSelectedItem(): string | null {
  return useSelectedRecord(ITEM_SELECTION, 'roadmap', false);
}

/** Opens item `id` in the editor and brings the editor into view. */
export function showItem(id: string, focus?: string): void {
  showRecord(ITEM_SELECTION, id, focus, 'item-editor');
}
