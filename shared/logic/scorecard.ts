/**
 * The KPI scorecard (DOMAIN.md, "KPI scorecard"): each metric's latest observation, change
 * from baseline, status, and whether its kill criterion is triggered. Decided by the data,
 * never by the clock, so the same workbook always exports the same verdict.
 */
import type { Metric, Observation, Workbook } from '../model';
import { assessCredibility, type BaselineGrade, type NaturalLimits } from './credibility';

export type Status = 'green' | 'amber' | 'red' | 'no-data';

export interface MetricScore {
  readonly metricId: string;
  readonly latest: number | null;
  readonly latestDate: string | null;
  /** (latest − baseline) / |baseline| × 100, unrounded; null without an observation or a non-zero baseline. */
  readonly changePct: number | null;
  readonly status: Status;
  /** The latest observation is on the wrong side of the kill threshold. */
  readonly killBreached: boolean;
  /** Breached, and measured on or after `evaluateOn`: "stop and redesign". */
  readonly killTriggered: boolean;
  /** Natural process limits of the baseline series (rules 1.1); null with fewer than 6 points. */
  readonly limits: NaturalLimits | null;
  /** A real change after the baseline period; null without limits. */
  readonly signal: boolean | null;
  /** How far the baseline can be trusted; null without a baseline. */
  readonly baselineGrade: BaselineGrade | null;
}

/** The observation with the greatest date; among equal dates the last one entered wins. */
export function latestObservation(m: Pick<Metric, 'observations'>): Observation | null {
  let latest: Observation | null = null;
  for (const o of m.observations) {
    // `>=` lets a later entry of the same day replace an earlier one (a correction).
    if (latest === null || o.date >= latest.date) latest = o;
  }
  return latest;
}

/** True when `value` is on the wrong side of the kill threshold; equal to it is not a breach. */
export function breachesKill(m: Pick<Metric, 'direction'>, threshold: number, value: number): boolean {
  return m.direction === 'decrease' ? value > threshold : value < threshold;
}

/** True when `value` meets the target; equal to it counts as met. */
export function meetsTarget(m: Pick<Metric, 'direction'>, target: number, value: number): boolean {
  return m.direction === 'decrease' ? value <= target : value >= target;
}

/**
 * (latest − baseline) / |baseline| × 100. When the plain formula overflows (values near
 * ±1.8e308), the same quantity is computed as latest/|baseline| − sign(baseline), and a change
 * beyond the range of a double is reported as the largest double, so derive never prints null
 * for a number that exists.
 */
function changePercent(latest: number, baseline: number): number {
  const plain = ((latest - baseline) / Math.abs(baseline)) * 100;
  if (Number.isFinite(plain)) return plain;
  const scaled = (latest / Math.abs(baseline) - Math.sign(baseline)) * 100;
  return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, scaled));
}

export function scoreMetric(m: Metric): MetricScore {
  const obs = latestObservation(m);
  const { limits, signal, grade } = assessCredibility(m);
  const credibility = { limits, signal, baselineGrade: grade };
  if (obs === null) {
    return { metricId: m.id, latest: null, latestDate: null, changePct: null, status: 'no-data', killBreached: false, killTriggered: false, ...credibility };
  }
  const baseline = m.baseline?.value;
  const changePct = baseline === undefined || baseline === 0 ? null : changePercent(obs.value, baseline);
  const killBreached = m.kill !== undefined && breachesKill(m, m.kill.threshold, obs.value);
  const evaluateOn = m.kill?.evaluateOn;
  const killTriggered = killBreached && (evaluateOn === undefined || obs.date >= evaluateOn);
  // Red before green: a metric past its kill threshold is never reported as a success.
  const status: Status = killBreached ? 'red' : m.target !== undefined && meetsTarget(m, m.target.value, obs.value) ? 'green' : 'amber';
  return { metricId: m.id, latest: obs.value, latestDate: obs.date, changePct, status, killBreached, killTriggered, ...credibility };
}

/** One score per metric, in file order. */
export function scorecard(w: Pick<Workbook, 'metrics'>): MetricScore[] {
  return w.metrics.map(scoreMetric);
}

/** The ids of metrics whose kill criterion is triggered: roadmap items gated on them are blocked. */
export function triggeredMetricIds(scores: readonly MetricScore[]): Set<string> {
  return new Set(scores.filter((s) => s.killTriggered).map((s) => s.metricId));
}
