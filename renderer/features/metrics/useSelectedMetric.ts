/**
 * Which metric the editor shows: the one a readiness "Fix" link asked for (so its field can be
 * focused in the same render), else the one selected in the ui slice, else the first. The
 * selection lives in the ui slice, never in undo history.
 */
import { showRecord } from '../../hooks/showRecord';
import { useSelectedRecord } from '../../state/hooks';

export const METRIC_SELECTION = 'metric';

export function useSelectedMetric(): string | null {
  return useSelectedRecord(METRIC_SELECTION, 'metrics', true);
}

/** Shows metric `id` in the editor (the editor stays where it is: beside the list). */
export function showMetric(id: string, focus?: string): void {
  showRecord(METRIC_SELECTION, id, focus, null);
}
