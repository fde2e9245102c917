import { describe, expect, it } from 'vitest';
import { deriveAgenda, deriveProblems, deriveReadiness, deriveSchedule, deriveScorecard, deriveTiers, memoByWorkbook, selectFileDirty } from '../../../../renderer/state/selectors';
import { setFacilitator, setTitle } from '../../../../renderer/state/commands';
import { openInFreshStore, state, template } from '../helpers';

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

describe('the file dirty flag', () => {
  it('is set by an edit and cleared by undoing back to the saved workbook', () => {
    openInFreshStore(template('blank'));
    const saved = state().workbook!;
    state().markFileSaved({ handle: 'h', name: 'a.sprintbook' }, saved);
    expect(selectFileDirty(state())).toBe(false);
    state().execute(setTitle('Changed'));
    expect(selectFileDirty(state())).toBe(true);
    state().undo();
    expect(selectFileDirty(state())).toBe(false);
  });
});
