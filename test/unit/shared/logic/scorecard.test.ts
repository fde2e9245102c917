import { describe, it, expect } from 'vitest';
import type { Observation } from '../../../../shared/model';
import { latestObservation, scoreMetric, scorecard, triggeredMetricIds } from '../../../../shared/logic/scorecard';
import { metric, workbook } from './fixtures';

const obs = (date: string, value: number, note?: string): Observation => (note === undefined ? { date, value } : { date, value, note });

describe('latest observation', () => {
  it('is the one with the greatest date, wherever it sits in the array', () => {
    const m = metric('m', { observations: [obs('2026-03-01', 1), obs('2026-05-01', 2), obs('2026-04-01', 3)] });
    expect(latestObservation(m)).toEqual(obs('2026-05-01', 2));
  });

  it('on a tie of dates is the last one in the array', () => {
    const m = metric('m', { observations: [obs('2026-05-01', 1, 'first'), obs('2026-04-01', 9), obs('2026-05-01', 2, 'correction')] });
    expect(latestObservation(m)?.note).toBe('correction');
  });

  it('is null without observations', () => {
    expect(latestObservation(metric('m'))).toBeNull();
  });
});

describe('change from baseline', () => {
  it('is a percentage of the baseline', () => {
    const s = scoreMetric(metric('m', { baseline: { value: 11 }, observations: [obs('2026-05-01', 6.4)] }));
    expect(s.changePct).toBeCloseTo(((6.4 - 11) / 11) * 100, 12);
  });

  it('is not rounded', () => {
    const s = scoreMetric(metric('m', { baseline: { value: 3 }, observations: [obs('2026-05-01', 4)] }));
    expect(s.changePct).toBe(((4 - 3) / 3) * 100);
  });

  it('is measured against |baseline|, so a rise from a negative baseline is a positive change', () => {
    const s = scoreMetric(metric('m', { baseline: { value: -4 }, observations: [obs('2026-05-01', -2)] }));
    expect(s.changePct).toBe(50);
  });

  it('is absent when the baseline is zero', () => {
    expect(scoreMetric(metric('m', { baseline: { value: 0 }, observations: [obs('2026-05-01', 3)] })).changePct).toBeNull();
  });

  it('is absent without a baseline', () => {
    expect(scoreMetric(metric('m', { observations: [obs('2026-05-01', 3)] })).changePct).toBeNull();
  });

  it('is absent without an observation', () => {
    expect(scoreMetric(metric('m', { baseline: { value: 10 } })).changePct).toBeNull();
  });
});

describe('status', () => {
  it('is no-data without an observation, even with a target and kill criterion', () => {
    const s = scoreMetric(metric('m', { target: { value: 5 }, kill: { threshold: 9 } }));
    expect(s).toEqual({
      metricId: 'm', latest: null, latestDate: null, changePct: null, status: 'no-data', killBreached: false, killTriggered: false,
      limits: null, signal: null, baselineGrade: null,
    });
  });

  describe('for a metric that should decrease', () => {
    const m = (value: number) => scoreMetric(metric('m', { direction: 'decrease', target: { value: 5 }, kill: { threshold: 9 }, observations: [obs('2026-05-01', value)] }));

    it('is red above the kill threshold', () => {
      expect(m(9.1).status).toBe('red');
      expect(m(9.1).killBreached).toBe(true);
    });
    it('is not red exactly at the kill threshold', () => {
      expect(m(9).status).toBe('amber');
      expect(m(9).killBreached).toBe(false);
    });
    it('is green at or below the target', () => {
      expect(m(5).status).toBe('green');
      expect(m(4).status).toBe('green');
    });
    it('is amber between target and kill threshold', () => {
      expect(m(7).status).toBe('amber');
    });
  });

  describe('for a metric that should increase', () => {
    const m = (value: number) => scoreMetric(metric('m', { direction: 'increase', target: { value: 95 }, kill: { threshold: 78 }, observations: [obs('2026-05-01', value)] }));

    it('is red below the kill threshold', () => {
      expect(m(77).status).toBe('red');
    });
    it('is not red exactly at the kill threshold', () => {
      expect(m(78).status).toBe('amber');
    });
    it('is green at or above the target', () => {
      expect(m(95).status).toBe('green');
      expect(m(99).status).toBe('green');
    });
    it('is amber between kill threshold and target', () => {
      expect(m(88).status).toBe('amber');
    });
  });

  it('is red, not green, when a value both meets the target and breaches the kill threshold', () => {
    // A careless kill threshold below the target: red is decided first.
    const s = scoreMetric(metric('m', { direction: 'decrease', target: { value: 5 }, kill: { threshold: 3 }, observations: [obs('2026-05-01', 4)] }));
    expect(s.status).toBe('red');
  });

  it('is amber without a target when the kill threshold is not breached', () => {
    expect(scoreMetric(metric('m', { kill: { threshold: 9 }, observations: [obs('2026-05-01', 1)] })).status).toBe('amber');
  });

  it('can be green without a kill criterion', () => {
    expect(scoreMetric(metric('m', { target: { value: 5 }, observations: [obs('2026-05-01', 1)] })).status).toBe('green');
  });

  it('judges only the latest observation, not an earlier breach', () => {
    const s = scoreMetric(metric('m', { kill: { threshold: 9 }, target: { value: 5 }, observations: [obs('2026-04-01', 12), obs('2026-05-01', 4)] }));
    expect(s.status).toBe('green');
    expect(s.killBreached).toBe(false);
  });
});

describe('kill criterion triggered', () => {
  const breached = (date: string, evaluateOn?: string) =>
    scoreMetric(metric('m', { kill: evaluateOn ? { threshold: 9, evaluateOn } : { threshold: 9 }, observations: [obs(date, 10)] }));

  it('is triggered by a breach on any date when there is no evaluation date', () => {
    expect(breached('2020-01-01').killTriggered).toBe(true);
  });

  it('a breach measured before evaluateOn is red but not yet triggered', () => {
    const s = breached('2027-01-28', '2027-01-29');
    expect(s.status).toBe('red');
    expect(s.killBreached).toBe(true);
    expect(s.killTriggered).toBe(false);
  });

  it('a breach measured on evaluateOn is triggered', () => {
    expect(breached('2027-01-29', '2027-01-29').killTriggered).toBe(true);
  });

  it('a breach measured after evaluateOn is triggered', () => {
    expect(breached('2027-02-01', '2027-01-29').killTriggered).toBe(true);
  });

  it('is never triggered without a breach, even after evaluateOn', () => {
    const s = scoreMetric(metric('m', { kill: { threshold: 9, evaluateOn: '2027-01-29' }, observations: [obs('2027-03-01', 8)] }));
    expect(s.killTriggered).toBe(false);
  });

  it('is decided by the data, so the same metric scores the same on every run', () => {
    const m = metric('m', { kill: { threshold: 9, evaluateOn: '2999-01-01' }, observations: [obs('2998-12-31', 10)] });
    expect(scoreMetric(m)).toEqual(scoreMetric(m));
    expect(scoreMetric(m).killTriggered).toBe(false);
  });
});

describe('scorecard', () => {
  it('scores every metric in file order', () => {
    const w = workbook({ metrics: [metric('m-b'), metric('m-a', { observations: [obs('2026-05-01', 1)] })] });
    expect(scorecard(w).map((s) => [s.metricId, s.status])).toEqual([['m-b', 'no-data'], ['m-a', 'amber']]);
  });

  it('reports the latest value and its date', () => {
    const [s] = scorecard(workbook({ metrics: [metric('m', { observations: [obs('2026-05-01', 7), obs('2026-04-01', 8)] })] }));
    expect(s?.latest).toBe(7);
    expect(s?.latestDate).toBe('2026-05-01');
  });

  it('collects the ids of triggered kill criteria only', () => {
    const w = workbook({
      metrics: [
        metric('m-triggered', { kill: { threshold: 1 }, observations: [obs('2026-05-01', 2)] }),
        metric('m-early', { kill: { threshold: 1, evaluateOn: '2026-06-01' }, observations: [obs('2026-05-01', 2)] }),
        metric('m-fine', { kill: { threshold: 1 }, observations: [obs('2026-05-01', 0)] }),
      ],
    });
    expect(triggeredMetricIds(scorecard(w))).toEqual(new Set(['m-triggered']));
  });
});
