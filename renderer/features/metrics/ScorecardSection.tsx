/**
 * The live scorecard: a summary chart across metrics, and a table with one row per metric.
 * Every value is derived from the workbook as it is now (shared/logic's scorecard), so an
 * observation entered below changes the status here at once.
 */
import { useCallback, type ReactElement } from 'react';
import { Button } from '../../components/Button';
import { Section } from '../../components/Section';
import { useDerived, useWorkbookList } from '../../state/hooks';
import { SummaryChart } from './charts/SummaryChart';
import { deriveScoreById } from './derive';
import { ScorecardRow } from './ScorecardRow';
import { bringIntoView } from '../../hooks/bringIntoView';
import { useEditor } from '../../state/editor/context';
import { showMetric } from './useSelectedMetric';

export function ScorecardSection({ selectedId, onAdd }: { selectedId: string | null; onAdd: () => void }): ReactElement {
  const editor = useEditor();
  const metrics = useWorkbookList((w) => w.metrics);
  const scores = useDerived(deriveScoreById);
  const show = useCallback((id: string) => {
    showMetric(editor, id);
    // Bring the editor into view: the table can be long.
    requestAnimationFrame(() => bringIntoView('metric-editor'));
  }, [editor]);
  return (
    <Section title="Scorecard" id="scorecard"
      description="Latest value against baseline, target and kill threshold, for every metric. Status is decided by the data: red before green."
      actions={<Button icon="plus" variant="primary" onClick={onAdd}>Add metric</Button>}>
      {metrics.length === 0
        ? <p className="empty-note">No metric yet. Add one from the KPI library: measure today’s workflow before changing it.</p>
        : (
          <>
            <SummaryChart metrics={metrics} scores={scores} tableId="scorecard-table" />
            <div className="table-wrap">
              <table className="data-table scorecard-table" id="scorecard-table">
                <caption className="visually-hidden">Scorecard: one row per metric</caption>
                <thead>
                  <tr>
                    <th scope="col">Metric</th><th scope="col" className="num">Baseline</th><th scope="col" className="num">Target</th>
                    <th scope="col" className="num">Kill at</th><th scope="col" className="num">Latest</th><th scope="col" className="num">Change</th>
                    <th scope="col">Status</th><th scope="col"><span className="visually-hidden">Trend</span></th>
                  </tr>
                </thead>
                <tbody>
                  {metrics.map((m, i) => <ScorecardRow key={m.id} id={m.id} index={i} selected={m.id === selectedId} onShow={show} />)}
                </tbody>
              </table>
            </div>
          </>
        )}
    </Section>
  );
}
