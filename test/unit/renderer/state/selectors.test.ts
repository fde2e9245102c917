import { describe, expect, it } from 'vitest';
import {
  deriveAgenda, deriveProblems, deriveReadiness, deriveSchedule, deriveScorecard, deriveStopReasons, deriveTiers, deriveVerdict, memoByWorkbook, selectFileDirty,
} from '../../../../renderer/state/selectors';
import { setFacilitator, setTitle } from '../../../../renderer/state/commands';
import { openInFreshStore, state, template, testEditor } from '../helpers';
import { STOP, stopWorkbook, VERDICT_WORKBOOKS } from '../verdicts';

describe('derived values', () => {
  it('are computed once per workbook and shared by every caller', () => {
    let calls = 0;
    const derive = memoByWorkbook(() => ++calls);
    const w = template('blank');
    expect(derive(w)).toBe(derive(w));
    expect(calls).toBe(1);
  });

  it('give the same object for the same workbook, a new one after a change', () => {
    openInFreshStore(template('support-triage'));
    const before = deriveReadiness(state().workbook!);
    expect(deriveReadiness(state().workbook!)).toBe(before);
    state().execute(setTitle('Renamed'));
    expect(deriveReadiness(state().workbook!)).not.toBe(before);
  });

  it('say "ready to scale" for the worked example and not for a blank workbook', () => {
    expect(deriveReadiness(template('support-triage')).ready).toBe(true);
    expect(deriveReadiness(template('blank')).ready).toBe(false);
  });

  it('count a dangling reference as a blocker until it is fixed', () => {
    const broken = { ...template('support-triage'), sprint: { ...template('support-triage').sprint, facilitatorId: 'p-gone' } };
    openInFreshStore(broken);
    expect(deriveProblems(state().workbook!).map((p) => p.path)).toContain('/sprint/facilitatorId');
    expect(deriveReadiness(state().workbook!).ready).toBe(false);
    state().execute(setFacilitator('p-facilitator'));
    expect(deriveProblems(state().workbook!)).toEqual([]);
    expect(deriveReadiness(state().workbook!).ready).toBe(true);
  });

  it('expose tiers, scorecard and schedule from shared/logic', () => {
    const w = template('support-triage');
    expect(deriveTiers(w)).toHaveLength(w.decisions.length);
    expect(deriveScorecard(w)).toHaveLength(w.metrics.length);
    expect(deriveSchedule(w).items).toHaveLength(w.roadmap.length);
    expect(deriveAgenda(w)).toHaveLength(10);
  });
});

describe('the verdict', () => {
  it('is ready, not-ready or stop, one object per workbook', () => {
    for (const { verdict, workbook } of VERDICT_WORKBOOKS) {
      const w = workbook();
      expect(deriveVerdict(w).verdict).toBe(verdict);
      expect(deriveVerdict(w)).toBe(deriveVerdict(w));
    }
  });

  it('names, for a stop, the metric and the blocked and waiting roadmap items with the pointers their links open', () => {
    const w = stopWorkbook();
    const [reason, ...more] = deriveStopReasons(w);
    expect(more).toEqual([]);
    expect(reason!.metric).toEqual({ id: w.metrics[STOP.metricIndex]!.id, name: STOP.metric, path: `/metrics/${STOP.metricIndex}/kill` });
    expect(reason!.blocked.map((r) => r.name)).toEqual([...STOP.blocked]);
    expect(reason!.waiting.map((r) => r.name)).toEqual([...STOP.waiting]);
    for (const r of [...reason!.blocked, ...reason!.waiting]) expect(r.path).toBe(`/roadmap/${w.roadmap.findIndex((x) => x.id === r.id)}`);
    expect(deriveStopReasons(template('support-triage'))).toEqual([]);
  });

  it('counts a baseline period that ends before it starts as a load problem', () => {
    const w = template('support-triage');
    const reversed = { ...w, metrics: w.metrics.map((m, i) => (i === 0 ? { ...m, baseline: { ...m.baseline!, from: '2026-09-01', to: '2026-08-01' } } : m)) };
    expect(deriveProblems(reversed).map((p) => p.path)).toEqual(['/metrics/0/baseline/to']);
    expect(deriveVerdict(reversed).verdict).toBe('not-ready');
  });
});

describe('the file dirty flag', () => {
  it('is set by an edit and cleared by undoing back to the saved workbook', () => {
    openInFreshStore(template('blank'));
    const saved = state().workbook!;
    state().markFileSaved({ handle: 'h', name: 'a.sprintbook' }, saved);
    expect(selectFileDirty(testEditor().doc.getState())).toBe(false);
    state().execute(setTitle('Changed'));
    expect(selectFileDirty(testEditor().doc.getState())).toBe(true);
    state().undo();
    expect(selectFileDirty(testEditor().doc.getState())).toBe(false);
  });
});
