/**
 * Which metric the editor shows: the one a readiness "Fix" link asked for (so its field can be
 * focused in the same render), else the one selected in the ui slice, else the first. The
 * selection lives in the ui slice, never in undo history.
 */
import { useEffect } from 'react';
import { useWorkbookValue } from '../../state/hooks';
import { useAppStore } from '../../state/store';

export const METRIC_SELECTION = 'metric';

const REQUEST = /^\/metrics\/(\d+)(?:\/|$)/;

export function useSelectedMetric(): string | null {
  const selected = useAppStore((s) => (s.selection?.kind === METRIC_SELECTION ? s.selection.id : null));
  const request = useAppStore((s) => s.focusRequest?.target ?? null);
  const requestedIndex = request ? REQUEST.exec(request)?.[1] : undefined;
  const requested = useWorkbookValue((w) => (requestedIndex === undefined ? null : w.metrics[Number(requestedIndex)]?.id ?? null));
  const shown = useWorkbookValue((w) => {
    if (requested) return requested;
    if (selected && w.metrics.some((m) => m.id === selected)) return selected;
    return w.metrics[0]?.id ?? null;
  });
  useEffect(() => {
    if (requested) useAppStore.getState().select({ kind: METRIC_SELECTION, id: requested });
  }, [requested]);
  return shown;
}

/** Shows metric `id` in the editor and brings the editor into view. */
export function showMetric(id: string, focus?: string): void {
  const s = useAppStore.getState();
  s.select({ kind: METRIC_SELECTION, id });
  if (focus) s.requestFocus(focus);
}
