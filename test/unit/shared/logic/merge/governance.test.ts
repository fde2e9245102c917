/**
 * Governance fields are never combined inside: a decision's tier and its reason, controls,
 * override, escalation and output owner; a metric's target and kill criterion; RACI roles; the
 * owners and the escalation path. Changed on both sides, they conflict unless the two agree.
 */
import { describe, expect, it } from 'vitest';
import type { Decision, Metric, Ownership, Workbook } from '../../../../../shared/model';
import { completeMetric, decision, person, workbook } from '../fixtures';
import { conflictsOf, merge } from './support';

const base = workbook({
  people: [person('p-1', { name: 'Ana' }), person('p-2', { name: 'Ben' }), person('p-3', { name: 'Cem' })],
  decisions: [decision('d-1', { title: 'Refund', tier: 'low', controls: ['audit-log', 'sampling-review'], overrideById: 'p-1' })],
  metrics: [completeMetric('m-1', { name: 'Cycle time', kill: { threshold: 12, evaluateOn: '2026-06-01' } })],
  ownership: { workflowOwnerId: 'p-1', escalationPath: ['p-1', 'p-2'] },
  raci: [{ subjectId: 'd-1', personId: 'p-1', role: 'R' }],
});
const withDecision = (patch: Partial<Decision>): Workbook => ({ ...base, decisions: [{ ...base.decisions[0]!, ...patch }] });
const withMetric = (patch: Partial<Metric>): Workbook => ({ ...base, metrics: [{ ...base.metrics[0]!, ...patch }] });
const withOwnership = (patch: Partial<Ownership>): Workbook => ({ ...base, ownership: { ...base.ownership, ...patch } });

describe('a governance field changed on both sides', () => {
  it('is a conflict when the tiers differ, shown with both reasons', () => {
    const r = merge(base, withDecision({ tier: 'high', tierReason: 'Customer money' }), withDecision({ tier: 'medium' }));
    expect(conflictsOf(r)).toEqual(['field /record/d-1/tier']);
    expect(r.conflicts[0]).toMatchObject({ label: 'Tier and its reason', fields: [['tier'], ['tierReason']] });
    expect(r.conflicts[0]!.message).toBe('Decision "Refund", tier and its reason: changed on both sides. Base: tier "low". '
      + 'Ours: tier "high"; reason for the tier "Customer money". Theirs: tier "medium".');
  });

  it('is no conflict when both sides made the same change', () => {
    const r = merge(base, withDecision({ tier: 'high', tierReason: 'Money' }), withDecision({ tier: 'high', tierReason: 'Money' }));
    expect(r.conflicts).toEqual([]);
    expect(r.workbook.decisions[0]).toMatchObject({ tier: 'high', tierReason: 'Money' });
  });

  it('takes a tier and its reason together: a new tier on one side and a new reason on the other conflict', () => {
    const r = merge(base, withDecision({ tier: 'medium' }), withDecision({ tierReason: 'Low because reversible' }));
    expect(conflictsOf(r)).toEqual(['field /record/d-1/tier']);
  });

  it('is a conflict for controls even when one side only added and the other only removed', () => {
    const r = merge(base, withDecision({ controls: ['audit-log', 'sampling-review', 'kill-switch'] }), withDecision({ controls: ['audit-log'] }));
    expect(conflictsOf(r)).toEqual(['field /record/d-1/controls']);
    expect(r.conflicts[0]!.message).toBe('Decision "Refund", controls: changed on both sides. Base: "audit-log", "sampling-review". '
      + 'Ours: "audit-log", "sampling-review", "kill-switch". Theirs: "audit-log".');
  });

  it('names people, not ids, for the override, escalation and output owners', () => {
    const r = merge(base, withDecision({ overrideById: 'p-2' }), withDecision({ overrideById: 'p-3' }));
    expect(r.conflicts[0]!.message).toBe('Decision "Refund", override by: changed on both sides. Base: "Ana". Ours: "Ben". Theirs: "Cem".');
    expect(conflictsOf(merge(base, withDecision({ escalateToId: 'p-2' }), withDecision({ escalateToId: 'p-3' })))).toEqual(['field /record/d-1/escalateToId']);
    expect(conflictsOf(merge(base, withDecision({ outputOwnerId: 'p-2' }), withDecision({ outputOwnerId: 'p-3' })))).toEqual(['field /record/d-1/outputOwnerId']);
  });

  it('is a conflict for a kill criterion changed in different fields on each side', () => {
    const r = merge(base, withMetric({ kill: { threshold: 15, evaluateOn: '2026-06-01' } }), withMetric({ kill: { threshold: 12, evaluateOn: '2026-07-01' } }));
    expect(conflictsOf(r)).toEqual(['field /record/m-1/kill']);
    expect(r.conflicts[0]!.message).toBe('Metric "Cycle time", kill criterion: changed on both sides. Base: threshold 12; evaluated from "2026-06-01". '
      + 'Ours: threshold 15; evaluated from "2026-06-01". Theirs: threshold 12; evaluated from "2026-07-01".');
  });

  it('is a conflict for a target changed in different fields on each side, or removed on one', () => {
    expect(conflictsOf(merge(base, withMetric({ target: { value: 4 } }), withMetric({ target: { value: 5, by: '2026-09-30' } })))).toEqual(['field /record/m-1/target']);
    const removed = merge(base, withMetric({ target: undefined }), withMetric({ target: { value: 3 } }));
    expect(removed.conflicts[0]!.message).toBe('Metric "Cycle time", target: changed on both sides. Base: value 5. Ours: none. Theirs: value 3.');
  });

  it('is a conflict for a RACI role', () => {
    const role = (r: 'A' | 'C'): Workbook => ({ ...base, raci: [{ subjectId: 'd-1', personId: 'p-1', role: r }] });
    const r = merge(base, role('A'), role('C'));
    expect(conflictsOf(r)).toEqual(['field /raci/d-1 p-1/role']);
    expect(r.conflicts[0]!.message).toBe('The RACI entry for Ana on "Refund", role: changed on both sides. Base: "R". Ours: "A". Theirs: "C".');
  });

  it('is a conflict for the owners and the escalation path', () => {
    expect(conflictsOf(merge(base, withOwnership({ workflowOwnerId: 'p-2' }), withOwnership({ workflowOwnerId: 'p-3' })))).toEqual(['field /ownership/workflowOwnerId']);
    expect(conflictsOf(merge(base, withOwnership({ governanceOwnerId: 'p-2' }), withOwnership({ governanceOwnerId: 'p-3' })))).toEqual(['field /ownership/governanceOwnerId']);
    const path = merge(base, withOwnership({ escalationPath: ['p-1', 'p-2', 'p-3'] }), withOwnership({ escalationPath: ['p-2', 'p-1'] }));
    expect(conflictsOf(path)).toEqual(['field /ownership/escalationPath']);
    expect(path.conflicts[0]!.message).toBe('The ownership, escalation path: changed on both sides. Base: "Ana", "Ben". Ours: "Ana", "Ben", "Cem". Theirs: "Ben", "Ana".');
  });

  it('combines with changes to other fields of the same record', () => {
    const r = merge(base, withDecision({ tier: 'high', tierReason: 'Money' }), withDecision({ escalateToId: 'p-3', title: 'Refund a claim' }));
    expect(r.conflicts).toEqual([]);
    expect(r.workbook.decisions[0]).toMatchObject({ tier: 'high', tierReason: 'Money', escalateToId: 'p-3', title: 'Refund a claim' });
  });
});
