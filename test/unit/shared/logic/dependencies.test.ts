import { describe, expect, it } from 'vitest';
import type { RoadmapItem } from '../../../../shared/model';
import { checkDependency } from '../../../../shared/logic';

const item = (id: string, dependsOn: string[] = []): RoadmapItem =>
  ({ id, title: `Item ${id}`, phase: 'foundation', weeks: 1, dependsOn, decisionIds: [], metricIds: [] });

describe('adding a roadmap dependency', () => {
  const items = [item('a'), item('b', ['a']), item('c', ['b']), item('d')];

  it('allows a dependency that keeps the roadmap acyclic', () => {
    expect(checkDependency(items, 'd', 'c')).toEqual({ ok: true });
  });

  it('refuses one that closes a cycle and names the cycle in order', () => {
    const r = checkDependency(items, 'a', 'c');
    expect(r).toMatchObject({ ok: false, reason: 'cycle', cycle: ['a', 'c', 'b'] });
    if (!r.ok) expect(r.message).toBe('That would make a cycle: "Item a" → "Item c" → "Item b" → "Item a". An item cannot wait, even indirectly, for itself.');
  });

  it('refuses an item depending on itself, twice on the same item, or on an unknown item', () => {
    expect(checkDependency(items, 'a', 'a')).toMatchObject({ ok: false, reason: 'self' });
    expect(checkDependency(items, 'b', 'a')).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(checkDependency(items, 'b', 'zz')).toMatchObject({ ok: false, reason: 'unknown' });
  });
});
