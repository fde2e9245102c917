import { describe, expect, it } from 'vitest';
import { summarize, withVerdict } from '../../../../renderer/db/records';
import { template } from '../helpers';
import { STOP, stopWorkbook, VERDICT_WORKBOOKS } from '../verdicts';

describe('the library summary of a workbook', () => {
  it('keeps the verdict, one of three', () => {
    expect(VERDICT_WORKBOOKS.map(({ workbook }) => summarize(workbook()).verdict)).toEqual(VERDICT_WORKBOOKS.map((v) => v.verdict));
  });

  it('keeps what a stop names: the metric, what was measured, and the items blocked and waiting', () => {
    const summary = summarize(stopWorkbook());
    expect(summary.ready).toBe(false);
    expect(summary.stops).toEqual([{
      metric: { name: STOP.metric }, unit: '%', latest: 4.4, latestDate: '2026-11-30', threshold: 4, evaluateOn: '2026-11-01',
      blocked: STOP.blocked.map((name) => ({ name })), waiting: STOP.waiting.map((name) => ({ name })),
    }]);
    expect(summarize(template('support-triage')).stops).toEqual([]);
  });

  it('counts a baseline period that ends before it starts as a blocker, as opening the file does', () => {
    const w = template('support-triage');
    const reversed = { ...w, metrics: w.metrics.map((m, i) => (i === 0 ? { ...m, baseline: { ...m.baseline!, from: '2026-09-01', to: '2026-08-01' } } : m)) };
    expect(summarize(w).verdict).toBe('ready');
    const summary = summarize(reversed);
    expect(summary.verdict).toBe('not-ready');
    expect(summary.questions.baselines.blockers).toBe(1);
  });
});

describe('the verdict of a summary kept before rules 1.1', () => {
  it('is read from ready, with no stop', () => {
    const { verdict: _v, stops: _s, ...before11 } = summarize(template('blank'));
    expect(withVerdict(before11)).toMatchObject({ verdict: 'not-ready', stops: [] });
    expect(withVerdict({ ...before11, ready: true })).toMatchObject({ verdict: 'ready', stops: [] });
  });

  it('is kept as stored when it has one', () => {
    const stored = summarize(stopWorkbook());
    expect(withVerdict(stored)).toEqual(stored);
  });
});
