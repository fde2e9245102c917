/**
 * The geometry of one metric's chart, from the model alone: observations in date order as a
 * line, and the baseline, target and kill threshold as labelled reference lines. Pure, so the
 * chart and its tests agree on what is drawn.
 */
import type { Metric } from '../../../../shared/model';
import { dayOf, linear, niceScale, spreadLabels } from './scale';

export const CHART_WIDTH = 760;
export const CHART_HEIGHT = 280;
export const PLOT = { left: 64, right: CHART_WIDTH - 150, top: 18, bottom: CHART_HEIGHT - 40 } as const;

export type ReferenceKind = 'baseline' | 'target' | 'kill';

export interface ReferenceLine {
  readonly kind: ReferenceKind;
  readonly value: number;
  readonly y: number;
  /** Where its label sits, moved apart from the others when values are close. */
  readonly labelY: number;
}

export interface ChartPoint { readonly x: number; readonly y: number; readonly date: string; readonly value: number }

export interface MetricChartGeometry {
  readonly yTicks: readonly { readonly y: number; readonly value: number }[];
  readonly xTicks: readonly { readonly x: number; readonly date: string }[];
  readonly references: readonly ReferenceLine[];
  readonly points: readonly ChartPoint[];
  /** The latest observation (greatest date, the last entered among equals), as the scorecard reads it. */
  readonly latest: ChartPoint | null;
}

/** Dots are drawn up to this many observations; beyond it the line alone reads better. */
export const MAX_DOTS = 80;

export function metricChartGeometry(m: Metric): MetricChartGeometry {
  // Stable sort: among equal dates the later entry stays later, as "latest" expects.
  const obs = m.observations.map((o, i) => ({ o, i })).sort((a, b) => (a.o.date < b.o.date ? -1 : a.o.date > b.o.date ? 1 : a.i - b.i)).map((e) => e.o);
  const refs: { kind: ReferenceKind; value: number }[] = [];
  if (m.baseline) refs.push({ kind: 'baseline', value: m.baseline.value });
  if (m.target) refs.push({ kind: 'target', value: m.target.value });
  if (m.kill) refs.push({ kind: 'kill', value: m.kill.threshold });

  const scale = niceScale([...obs.map((o) => o.value), ...refs.map((r) => r.value)]);
  const y = linear(scale.lo, scale.hi, PLOT.bottom, PLOT.top);
  const d0 = obs.length ? dayOf(obs[0]!.date) : 0;
  const d1 = obs.length ? dayOf(obs[obs.length - 1]!.date) : 0;
  const x = linear(d0, d1, PLOT.left + 12, PLOT.right - 12);

  const points = obs.map((o) => ({ x: x(dayOf(o.date)), y: y(o.value), date: o.date, value: o.value }));
  const labelYs = spreadLabels(refs.map((r) => y(r.value)), 18, PLOT.top, PLOT.bottom);
  const references = refs.map((r, i) => ({ ...r, y: y(r.value), labelY: labelYs[i]! }));

  const xTicks: { x: number; date: string }[] = [];
  if (obs.length > 0) {
    xTicks.push({ x: points[0]!.x, date: obs[0]!.date });
    const middle = obs[Math.floor(obs.length / 2)]!;
    if (obs.length > 2 && middle.date !== obs[0]!.date && middle.date !== obs[obs.length - 1]!.date) xTicks.push({ x: x(dayOf(middle.date)), date: middle.date });
    if (d1 !== d0) xTicks.push({ x: points[points.length - 1]!.x, date: obs[obs.length - 1]!.date });
  }
  return {
    yTicks: scale.ticks.map((value) => ({ value, y: y(value) })),
    xTicks,
    references,
    points,
    latest: points.length ? points[points.length - 1]! : null,
  };
}

/** The line through `points` as an SVG path. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
}
