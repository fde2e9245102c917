/**
 * Which metric the editor shows: the one a readiness "Fix" link asked for (so its field can be
 * focused in the same render), else the one selected in the workbook's editor, else the first. The
 * selection never enters undo history.
 */
import { showRecord } from '../../hooks/showRecord';
import type { WorkbookEditor } from '../../state/editor/WorkbookEditor';
import { useSelectedRecord } from '../../state/hooks';

export const METRIC_SELECTION = 'metric';

export function useSelectedMetric(): string | null {
  return useSelectedRecord(METRIC_SELECTION, 'metrics', true);
}

/** Shows metric `id` in the editor (the editor stays where it is: beside the list). */
export function showMetric(editor: WorkbookEditor, id: string, field?: string): void {
  showRecord(editor, METRIC_SELECTION, id, field, null);
}
