/**
 * Is the baseline trustworthy, and is a change real? (DOMAIN.md, rules 1.1.) Wheeler's XmR
 * chart drawn from the workbook's own observations: the baseline series, its natural process
 * limits, whether later observations signal a real change, and a grade for the baseline.
 * Decided by the data alone, like the scorecard.
 */
import type { Metric, Observation } from '../model';

export type BaselineGrade = 'A' | 'B' | 'C';

export interface NaturalLimits {
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
}

export interface Credibility {
  /** Observations inside the baseline period, by date (ties: file order). */
  readonly series: readonly Observation[];
  /** Null with fewer than MIN_POINTS points in the series. */
  readonly limits: NaturalLimits | null;
  /** Null without limits. */
  readonly signal: boolean | null;
  /** Null without a baseline. */
  readonly grade: BaselineGrade | null;
}

/** Points a series needs before its limits mean anything (Wheeler's working minimum). */
export const MIN_POINTS = 6;
/** Points for grade A. */
export const GRADE_A_POINTS = 20;
/** A sample size that counts as measured without a series, for grade B. */
export const GRADE_B_SAMPLE = 30;
/** The XmR scaling constant: 3 / d₂ with d₂ = 1.128 for moving ranges of two. */
export const XMR_SCALE = 2.66;
/** A run of this many observations on one side of the mean is a signal. */
export const RUN_LENGTH = 8;

/** Observations sorted by date; `sort` is stable, so equal dates keep the file's order. */
function byDate(observations: readonly Observation[]): Observation[] {
  return [...observations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The observations dated inside the baseline period, when it has both ends in order. */
export function baselineSeries(m: Pick<Metric, 'baseline' | 'observations'>): Observation[] {
  const from = m.baseline?.from;
  const to = m.baseline?.to;
  if (from === undefined || to === undefined || from > to) return [];
  return byDate(m.observations.filter((o) => o.date >= from && o.date <= to));
}

/**
 * The mean of `values`, computed plainly, and with each term scaled first when the plain sum
 * overflows: a series of values near ±1.8e308 still has a finite mean.
 */
function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  const plain = sum / values.length;
  if (Number.isFinite(plain)) return plain;
  let scaled = 0;
  for (const v of values) scaled += v / values.length;
  return scaled;
}

/** A limit beyond the range of a double is reported as the largest double: every value lies inside it. */
function clamp(n: number): number {
  return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, n));
}

/** Natural process limits of a series: mean ± 2.66 × the average moving range. */
export function naturalLimits(series: readonly Observation[]): NaturalLimits | null {
  if (series.length < MIN_POINTS) return null;
  const values = series.map((o) => o.value);
  const ranges: number[] = [];
  let overflow = false;
  for (let k = 1; k < values.length; k++) {
    const r = Math.abs(values[k]! - values[k - 1]!);
    overflow ||= !Number.isFinite(r);
    ranges.push(r);
  }
  // Two values near ±1.8e308 differ by more than a double holds: average the halved ranges instead.
  const mR = overflow ? 2 * mean(values.slice(1).map((v, k) => Math.abs(v / 2 - values[k]! / 2))) : mean(ranges);
  const m = mean(values);
  return { mean: m, lower: clamp(m - XMR_SCALE * mR), upper: clamp(m + XMR_SCALE * mR) };
}

/**
 * A real change after the baseline period: an observation after `to` outside the limits, or
 * the last RUN_LENGTH observations after `to` all strictly on one side of the mean.
 */
export function detectSignal(m: Pick<Metric, 'baseline' | 'observations'>, limits: NaturalLimits): boolean {
  const to = m.baseline?.to;
  if (to === undefined) return false;
  const after = byDate(m.observations.filter((o) => o.date > to));
  if (after.some((o) => o.value < limits.lower || o.value > limits.upper)) return true;
  if (after.length < RUN_LENGTH) return false;
  const run = after.slice(-RUN_LENGTH);
  return run.every((o) => o.value > limits.mean) || run.every((o) => o.value < limits.mean);
}

/** A with ≥ 20 points, a source and a method; B with ≥ 6 points or a sample of ≥ 30, and a source; C otherwise. */
export function gradeBaseline(m: Pick<Metric, 'baseline'>, seriesLength: number): BaselineGrade | null {
  const b = m.baseline;
  if (b === undefined) return null;
  const named = (s: string | undefined) => s !== undefined && s.trim() !== '';
  if (seriesLength >= GRADE_A_POINTS && named(b.source) && named(b.method)) return 'A';
  if ((seriesLength >= MIN_POINTS || (b.sampleSize ?? 0) >= GRADE_B_SAMPLE) && named(b.source)) return 'B';
  return 'C';
}

export function assessCredibility(m: Pick<Metric, 'baseline' | 'observations'>): Credibility {
  const series = baselineSeries(m);
  const limits = naturalLimits(series);
  return {
    series,
    limits,
    signal: limits === null ? null : detectSignal(m, limits),
    grade: gradeBaseline(m, series.length),
  };
}

/** Strictly between the limits: a value noise alone can reach. */
export function insideNoise(limits: NaturalLimits, value: number): boolean {
  return value > limits.lower && value < limits.upper;
}
