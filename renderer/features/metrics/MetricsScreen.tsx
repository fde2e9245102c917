/**
 * Metrics (days 6–7): baselines of today's workflow, targets and kill criteria, and the live
 * scorecard. "Measure the current state of the workflow before changing it … these become your
 * targets and your kill criteria."
 */
import { useRef, useState, type ReactElement } from 'react';
import type { Metric, MetricKind } from '../../../shared/model';
import { useFocusRequest } from '../../hooks/useFocusRequest';
import { useEditor } from '../../state/editor/context';
import { AddMetricDialog } from './AddMetricDialog';
import { KindCoverage } from './KindCoverage';
import { EXPECTED_KINDS } from './library';
import { MetricEditor } from './MetricEditor';
import { ScorecardSection } from './ScorecardSection';
import { useSelectedMetric } from './useSelectedMetric';

export function MetricsScreen(): ReactElement {
  const editor = useEditor();
  const root = useRef<HTMLDivElement>(null);
  // Before useFocusRequest: the editor of a requested metric must be in this render.
  const selectedId = useSelectedMetric();
  useFocusRequest(root);
  const [adding, setAdding] = useState<MetricKind | null>(null);
  return (
    <div className="stage-page stage-wide" ref={root}>
      <header className="stage-header">
        <p className="eyebrow">Days 6–7 · Baselines, targets and kill criteria</p>
        <h1>Metrics</h1>
      </header>
      <p className="lead">Measure today’s workflow before changing it. These numbers become your targets, and your kill criteria say where you stop if it is not working.</p>
      <KindCoverage onAdd={(kind) => setAdding(kind)} />
      <ScorecardSection selectedId={selectedId} onAdd={() => setAdding(firstMissingKind(editor.workbook.metrics))} />
      {selectedId && <MetricEditor key={selectedId} id={selectedId} />}
      {adding && <AddMetricDialog initialKind={adding} onClose={() => setAdding(null)} />}
    </div>
  );
}

/** The dialog opens on the first kind the scorecard still lacks: the likeliest next metric. */
function firstMissingKind(metrics: readonly Metric[]): MetricKind {
  const missing = EXPECTED_KINDS.find((e) => !metrics.some((m) => e.kinds.includes(m.kind)));
  return missing?.kinds[0] ?? 'custom';
}

export default MetricsScreen;
