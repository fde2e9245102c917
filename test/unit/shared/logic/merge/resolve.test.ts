/** Settling conflicts: each conflict by its id, ours or theirs, and the merged workbook that results. */
import { describe, expect, it } from 'vitest';
import { resolveConflicts, type Side } from '../../../../../shared/logic';
import type { Workbook } from '../../../../../shared/model';
import { decision, node, person, workbook } from '../fixtures';
import { canonical, merge, reloaded } from './support';

const base = workbook({
  people: [person('p-1', { name: 'Ana' })],
  decisions: [decision('d-1', { title: 'Refund', tier: 'low' }), decision('d-2', { title: 'Route' })],
});
const ours: Workbook = {
  ...base, title: 'Ours',
  decisions: [{ ...base.decisions[0]!, tier: 'high', tierReason: 'Money' }],
  people: [...base.people, person('x-1', { name: 'Dana' })],
};
const theirs: Workbook = {
  ...base, title: 'Theirs',
  decisions: [{ ...base.decisions[0]!, tier: 'medium' }, { ...base.decisions[1]!, description: 'Now with a description' }],
  workflow: { lanes: [], nodes: [node('x-1', 'end', { label: 'Done' })], edges: [] },
};

describe('resolving conflicts', () => {
  const merged = merge(base, ours, theirs);

  it('starts from a merge whose conflicts all take ours', () => {
    expect(merged.conflicts.map((c) => [c.id, c.choice, c.chosen])).toEqual([
      ['/workbook/title', 'ours', false],
      ['/record/x-1', 'ours', false],
      ['/record/d-1/tier', 'ours', false],
      ['/record/d-2', 'ours', false],
    ]);
    expect(merged.unresolved).toBe(4);
    expect(merged.workbook).toMatchObject({ title: 'Ours', decisions: [{ tier: 'high', tierReason: 'Money' }] });
  });

  it('takes theirs where a caller chooses theirs, and says so on the conflict', () => {
    const r = resolveConflicts(merged, new Map<string, Side>([['/workbook/title', 'theirs'], ['/record/d-1/tier', 'theirs']]));
    expect(r.workbook.title).toBe('Theirs');
    expect(r.workbook.decisions[0]).toMatchObject({ tier: 'medium' });
    expect(r.workbook.decisions[0]!.tierReason).toBeUndefined();
    expect(r.conflicts.map((c) => [c.id, c.choice, c.chosen])).toEqual([
      ['/workbook/title', 'theirs', true],
      ['/record/x-1', 'ours', false],
      ['/record/d-1/tier', 'theirs', true],
      ['/record/d-2', 'ours', false],
    ]);
    expect(r.unresolved).toBe(2);
  });

  it('adds choices to those already made', () => {
    const first = resolveConflicts(merged, new Map<string, Side>([['/workbook/title', 'theirs']]));
    const second = resolveConflicts(first, new Map<string, Side>([['/record/d-2', 'theirs'], ['/record/x-1', 'theirs']]));
    expect(second.workbook.title).toBe('Theirs');
    expect(second.workbook.decisions.map((d) => d.id)).toEqual(['d-1', 'd-2']);
    expect(second.unresolved).toBe(1);
  });

  it('gives one record for an id whichever side is chosen, so the result always loads', () => {
    for (const side of ['ours', 'theirs'] as const) {
      const r = resolveConflicts(merged, new Map([['/record/x-1', side]]));
      const w = reloaded(r);
      expect([w.people.some((p) => p.id === 'x-1'), w.workflow.nodes.some((n) => n.id === 'x-1')]).toEqual([side === 'ours', side === 'theirs']);
    }
  });

  it('gives the same workbook as merging with the choices in the first place', () => {
    const choices = new Map<string, Side>([['/record/d-2', 'theirs'], ['/workbook/title', 'theirs']]);
    expect(canonical(resolveConflicts(merged, choices).workbook)).toBe(canonical(merge(base, ours, theirs, choices).workbook));
  });

  it('refuses a choice for a conflict the merge does not have, and a side that is neither ours nor theirs', () => {
    expect(() => resolveConflicts(merged, new Map<string, Side>([['/record/d-9/tier', 'ours']])))
      .toThrow('These choices name no conflict of this merge: "/record/d-9/tier".');
    expect(() => resolveConflicts(merged, new Map([['/workbook/title', 'mine' as Side]])))
      .toThrow('A choice is "ours" or "theirs"; "/workbook/title" has "mine".');
  });
});
