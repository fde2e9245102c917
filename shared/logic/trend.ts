/**
 * Which way a metric moved at its latest observation: the latest (DOMAIN.md: greatest date,
 * ties the last entered) against the observation just before it in the same order, and
 * whether that move is for the better given the metric's direction.
 */
import type { Metric, Observation } from '../model';

export type TrendDirection = 'up' | 'down' | 'flat';

export interface Trend {
  readonly latest: Observation;
  readonly previous: Observation;
  readonly direction: TrendDirection;
  /** True when the move is towards "better" (down for a decrease metric); null when flat. */
  readonly better: boolean | null;
}

/** Null with fewer than two observations. */
export function trendOf(m: Pick<Metric, 'observations' | 'direction'>): Trend | null {
  if (m.observations.length < 2) return null;
  // A stable sort keeps equal dates in the order entered, so the last element is the latest.
  const sorted = [...m.observations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = sorted[sorted.length - 1]!;
  const previous = sorted[sorted.length - 2]!;
  const direction: TrendDirection = latest.value > previous.value ? 'up' : latest.value < previous.value ? 'down' : 'flat';
  const better = direction === 'flat' ? null : (direction === 'down') === (m.direction === 'decrease');
  return { latest, previous, direction, better };
}
