/** Comparing two workbooks: records added, removed and changed, by key, in a stable order, each with its kind, label and place. */
import { describe, expect, it } from 'vitest';
import { findLoadProblems } from '../../../../../shared/format';
import { compareWorkbooks } from '../../../../../shared/logic';
import type { Workbook } from '../../../../../shared/model';
import { decision, edge, item, metric, node, person, workbook } from '../fixtures';

const compare = (a: Workbook, b: Workbook) => compareWorkbooks(a, b, findLoadProblems);
const summary = (a: Workbook, b: Workbook) => compare(a, b).records.map((r) => `${r.change} ${r.kind} ${r.key} "${r.label}"`);

describe('comparing a workbook', () => {
  it('with itself, or with a copy of itself, finds nothing', () => {
    const w = workbook({ people: [person('p-1')], decisions: [decision('d-1', { controls: ['audit-log'] })] });
    for (const other of [w, structuredClone(w)]) {
      const c = compare(w, other);
      expect(c.records).toEqual([]);
      expect(c.reorderings).toEqual([]);
      expect(c.tierChanges).toEqual([]);
      expect(c.audit).toEqual({ added: 0, removed: 0 });
      expect(c.counts).toEqual({ added: 0, removed: 0, changed: 0 });
    }
  });

  it('matches records by id, not by position, for every kind of record', () => {
    const before = workbook({
      people: [person('p-1'), person('p-2', { name: 'Bea' })],
      workflow: { lanes: [{ id: 'l-1', name: 'Clerk', kind: 'role' }], nodes: [node('n-1', 'step'), node('n-2', 'ai-step')], edges: [edge('e-1', 'n-1', 'n-2')] },
      decisions: [decision('d-1')],
      metrics: [metric('m-1')],
      roadmap: [item('r-1')],
      parkingLot: [{ id: 'q-1', text: 'Who signs?', raisedAt: '2026-01-05T10:00:00Z', status: 'open' }],
    });
    const after: Workbook = {
      ...before,
      people: [person('p-2', { name: 'Beatrice' }), person('p-3', { name: 'Cem' })],
      workflow: { lanes: [{ id: 'l-1', name: 'Clerks', kind: 'role' }], nodes: [node('n-2', 'ai-step')], edges: [] },
      decisions: [decision('d-2', { title: 'Refund' }), decision('d-1')],
      metrics: [metric('m-1', { unit: 'hours' })],
      roadmap: [item('r-1', { weeks: 3 })],
      parkingLot: [{ id: 'q-1', text: 'Who signs?', raisedAt: '2026-01-05T10:00:00Z', status: 'resolved', resolution: 'Ana' }],
    };
    expect(summary(before, after)).toEqual([
      'changed person p-2 "Beatrice"',
      'added person p-3 "Cem"',
      'changed lane l-1 "Clerks"',
      'added decision d-2 "Refund"',
      'changed metric m-1 "Metric m-1"',
      'changed roadmap-item r-1 "Item r-1"',
      'changed parking-item q-1 "Who signs?"',
      // Removed records come last, in the order of the earlier version.
      'removed person p-1 "Person p-1"',
      'removed node n-1 "Node n-1"',
      'removed edge e-1 "Node n-1 → Node n-2"',
    ]);
  });

  it('gives each record the JSON pointer to jump to in each version that has it', () => {
    const before = workbook({ decisions: [decision('d-1'), decision('d-2')] });
    const after = workbook({ decisions: [decision('d-0'), decision('d-2', { title: 'Moved down' })] });
    const byKey = Object.fromEntries(compare(before, after).records.map((r) => [r.key, r.at]));
    expect(byKey).toEqual({
      'd-0': { after: '/decisions/0' },
      'd-2': { before: '/decisions/1', after: '/decisions/1' },
      'd-1': { before: '/decisions/0' },
    });
  });

  it('keeps the record itself on each change, so a screen can show what was added or removed', () => {
    const added = person('p-9', { name: 'New' });
    const c = compare(workbook(), workbook({ people: [added] }));
    expect(c.records[0]).toMatchObject({ change: 'added', id: 'p-9', after: added, fields: [] });
  });

  it('keys RACI entries by subject and person, so a new role is a change and not a removal', () => {
    const base = workbook({ people: [person('p-1', { name: 'Ana' })], decisions: [decision('d-1', { title: 'Refund' })] });
    const before = { ...base, raci: [{ subjectId: 'd-1', personId: 'p-1', role: 'R' as const }] };
    const after = { ...base, raci: [{ subjectId: 'd-1', personId: 'p-1', role: 'A' as const }] };
    const [r] = compare(before, after).records;
    expect(r).toMatchObject({ kind: 'raci', key: 'd-1 p-1', label: 'Ana on "Refund"', change: 'changed' });
    expect(r!.id).toBeUndefined();
    expect(r!.fields).toEqual([{ type: 'value', path: ['role'], label: 'Role', before: 'R', after: 'A' }]);
  });

  it('keys sign-offs by person and date', () => {
    const base = workbook({ people: [person('p-1', { name: 'Ana' })] });
    const signed = { personId: 'p-1', date: '2026-01-16', decision: 'accept' as const };
    const before = { ...base, signoffs: [signed] };
    const after = { ...base, signoffs: [{ ...signed, decision: 'reject' as const }, { ...signed, date: '2026-01-17' }] };
    expect(summary(before, after)).toEqual([
      'changed signoff p-1 2026-01-16 "Sign-off by Ana on 2026-01-16"',
      'added signoff p-1 2026-01-17 "Sign-off by Ana on 2026-01-17"',
    ]);
  });

  it('reports the keyless parts, the pilot, the sprint, the ownership, the policy and the workbook fields, as records of their own', () => {
    const before = workbook({ ownership: { escalationPath: [] } });
    const after = workbook({
      title: 'Claims triage', locale: 'de-DE', currency: 'EUR',
      policy: { mediumExposure: 500, highExposure: 5000 },
      pilot: { name: 'Claims bot', stakeholders: [] },
      sprint: { startDate: '2026-02-02', days: [] },
      ownership: { measurementCadence: 'weekly', escalationPath: [] },
    });
    const c = compare(before, after);
    expect(c.records.map((r) => [r.kind, r.change, r.label, r.fields.map((f) => f.label)])).toEqual([
      ['workbook', 'changed', 'Claims triage', ['Title', 'Locale', 'Currency']],
      ['policy', 'added', 'Exposure policy', []],
      ['pilot', 'changed', 'Claims bot', ['Name']],
      ['sprint', 'changed', 'Sprint', ['Start date']],
      ['ownership', 'changed', 'Ownership', ['Measurement cadence']],
    ]);
    expect(c.records.map((r) => r.at.after)).toEqual(['', '/policy', '/pilot', '/sprint', '/ownership']);
    expect(compare(after, before).records.find((r) => r.kind === 'policy')).toMatchObject({ change: 'removed', at: { before: '/policy' } });
  });

  it('sees a list whose records stand in another order, naming the records both versions have', () => {
    const lanes = [{ id: 'l-1', name: 'A', kind: 'role' as const }, { id: 'l-2', name: 'B', kind: 'ai' as const }, { id: 'l-3', name: 'C', kind: 'system' as const }];
    const before = workbook({ workflow: { lanes, nodes: [], edges: [] } });
    const after = workbook({ workflow: { lanes: [lanes[2]!, lanes[0]!], nodes: [], edges: [] } });
    const c = compare(before, after);
    expect(c.reorderings).toEqual([{ kind: 'lane', label: 'lanes', before: ['l-1', 'l-3'], after: ['l-3', 'l-1'] }]);
    expect(summary(before, after)).toEqual(['removed lane l-2 "B"']);
  });

  it('does not call a list reordered when records were only added or removed around the others', () => {
    const before = workbook({ people: [person('p-1'), person('p-2'), person('p-3')] });
    const after = workbook({ people: [person('p-0'), person('p-1'), person('p-3')] });
    expect(compare(before, after).reorderings).toEqual([]);
  });

  it('labels a record by its title, name or label, and by its id when that is blank', () => {
    const before = workbook();
    const after = workbook({ decisions: [decision('d-blank', { title: '  ' })], workflow: { lanes: [], nodes: [node('n-1', 'step', { label: 'Check' }), node('n-2', 'end', { label: 'Done' })], edges: [{ ...edge('e-1', 'n-1', 'n-2'), label: 'approved' }, edge('e-2', 'n-2', 'n-1')] } });
    expect(compare(before, after).records.map((r) => r.label)).toEqual(['Check', 'Done', 'approved', 'Done → Check', 'd-blank']);
  });
});
