/**
 * A small trend line for a scorecard row: the observations in date order, with the kill
 * threshold as a dashed line. Decorative: the row next to it holds the numbers in words.
 */
import { memo, type ReactElement } from 'react';
import type { Metric } from '../../../../shared/model';
import { linePath } from './metricChartGeometry';
import { dayOf, linear } from './scale';

const W = 120;
const H = 32;

export const Sparkline = memo(function Sparkline({ metric, statusClassName }: { metric: Metric; statusClassName: string }): ReactElement {
  const obs = [...metric.observations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (obs.length === 0) return <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" />;
  const values = obs.map((o) => o.value);
  if (metric.kill) values.push(metric.kill.threshold);
  if (metric.target) values.push(metric.target.value);
  const lo = Math.min(...values), hi = Math.max(...values);
  const y = linear(lo, hi === lo ? lo + 1 : hi, H - 3, 3);
  const x = linear(dayOf(obs[0]!.date), dayOf(obs[obs.length - 1]!.date), 3, W - 5);
  const points = obs.map((o) => ({ x: x(dayOf(o.date)), y: y(o.value) }));
  const last = points[points.length - 1]!;
  return (
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {metric.kill && <line x1={0} x2={W} y1={y(metric.kill.threshold)} y2={y(metric.kill.threshold)} className="spark-kill" />}
      {metric.target && <line x1={0} x2={W} y1={y(metric.target.value)} y2={y(metric.target.value)} className="spark-target" />}
      {points.length > 1 && <path d={linePath(points)} className="spark-line" />}
      <circle cx={last.x} cy={last.y} r={3} className={`spark-last ${statusClassName}`} />
    </svg>
  );
});
