import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../../shared/model';
import { assessCredibility, baselineSeries, detectSignal, gradeBaseline, naturalLimits } from '../../../../shared/logic/credibility';
import { metric } from './fixtures';

const obs = (date: string, value: number): Observation => ({ date, value });
const july = { value: 11, from: '2026-07-01', to: '2026-07-31', source: 'ERP' };

/**
 * The worked example, by hand. Inside July, in date order: 10, 11, 12, 11, 13, 9.
 * mean = 66 / 6 = 11; moving ranges 1, 1, 1, 2, 4, so mR = 9 / 5 = 1.8;
 * 2.66 × 1.8 = 4.788, so the limits are 11 − 4.788 = 6.212 and 11 + 4.788 = 15.788.
 */
const inJuly = [
  obs('2026-07-01', 10), obs('2026-07-08', 12), obs('2026-07-15', 11), obs('2026-07-22', 13), obs('2026-07-29', 9),
  obs('2026-07-05', 11), // entered late, but the series runs by date
];
const worked = metric('m', { baseline: july, observations: [obs('2026-06-30', 50), ...inJuly, obs('2026-08-03', 40)] });

describe('the baseline series', () => {
  it('holds the observations inside the period, both ends included, by date', () => {
    expect(baselineSeries(worked).map((o) => o.value)).toEqual([10, 11, 12, 11, 13, 9]);
  });

  it('keeps the order of the file among observations of the same date', () => {
    const m = metric('m', { baseline: july, observations: [obs('2026-07-02', 1), obs('2026-07-01', 2), obs('2026-07-02', 3)] });
    expect(baselineSeries(m).map((o) => o.value)).toEqual([2, 1, 3]);
  });

  it('is empty without both ends of the period, or when the period runs backwards', () => {
    expect(baselineSeries(metric('m', { baseline: { value: 1, from: '2026-07-01' }, observations: inJuly }))).toEqual([]);
    expect(baselineSeries(metric('m', { baseline: { value: 1, from: '2026-07-31', to: '2026-07-01' }, observations: inJuly }))).toEqual([]);
  });
});

describe('the natural process limits', () => {
  it('match the worked example computed by hand', () => {
    const limits = naturalLimits(baselineSeries(worked))!;
    expect(limits.mean).toBe(11);
    expect(limits.lower).toBeCloseTo(6.212, 10);
    expect(limits.upper).toBeCloseTo(15.788, 10);
  });

  it('need six points: five give none', () => {
    expect(naturalLimits(baselineSeries(worked).slice(0, 5))).toBeNull();
  });

  it('stay finite for values at the edge of what a double holds', () => {
    const huge = [1.7e308, -1.7e308, 1.7e308, -1.7e308, 1.7e308, -1.7e308].map((v, i) => obs(`2026-07-0${i + 1}`, v));
    const limits = naturalLimits(huge)!;
    expect(limits.mean).toBe(0);
    expect([limits.lower, limits.upper]).toEqual([-Number.MAX_VALUE, Number.MAX_VALUE]);
  });
});

describe('a signal after the baseline period', () => {
  const limits = naturalLimits(baselineSeries(worked))!;
  const after = (...values: number[]) => values.map((v, i) => obs(`2026-08-${String(i + 1).padStart(2, '0')}`, v));
  const signal = (...values: number[]) => detectSignal(metric('m', { baseline: july, observations: [...inJuly, ...after(...values)] }), limits);

  it('is an observation outside the limits', () => {
    expect(signal(12, 16)).toBe(true);
    expect(signal(6)).toBe(true);
  });

  it('is not an observation exactly on a limit, nor one inside the period however far out', () => {
    expect(signal(15.788)).toBe(false);
    expect(detectSignal(metric('m', { baseline: july, observations: [...inJuly, obs('2026-07-31', 99)] }), limits)).toBe(false);
  });

  it('is a run of the last eight observations strictly on one side of the mean', () => {
    expect(signal(10, 10.5, 9, 10, 10.9, 8, 10, 10)).toBe(true);
    expect(signal(12, 12, 12, 12, 12, 12, 12, 12)).toBe(true);
  });

  it('is not a run of seven, nor eight that touch the mean, nor a run that a later point breaks', () => {
    expect(signal(10, 10, 10, 10, 10, 10, 10)).toBe(false);
    expect(signal(10, 10, 10, 11, 10, 10, 10, 10)).toBe(false);
    expect(signal(10, 10, 10, 10, 10, 10, 10, 10, 12)).toBe(false);
  });

  it('is judged in date order, not in the order observations were entered', () => {
    const shuffled = [obs('2026-08-09', 12), ...after(10, 10, 10, 10, 10, 10, 10, 10)];
    // In date order the last eight are 10 … 10 and then 12 on 9 August: no run.
    expect(detectSignal(metric('m', { baseline: july, observations: [...inJuly, ...shuffled] }), limits)).toBe(false);
  });
});

describe('the baseline grade', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => obs(`2026-07-${String(i + 1).padStart(2, '0')}`, 10 + (i % 3)));

  it('is A with twenty points in the period, a source and a method', () => {
    expect(gradeBaseline(metric('m', { baseline: { ...july, method: 'median' } }), 20)).toBe('A');
    expect(assessCredibility(metric('m', { baseline: { ...july, method: 'median' }, observations: twenty })).grade).toBe('A');
  });

  it('is B without a method, with six points and a source, or with a sample of thirty and a source', () => {
    expect(gradeBaseline(metric('m', { baseline: july }), 20)).toBe('B');
    expect(gradeBaseline(metric('m', { baseline: july }), 6)).toBe('B');
    expect(gradeBaseline(metric('m', { baseline: { ...july, sampleSize: 30 } }), 0)).toBe('B');
  });

  it('is C without a source, or with too little data', () => {
    expect(gradeBaseline(metric('m', { baseline: { value: 1, sampleSize: 500, method: 'median' } }), 25)).toBe('C');
    expect(gradeBaseline(metric('m', { baseline: { ...july, sampleSize: 29 } }), 5)).toBe('C');
  });

  it('is none without a baseline', () => {
    expect(gradeBaseline(metric('m'), 0)).toBeNull();
  });
});

describe('the credibility of a metric', () => {
  it('brings the series, limits, signal and grade together', () => {
    const c = assessCredibility(worked);
    expect(c.series).toHaveLength(6);
    expect(c.limits?.mean).toBe(11);
    expect(c.signal).toBe(true); // 40 on 3 August is far outside
    expect(c.grade).toBe('B');
  });

  it('has no signal at all without limits', () => {
    expect(assessCredibility(metric('m', { baseline: july, observations: inJuly.slice(0, 3) }))).toMatchObject({ limits: null, signal: null, grade: 'C' });
  });
});
