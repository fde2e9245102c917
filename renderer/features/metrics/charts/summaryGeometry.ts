/**
 * The summary across metrics: each metric on one common scale, "how far from its baseline
 * towards its target", so metrics in hours, percent and currency can be read side by side.
 * 0% is the baseline, 100% the target; the kill threshold and the latest value are placed on
 * the same scale. A metric without a baseline and a target (or with equal ones) has no place
 * on it, and says so.
 */
import type { MetricScore } from '../../../../shared/logic';
import type { Metric } from '../../../../shared/model';
import { linear } from './scale';

export const SUMMARY_WIDTH = 960;
export const SUMMARY_ROW = 40;
export const SUMMARY_TOP = 34;
export const TRACK = { left: 250, right: 700 } as const;

/** The scale never reaches further than this either side: a wild value is pinned at the edge. */
const FLOOR = -1.5;
const CEILING = 2;

export interface SummaryRow {
  readonly metricId: string;
  readonly y: number;
  /** Why the metric is not on the scale; null when it is. */
  readonly missing: string | null;
  readonly killX: number | null;
  readonly latestX: number | null;
  /** The latest value lies beyond the drawn scale and is pinned at its edge. */
  readonly clipped: boolean;
}

export interface SummaryGeometry {
  readonly height: number;
  readonly baselineX: number;
  readonly targetX: number;
  readonly rows: readonly SummaryRow[];
}

/** Progress from baseline (0) to target (1); null when the metric has no such scale. */
export function progress(m: Metric, value: number): number | null {
  if (!m.baseline || !m.target || m.target.value === m.baseline.value) return null;
  return (value - m.baseline.value) / (m.target.value - m.baseline.value);
}

export function summaryGeometry(metrics: readonly Metric[], scores: ReadonlyMap<string, MetricScore>): SummaryGeometry {
  const positions = metrics.map((m) => {
    const s = scores.get(m.id);
    return {
      kill: m.kill ? progress(m, m.kill.threshold) : null,
      latest: s && s.latest !== null ? progress(m, s.latest) : null,
    };
  });
  const seen = positions.flatMap((p) => [p.kill, p.latest]).filter((v): v is number => v !== null);
  const lo = Math.max(FLOOR, Math.min(-0.25, ...seen));
  const hi = Math.min(CEILING, Math.max(1.25, ...seen));
  const x = linear(lo, hi, TRACK.left, TRACK.right);
  const at = (v: number) => x(Math.min(hi, Math.max(lo, v)));

  const rows = metrics.map((m, i) => {
    const p = positions[i]!;
    const s = scores.get(m.id);
    const missing = !m.baseline || !m.target ? 'needs a baseline and a target'
      : m.target.value === m.baseline.value ? 'target equals baseline'
        : !s || s.latest === null ? 'no observations yet' : null;
    return {
      metricId: m.id,
      y: SUMMARY_TOP + i * SUMMARY_ROW + SUMMARY_ROW / 2,
      missing,
      killX: p.kill === null ? null : at(p.kill),
      latestX: missing || p.latest === null ? null : at(p.latest),
      clipped: p.latest !== null && (p.latest < lo || p.latest > hi),
    };
  });
  return { height: SUMMARY_TOP + metrics.length * SUMMARY_ROW + 12, baselineX: x(0), targetX: x(1), rows };
}
