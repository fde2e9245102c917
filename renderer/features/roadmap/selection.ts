/**
 * Which roadmap item the editor shows: the one a readiness "Fix" link asked for (so its field
 * can be focused in the same render), else the one selected in the ui slice. Selection lives
 * in the ui slice and never enters undo history.
 */
import { useSelectedRecord } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { bringIntoView } from '../../hooks/bringIntoView';

export const ITEM_SELECTION = 'roadmap-item';

export function useSelectedItem(): string | null {
  return useSelectedRecord(ITEM_SELECTION, 'roadmap', false);
}

/** Opens item `id` in the editor and brings the editor into view. */
export function showItem(id: string, focus?: string): void {
  const s = useAppStore.getState();
  s.select({ kind: ITEM_SELECTION, id });
  if (focus) s.requestFocus(focus);
  else requestAnimationFrame(() => bringIntoView('item-editor'));
}
