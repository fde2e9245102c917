import { describe, expect, it } from 'vitest';
import { scoreMetric } from '../../../../../shared/logic';
import type { Metric } from '../../../../../shared/model';
import { metricChartGeometry, PLOT } from '../../../../../renderer/features/metrics/charts/metricChartGeometry';
import { niceScale, spreadLabels } from '../../../../../renderer/features/metrics/charts/scale';
import { progress, summaryGeometry } from '../../../../../renderer/features/metrics/charts/summaryGeometry';
import { formatChange, formatValue, statusView } from '../../../../../renderer/features/metrics/common/format';

const metric = (over: Partial<Metric> = {}): Metric => ({
  id: 'm-1', name: 'Errors', kind: 'error-rate', unit: '%', direction: 'decrease',
  baseline: { value: 10 }, target: { value: 5 }, kill: { threshold: 12 }, decisionIds: [], observations: [], ...over,
});

describe('the axis of a chart', () => {
  it('covers every value with round ticks', () => {
    const s = niceScale([4.2, 11.5, 12.9]);
    expect(s.lo).toBeLessThanOrEqual(4.2);
    expect(s.hi).toBeGreaterThanOrEqual(12.9);
    expect(s.ticks).toEqual([4, 6, 8, 10, 12, 14]);
  });

  it('still has a range when every value is the same', () => {
    const s = niceScale([5, 5]);
    expect(s.hi).toBeGreaterThan(s.lo);
  });

  it('moves labels apart that would overlap, keeping their order', () => {
    expect(spreadLabels([100, 104, 300], 18, 0, 400)).toEqual([100, 118, 300]);
  });
});

describe('one metric’s chart', () => {
  it('draws observations in date order and the latest as the scorecard reads it', () => {
    const g = metricChartGeometry(metric({ observations: [{ date: '2027-01-15', value: 9 }, { date: '2027-01-01', value: 11 }, { date: '2027-01-15', value: 8 }] }));
    expect(g.points.map((p) => p.value)).toEqual([11, 9, 8]);
    expect(g.latest?.value).toBe(8);
    expect(g.points[0]!.x).toBeLessThan(g.points[2]!.x);
  });

  it('places baseline, target and kill lines by value, higher values higher up', () => {
    const g = metricChartGeometry(metric({ observations: [{ date: '2027-01-01', value: 11 }] }));
    const y = Object.fromEntries(g.references.map((r) => [r.kind, r.y]));
    expect(y.kill).toBeLessThan(y.baseline!);
    expect(y.baseline).toBeLessThan(y.target!);
    for (const r of g.references) expect(r.y).toBeGreaterThanOrEqual(PLOT.top);
  });

  it('draws only the reference lines the metric has', () => {
    expect(metricChartGeometry(metric({ kill: undefined, target: undefined })).references.map((r) => r.kind)).toEqual(['baseline']);
  });
});

describe('the summary across metrics', () => {
  it('measures progress from the baseline (0) to the target (1), whichever way is better', () => {
    expect(progress(metric(), 7.5)).toBe(0.5);
    expect(progress(metric({ direction: 'increase', baseline: { value: 50 }, target: { value: 70 } }), 80)).toBe(1.5);
    expect(progress(metric({ target: { value: 10 } }), 7)).toBeNull();
  });

  it('says why a metric has no place on the scale', () => {
    const ms = [metric({ id: 'a', baseline: undefined }), metric({ id: 'b' }), metric({ id: 'c', observations: [{ date: '2027-01-01', value: 8 }] })];
    const scores = new Map(ms.map((m) => [m.id, scoreMetric(m)]));
    const g = summaryGeometry(ms, scores);
    expect(g.rows.map((r) => r.missing)).toEqual(['needs a baseline and a target', 'no observations yet', null]);
    expect(g.rows[2]!.latestX).toBeGreaterThan(g.baselineX);
    expect(g.rows[2]!.latestX).toBeLessThan(g.targetX);
    expect(g.rows[2]!.killX).toBeLessThan(g.baselineX);
  });
});

describe('words for the scorecard', () => {
  it('say whether a change is better or worse, not only its sign', () => {
    expect(formatChange(-22.58, 'decrease')).toBe('−22.6% (better)');
    expect(formatChange(10, 'decrease')).toBe('+10% (worse)');
    expect(formatChange(null, 'increase')).toBe('—');
  });

  it('write a percent unit without a space and other units after one', () => {
    expect(formatValue(11.5, '%')).toBe('11.5%');
    expect(formatValue(6.2, 'hours')).toBe('6.2 hours');
  });

  it('say "Stop and redesign" for a triggered kill criterion, and red before its evaluation date', () => {
    const m = metric({ kill: { threshold: 12, evaluateOn: '2027-02-01', action: 'Switch back.' } });
    const early = scoreMetric({ ...m, observations: [{ date: '2027-01-15', value: 13 }] });
    const late = scoreMetric({ ...m, observations: [{ date: '2027-02-01', value: 13 }] });
    expect(statusView(m, early)).toMatchObject({ tone: 'bad', word: 'Red: kill threshold breached' });
    expect(statusView(m, late)).toEqual({ tone: 'bad', word: 'Stop and redesign', detail: 'Kill criterion triggered: Switch back.' });
  });
});
