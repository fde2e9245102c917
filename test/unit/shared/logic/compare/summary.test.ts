/** What a comparison says beyond the records: tier changes, readiness and its verdict before and after, the audit count. */
import { describe, expect, it } from 'vitest';
import { findLoadProblems } from '../../../../../shared/format';
import { compareWorkbooks, type FindProblems } from '../../../../../shared/logic';
import type { AuditEntry, Workbook } from '../../../../../shared/model';
import { decision, readyWorkbook, workbook } from '../fixtures';

const compare = (a: Workbook, b: Workbook, find: FindProblems = findLoadProblems) => compareWorkbooks(a, b, find);

describe('a comparison', () => {
  it('calls out each decision whose tier changed, with the tier before and after and the reason', () => {
    const before = workbook({ decisions: [decision('d-1', { title: 'Refund', tier: 'low' }), decision('d-2'), decision('d-3', { tier: 'high' })] });
    const after = workbook({ decisions: [
      decision('d-1', { title: 'Refund', tier: 'high', tierReason: 'Customer money' }),
      decision('d-2', { tier: 'medium' }),
      decision('d-3', { tier: 'high', tierReason: 'Reason written later' }),
      decision('d-4', { tier: 'low' }),
    ] });
    expect(compare(before, after).tierChanges).toEqual([
      { decisionId: 'd-1', label: 'Refund', before: 'low', after: 'high', reason: 'Customer money' },
      { decisionId: 'd-2', label: 'Decision d-2', after: 'medium' },
    ]);
    expect(compare(after, before).tierChanges[0]).toEqual({ decisionId: 'd-1', label: 'Refund', before: 'high', after: 'low', reasonBefore: 'Customer money' });
  });

  it('gives readiness and its verdict before and after, and the gaps opened and closed', () => {
    const ready = readyWorkbook();
    const notReady = readyWorkbook({ ownership: { ...ready.ownership, measurementCadence: undefined } });
    const c = compare(notReady, ready);
    expect([c.readiness.before.verdict, c.readiness.after.verdict]).toEqual(['not-ready', 'ready']);
    expect(c.readiness.closed.map((g) => g.question)).toEqual(['owners']);
    expect(c.readiness.opened).toEqual([]);
    expect(compare(ready, notReady).readiness.opened).toEqual(c.readiness.closed);
  });

  it('counts each version\'s load problems as blockers, from the function the caller passes', () => {
    const ready = readyWorkbook();
    const dangling = readyWorkbook({ decisions: [{ ...ready.decisions[0]!, escalateToId: 'p-gone' }] });
    const c = compare(ready, dangling);
    expect(c.readiness.after.verdict).toBe('not-ready');
    expect(c.readiness.opened).toEqual([expect.objectContaining({ question: 'tiers', severity: 'blocker', message: expect.stringContaining('"p-gone"') })]);
    // Without the problems, the dangling reference would go unseen: the caller's function is what finds it.
    expect(compare(ready, dangling, () => []).readiness.after.verdict).toBe('ready');
  });

  it('says when the verdict turns to stop', () => {
    const ready = readyWorkbook();
    const triggered = readyWorkbook({ metrics: ready.metrics.map((m, i) => (i === 0 ? { ...m, observations: [{ date: '2026-05-04', value: 13.5 }] } : m)) });
    expect(compare(ready, triggered).readiness.after.verdict).toBe('stop');
  });

  it('counts the audit entries added, and diffs none of them', () => {
    const entry = (at: string, action: string): AuditEntry => ({ at, action });
    const before = workbook({ audit: [entry('2026-01-05T09:00:00Z', 'created')] });
    const after = workbook({ audit: [entry('2026-01-05T09:00:00Z', 'created'), entry('2026-01-06T09:00:00Z', 'tier changed'), entry('2026-01-06T09:00:00Z', 'tier changed')] });
    const c = compare(before, after);
    expect(c.audit).toEqual({ added: 2, removed: 0 });
    expect(c.records).toEqual([]);
  });

  it('counts the records added, removed and changed', () => {
    const before = workbook({ decisions: [decision('d-1'), decision('d-2')] });
    const after = workbook({ title: 'Renamed', decisions: [decision('d-2', { title: 'Changed' }), decision('d-3'), decision('d-4')] });
    expect(compare(before, after).counts).toEqual({ added: 2, removed: 1, changed: 2 });
  });
});
