/**
 * Which metric the editor shows: the one a readiness "Fix" link asked for (so its field can be
 * focused in the same render), else the one selected in the ui slice, else the first. The
 * selection lives in the ui slice, never in undo history.
 */
import { useSelectedRecord } from '../../state/hooks';
import { useAppStore } from '../../state/store';

export const METRIC_SELECTION = 'metric';

export function useSelectedMetric(): string | null {
  return useSelectedRecord(METRIC_SELECTION, 'metrics', true);
}

/** Shows metric `id` in the editor and brings the editor into view. */
export function showMetric(id: string, focus?: string): void {
  const s = useAppStore.getState();
  s.select({ kind: METRIC_SELECTION, id });
  if (focus) s.requestFocus(focus);
}
