/** The readiness rules added in 1.1: the stop verdict, at least one decision, dates in order, and the noise. */
import { describe, expect, it } from 'vitest';
import type { Metric, Observation, Workbook } from '../../../../shared/model';
import { assessReadiness } from '../../../../shared/logic/readiness';
import { item, readyWorkbook } from './fixtures';

const obs = (date: string, value: number): Observation => ({ date, value });
const base = readyWorkbook();
const withMetric = (i: number, patch: Partial<Metric>, extra: Partial<Workbook> = {}) =>
  readyWorkbook({ metrics: base.metrics.map((m, j) => (j === i ? { ...m, ...patch } : m)), ...extra });
const gapsAt = (w: Workbook, path: string) => assessReadiness(w, []).gaps.filter((g) => g.path === path);

describe('a triggered kill criterion', () => {
  // Cycle time should decrease; its kill threshold is 12.
  const triggered = { kill: { threshold: 12, evaluateOn: '2026-05-01', action: 'Pause the rollout' }, observations: [obs('2026-05-04', 13.5)] };

  it('is a blocker under baselines that says stop and redesign, and makes the verdict stop', () => {
    const r = assessReadiness(withMetric(0, triggered), []);
    expect(r).toMatchObject({ ready: false, verdict: 'stop' });
    expect(r.gaps).toEqual([{
      question: 'baselines', severity: 'blocker', subjectId: 'm-cycle', path: '/metrics/0/kill',
      message: 'Stop and redesign: metric "Cycle time" triggered its kill criterion (13.5 on 2026-05-04 breaches the kill threshold 12). The criterion says: Pause the rollout.',
    }]);
  });

  it('names the roadmap items gated on the metric', () => {
    const roadmap = [item('r-1', { title: 'Roll out', ownerId: 'p-owner', gate: { metricIds: ['m-cycle'] } }), item('r-2', { title: 'Scale', ownerId: 'p-owner', gate: { metricIds: ['m-error', 'm-cycle'] } })];
    const [g] = gapsAt(withMetric(0, triggered, { roadmap }), '/metrics/0/kill');
    expect(g!.message).toMatch(/It blocks "Roll out" and "Scale"\.$/);
  });

  it('stops the workbook whatever else is open', () => {
    const w = withMetric(0, triggered, { ownership: { escalationPath: [] } });
    expect(assessReadiness(w, [{ message: 'dangling', path: '/raci/0/personId', question: 'owners' }]).verdict).toBe('stop');
  });

  it('counts from its evaluation day on, that day included, and any day when it names none', () => {
    expect(assessReadiness(withMetric(0, { ...triggered, observations: [obs('2026-05-01', 13)] }), []).verdict).toBe('stop');
    expect(assessReadiness(withMetric(0, { kill: { threshold: 12 }, observations: [obs('2020-01-01', 13)] }), []).verdict).toBe('stop');
  });

  it('breached before its evaluation day is only a warning: the workbook can still be ready', () => {
    const r = assessReadiness(withMetric(0, { ...triggered, observations: [obs('2026-04-30', 13.5)] }), []);
    expect(r).toMatchObject({ ready: true, verdict: 'ready' });
    expect(r.gaps).toEqual([{
      question: 'baselines', severity: 'warning', subjectId: 'm-cycle', path: '/metrics/0/kill',
      message: 'Metric "Cycle time" is past its kill threshold (13.5 on 2026-04-30 breaches the kill threshold 12), measured before the criterion is evaluated from 2026-05-01.',
    }]);
  });

  it('is judged on the latest observation: a later value back under the threshold lifts the stop', () => {
    const w = withMetric(0, { ...triggered, observations: [obs('2026-05-04', 13.5), obs('2026-05-11', 11)] });
    expect(assessReadiness(w, []).verdict).toBe('ready');
  });
});

describe('at least one decision', () => {
  it('none is a blocker under risk tiers at /decisions', () => {
    const r = assessReadiness(readyWorkbook({ decisions: [], raci: [], workflow: { ...base.workflow, nodes: base.workflow.nodes.filter((n) => n.kind !== 'decision') } }), []);
    expect(r.verdict).toBe('not-ready');
    expect(r.gaps.filter((g) => g.question === 'tiers')).toEqual([{
      question: 'tiers', severity: 'blocker', path: '/decisions',
      message: 'No decision is recorded: list every decision the AI can make and classify each into a risk tier.',
    }]);
  });
});

describe('a target date', () => {
  // The fixtures' baseline period ends on 2026-03-31.
  const target = (by: string) => withMetric(0, { target: { value: 5, by } });

  it('on or before the end of the baseline period is a warning at /metrics/i/target/by', () => {
    expect(gapsAt(target('2026-03-31'), '/metrics/0/target/by')).toEqual([{
      question: 'baselines', severity: 'warning', subjectId: 'm-cycle', path: '/metrics/0/target/by',
      message: 'The target date of "Cycle time" (2026-03-31) is not after its baseline period ends (2026-03-31): a target is reached after today\'s workflow was measured.',
    }]);
    expect(gapsAt(target('2026-02-01'), '/metrics/0/target/by')).toHaveLength(1);
  });

  it('after the baseline period is fine', () => {
    expect(gapsAt(target('2026-04-01'), '/metrics/0/target/by')).toEqual([]);
  });
});

describe('a target or a kill threshold inside the noise', () => {
  // Inside the baseline period: 10, 11, 12, 11, 13, 9, so the limits are 6.212 and 15.788.
  const series = [10, 11, 12, 11, 13, 9].map((v, i) => obs(`2026-01-0${i + 1}`, v));
  const noisy = (target: number, threshold: number) => withMetric(0, { target: { value: target }, kill: { threshold }, observations: series });

  it('each is a warning: noise alone can trigger the kill criterion, and reaching the target proves nothing', () => {
    const gaps = assessReadiness(noisy(8, 15), []).gaps;
    expect(gaps.map((g) => [g.severity, g.path])).toEqual([['warning', '/metrics/0/kill/threshold'], ['warning', '/metrics/0/target/value']]);
    expect(gaps[0]!.message).toMatch(/^The kill threshold of "Cycle time" \(15\) lies inside the natural process limits 6\.21\d* to 15\.78\d*: noise alone can trigger it\.$/);
    expect(gaps[1]!.message).toMatch(/The target of "Cycle time" \(8\) lies inside .*: reaching it proves nothing\.$/);
  });

  it('outside the limits, or without six points in the period, is no warning', () => {
    expect(assessReadiness(noisy(5, 16), []).gaps).toEqual([]);
    expect(assessReadiness(withMetric(0, { target: { value: 8 }, kill: { threshold: 15 }, observations: series.slice(0, 5) }), []).gaps).toEqual([]);
  });
});
