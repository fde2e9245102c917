/**
 * The scorecard at a glance: every metric on one scale from its baseline (0%) to its target
 * (100%), the kill threshold marked, the latest value as a dot shaped and coloured by status,
 * and the status in words at the end of the row. The scorecard table is the same data as text.
 */
import { memo, useId, type ReactElement } from 'react';
import type { MetricScore } from '../../../../shared/logic';
import type { Metric } from '../../../../shared/model';
import { metricName, statusClass, statusView } from '../common/format';
import { SUMMARY_ROW, SUMMARY_TOP, SUMMARY_WIDTH, summaryGeometry, TRACK, type SummaryRow } from './summaryGeometry';

interface SummaryChartProps {
  readonly metrics: readonly Metric[];
  readonly scores: ReadonlyMap<string, MetricScore>;
  /** The id of the table holding the same data, for assistive technology. */
  readonly tableId?: string;
}

export function describeSummary(metrics: readonly Metric[], scores: ReadonlyMap<string, MetricScore>): string {
  const count = (f: (s: MetricScore) => boolean) => metrics.filter((m) => { const s = scores.get(m.id); return s ? f(s) : false; }).length;
  const stop = count((s) => s.killTriggered);
  const red = count((s) => s.status === 'red');
  const green = count((s) => s.status === 'green');
  const amber = count((s) => s.status === 'amber');
  const none = metrics.length - red - green - amber;
  const parts = [`${metrics.length} metric${metrics.length === 1 ? '' : 's'}: ${green} green, ${amber} amber, ${red} red, ${none} without data.`];
  if (stop > 0) parts.push(`${stop} kill criteri${stop === 1 ? 'on is' : 'a are'} triggered: stop and redesign.`);
  return parts.join(' ');
}

export function SummaryChart({ metrics, scores, tableId }: SummaryChartProps): ReactElement {
  const id = useId();
  const g = summaryGeometry(metrics, scores);
  return (
    <figure className="summary-chart">
      <svg viewBox={`0 0 ${SUMMARY_WIDTH} ${g.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}
        aria-describedby={tableId} className="chart-svg">
        <title id={`${id}-t`}>Every metric between its baseline and its target</title>
        <desc id={`${id}-d`}>{describeSummary(metrics, scores)}</desc>
        <text x={g.baselineX} y={16} textAnchor="middle" className="chart-tick">Baseline</text>
        <text x={g.targetX} y={16} textAnchor="middle" className="chart-tick">Target</text>
        <line x1={g.baselineX} x2={g.baselineX} y1={SUMMARY_TOP - 8} y2={g.height - 8} className="summary-baseline" />
        <line x1={g.targetX} x2={g.targetX} y1={SUMMARY_TOP - 8} y2={g.height - 8} className="summary-target" />
        {g.rows.map((row, i) => <Row key={row.metricId} row={row} metric={metrics[i]!} index={i} score={scores.get(row.metricId)} />)}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-item legend-target">Target (100%)</span>
        <span className="legend-item legend-kill-tick">Kill threshold</span>
        <span className="legend-item legend-dot">Latest value, by status</span>
      </figcaption>
    </figure>
  );
}

const Row = memo(function Row({ row, metric, index, score }: { row: SummaryRow; metric: Metric; index: number; score: MetricScore | undefined }) {
  const top = row.y - SUMMARY_ROW / 2;
  const status = score ? statusView(metric, score).word : 'No data yet';
  return (
    <g className={`summary-row ${score ? statusClass(score) : 'status-no-data'}`}>
      {index % 2 === 0 && <rect x={0} y={top} width={SUMMARY_WIDTH} height={SUMMARY_ROW} className="summary-band" />}
      <text x={8} y={row.y} dominantBaseline="middle" className="summary-name">{clip(metricName(metric, index), 26)}</text>
      <line x1={TRACK.left} x2={TRACK.right} y1={row.y} y2={row.y} className="summary-track" />
      {row.killX !== null && <line x1={row.killX} x2={row.killX} y1={row.y - 12} y2={row.y + 12} className="summary-kill" />}
      {row.missing !== null
        // At the start of the track, clear of the baseline, target and kill marks in its middle.
        ? <text x={TRACK.left + 6} y={row.y} dominantBaseline="middle" className="summary-missing">{row.missing}</text>
        : row.latestX !== null && <Marker x={row.latestX} y={row.y} />}
      <text x={TRACK.right + 16} y={row.y} dominantBaseline="middle" className="summary-status">{clip(status, 30)}</text>
    </g>
  );
});

/** A dot whose shape follows the status through CSS classes on the row: colour is never alone. */
function Marker({ x, y }: { x: number; y: number }) {
  return (
    <g className="summary-marker" transform={`translate(${x} ${y})`}>
      <circle r={9} className="marker-circle" />
      <path d="M-5 -5L5 5M5 -5L-5 5" className="marker-cross" />
      <path d="M-4.5 0.5L-1.5 3.5L4.5 -3.5" className="marker-check" />
    </g>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

