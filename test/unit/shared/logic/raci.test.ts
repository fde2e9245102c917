import { describe, expect, it } from 'vitest';
import { raciBySubject, raciCounts, raciProblems } from '../../../../shared/logic';
import type { Raci } from '../../../../shared/model';

const e = (subjectId: string, personId: string, role: Raci['role']): Raci => ({ subjectId, personId, role });

describe('the RACI rule: exactly one A and at least one R', () => {
  it('holds for one accountable and one responsible person', () => {
    expect(raciProblems(raciCounts([e('d', 'p1', 'A'), e('d', 'p2', 'R'), e('d', 'p3', 'C')]))).toEqual([]);
  });

  it('names each thing missing, accountability first', () => {
    expect(raciProblems(raciCounts([e('d', 'p1', 'C')]))).toEqual([{ kind: 'no-accountable' }, { kind: 'no-responsible' }]);
  });

  it('counts people, not entries: someone listed twice as A is one person', () => {
    expect(raciCounts([e('d', 'p1', 'A'), e('d', 'p1', 'A'), e('d', 'p2', 'R')])).toEqual({ accountable: 1, responsible: 1 });
    expect(raciProblems(raciCounts([e('d', 'p1', 'A'), e('d', 'p2', 'A'), e('d', 'p2', 'R')]))).toEqual([{ kind: 'many-accountable', count: 2 }]);
  });

  it('groups entries by subject in file order', () => {
    const raci = [e('a', 'p1', 'R'), e('b', 'p1', 'A'), e('a', 'p2', 'A')];
    expect([...raciBySubject(raci)]).toEqual([['a', [raci[0], raci[2]]], ['b', [raci[1]]]]);
  });
});
