/**
 * One metric's chart: its observations over time against the baseline, target and kill
 * threshold. Drawn from the model in SVG with CSS colours (light and dark), thick lines and
 * large type for a projector; reference lines differ by dash as well as colour and carry their
 * names. The text alternative says what the chart shows; the table below it holds the data.
 */
import { memo, useId, type ReactElement } from 'react';
import type { MetricScore } from '../../../../shared/logic';
import type { Metric } from '../../../../shared/model';
import { formatDate, formatNumber, formatShortDate, formatValue, statusClass, statusView } from '../common/format';
import { CHART_HEIGHT, CHART_WIDTH, linePath, MAX_DOTS, metricChartGeometry, PLOT, type ReferenceKind } from './metricChartGeometry';

const REFERENCE_NAME: Readonly<Record<ReferenceKind, string>> = { baseline: 'Baseline', target: 'Target', kill: 'Kill' };

/** The chart's text alternative: what it shows, in one paragraph. */
export function describeMetricChart(m: Metric, score: MetricScore): string {
  const parts: string[] = [];
  const n = m.observations.length;
  if (n === 0) parts.push('No observations yet.');
  else {
    let first = m.observations[0]!.date, last = first;
    for (const o of m.observations) {
      if (o.date < first) first = o.date;
      if (o.date > last) last = o.date;
    }
    parts.push(`${n} observation${n === 1 ? '' : 's'} from ${formatDate(first)} to ${formatDate(last)}.`);
    if (score.latest !== null && score.latestDate) parts.push(`Latest ${formatValue(score.latest, m.unit)} on ${formatDate(score.latestDate)}.`);
  }
  parts.push(m.baseline ? `Baseline ${formatValue(m.baseline.value, m.unit)}.` : 'No baseline.');
  parts.push(m.target ? `Target ${formatValue(m.target.value, m.unit)}.` : 'No target.');
  parts.push(m.kill ? `Kill threshold ${formatValue(m.kill.threshold, m.unit)}.` : 'No kill criterion.');
  parts.push(`Status: ${statusView(m, score).word}.`);
  return parts.join(' ');
}

export const MetricChart = memo(function MetricChart({ metric, score, name }: { metric: Metric; score: MetricScore; name: string }): ReactElement {
  const id = useId();
  const g = metricChartGeometry(metric);
  const dots = g.points.length <= MAX_DOTS ? g.points : [];
  return (
    <figure className="metric-chart">
      <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart-svg">
        <title id={`${id}-t`}>{`${name}: observations against baseline, target and kill threshold`}</title>
        <desc id={`${id}-d`}>{describeMetricChart(metric, score)}</desc>
        <g className="chart-grid">
          {g.yTicks.map((t) => (
            <g key={t.value}>
              <line x1={PLOT.left} x2={PLOT.right} y1={t.y} y2={t.y} />
              <text x={PLOT.left - 10} y={t.y} className="chart-tick" textAnchor="end" dominantBaseline="middle">{formatNumber(t.value)}</text>
            </g>
          ))}
          <rect x={PLOT.left} y={PLOT.top} width={PLOT.right - PLOT.left} height={PLOT.bottom - PLOT.top} className="chart-frame" />
        </g>
        <text x={14} y={(PLOT.top + PLOT.bottom) / 2} className="chart-axis-unit" textAnchor="middle"
          transform={`rotate(-90 14 ${(PLOT.top + PLOT.bottom) / 2})`}>{metric.unit}</text>
        {g.references.map((r) => (
          <g key={r.kind} className={`chart-ref ref-${r.kind}`}>
            <line x1={PLOT.left} x2={PLOT.right} y1={r.y} y2={r.y} />
            <text x={PLOT.right + 10} y={r.labelY} dominantBaseline="middle">{`${REFERENCE_NAME[r.kind]} ${formatNumber(r.value)}`}</text>
          </g>
        ))}
        {g.points.length > 1 && <path d={linePath(g.points)} className="chart-line" />}
        {dots.map((p, i) => <circle key={i} cx={p.x} cy={p.y} r={4.5} className="chart-dot" />)}
        {g.latest && (
          <g className={`chart-latest-mark ${statusClass(score)}`}>
            <circle cx={g.latest.x} cy={g.latest.y} r={8} className="chart-latest" />
            {/* Up and to the left: the latest point is the rightmost, where the reference labels are. */}
            <text x={g.latest.x - 12} y={g.latest.y < PLOT.top + 26 ? g.latest.y + 26 : g.latest.y - 14} textAnchor="end" className="chart-latest-value">
              {formatNumber(g.latest.value)}
            </text>
          </g>
        )}
        {g.points.length === 0 && (
          <text x={(PLOT.left + PLOT.right) / 2} y={(PLOT.top + PLOT.bottom) / 2} textAnchor="middle" className="chart-empty">No observations yet</text>
        )}
        {g.xTicks.map((t) => (
          <text key={t.date} x={t.x} y={PLOT.bottom + 24} textAnchor="middle" className="chart-tick">{formatShortDate(t.date)}</text>
        ))}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-item legend-line">Observations</span>
        {metric.baseline && <span className="legend-item legend-baseline">Baseline</span>}
        {metric.target && <span className="legend-item legend-target">Target</span>}
        {metric.kill && <span className="legend-item legend-kill">Kill threshold</span>}
      </figcaption>
    </figure>
  );
});
