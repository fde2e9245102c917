/**
 * Which roadmap item the editor shows: the one a readiness "Fix" link asked for (so its field
 * can be focused in the same render), else the one selected in the ui slice. Selection lives
 * in the ui slice and never enters undo history.
 */
import { useEffect } from 'react';
import { useWorkbookValue } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { bringIntoView } from '../metrics/fields/bringIntoView';

export const ITEM_SELECTION = 'roadmap-item';

const REQUEST = /^\/roadmap\/(\d+)(?:\/|$)/;

export function useSelectedItem(): string | null {
  const selected = useAppStore((s) => (s.selection?.kind === ITEM_SELECTION ? s.selection.id : null));
  const request = useAppStore((s) => s.focusRequest?.target ?? null);
  const requestedIndex = request ? REQUEST.exec(request)?.[1] : undefined;
  const requested = useWorkbookValue((w) => (requestedIndex === undefined ? null : w.roadmap[Number(requestedIndex)]?.id ?? null));
  const shown = useWorkbookValue((w) => requested ?? (selected && w.roadmap.some((r) => r.id === selected) ? selected : null));
  useEffect(() => {
    if (requested) useAppStore.getState().select({ kind: ITEM_SELECTION, id: requested });
  }, [requested]);
  return shown;
}

/** Opens item `id` in the editor and brings the editor into view. */
export function showItem(id: string, focus?: string): void {
  const s = useAppStore.getState();
  s.select({ kind: ITEM_SELECTION, id });
  if (focus) s.requestFocus(focus);
  else requestAnimationFrame(() => bringIntoView('item-editor'));
}
