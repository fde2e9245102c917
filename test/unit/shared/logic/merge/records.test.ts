/** The three-way merge by record: what combines, and the three kinds of conflict over records and fields. */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../../shared/model';
import { decision, metric, node, person, workbook } from '../fixtures';
import { canonical, conflictsOf, merge, reloaded } from './support';

const base = workbook({
  people: [person('p-1', { name: 'Ana' }), person('p-2', { name: 'Ben' })],
  workflow: { lanes: [], nodes: [node('n-1', 'step', { label: 'Check claim' })], edges: [] },
  decisions: [decision('d-1', { title: 'Refund' }), decision('d-2', { title: 'Route' })],
  metrics: [metric('m-1', { name: 'Cycle time' })],
});
const edit = (w: Workbook, patch: Partial<Workbook>): Workbook => ({ ...w, ...patch });
const decisionsWith = (w: Workbook, id: string, patch: object) => w.decisions.map((d) => (d.id === id ? { ...d, ...patch } : d));

describe('merging', () => {
  it('with one side unchanged gives the other side', () => {
    const ours = edit(base, { title: 'Ours', decisions: decisionsWith(base, 'd-1', { tier: 'high' }) });
    expect(canonical(merge(base, ours, base).workbook)).toBe(canonical(ours));
    expect(canonical(merge(base, base, ours).workbook)).toBe(canonical(ours));
    expect(merge(base, ours, base).conflicts).toEqual([]);
  });

  it('combines changes to different records', () => {
    const ours = edit(base, { decisions: decisionsWith(base, 'd-1', { description: 'Refunds under $500' }) });
    const theirs = edit(base, { decisions: decisionsWith(base, 'd-2', { action: 'route' }), people: [...base.people, person('p-3', { name: 'Cem' })] });
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.workbook.decisions.map((d) => [d.description, d.action])).toEqual([['Refunds under $500', 'summarize'], [undefined, 'route']]);
    expect(r.workbook.people.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-3']);
    reloaded(r);
  });

  it('combines changes to different fields of one record', () => {
    const ours = edit(base, { decisions: decisionsWith(base, 'd-1', { title: 'Refund a claim' }) });
    const theirs = edit(base, { decisions: decisionsWith(base, 'd-1', { onError: 'Reverse the refund' }) });
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.workbook.decisions[0]).toMatchObject({ title: 'Refund a claim', onError: 'Reverse the refund' });
  });

  it('takes a change made alike on both sides once, without a conflict', () => {
    const both = edit(base, { decisions: decisionsWith(base, 'd-1', { title: 'Refund a claim' }), people: [...base.people, person('p-3')] });
    const r = merge(base, both, structuredClone(both));
    expect(r.conflicts).toEqual([]);
    expect(canonical(r.workbook)).toBe(canonical(both));
  });

  it('calls the same field changed to different values on both sides a conflict, and keeps ours until someone chooses', () => {
    const ours = edit(base, { decisions: decisionsWith(base, 'd-1', { title: 'Refund a claim' }) });
    const theirs = edit(base, { decisions: decisionsWith(base, 'd-1', { title: 'Pay back' }) });
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toEqual([{
      id: '/record/d-1/title', type: 'field', record: { kind: 'decision', key: 'd-1', id: 'd-1', label: 'Refund a claim' },
      path: ['title'], fields: [['title']], label: 'Title', base: 'Refund', ours: 'Refund a claim', theirs: 'Pay back',
      message: 'Decision "Refund a claim", title: changed on both sides. Base: "Refund". Ours: "Refund a claim". Theirs: "Pay back".',
      choice: 'ours', chosen: false,
    }]);
    expect(r.unresolved).toBe(1);
    expect(r.workbook.decisions[0]!.title).toBe('Refund a claim');
  });

  it('calls a record removed on one side and changed on the other a conflict, either way round', () => {
    const removed = edit(base, { metrics: [] });
    const changed = edit(base, { metrics: [metric('m-1', { name: 'Cycle time', unit: 'hours' })] });
    const r = merge(base, removed, changed);
    expect(conflictsOf(r)).toEqual(['removed-and-changed /record/m-1']);
    expect(r.conflicts[0]!.message).toBe('Metric "Cycle time" was removed in ours and changed in theirs (unit).');
    expect(r.conflicts[0]).toMatchObject({ theirs: changed.metrics[0], base: base.metrics[0] });
    expect('ours' in r.conflicts[0]!).toBe(false);
    expect(r.workbook.metrics).toEqual([]);
    const mirrored = merge(base, changed, removed);
    expect(mirrored.conflicts[0]!.message).toBe('Metric "Cycle time" was removed in theirs and changed in ours (unit).');
    expect(mirrored.workbook.metrics).toEqual(changed.metrics);
  });

  it('removes a record that one side removed and the other left alone', () => {
    const r = merge(base, edit(base, { metrics: [] }), edit(base, { title: 'Other edit' }));
    expect(r.conflicts).toEqual([]);
    expect(r.workbook.metrics).toEqual([]);
  });

  it('calls the same id added on both sides with different content a conflict, and the same content none', () => {
    const ours = edit(base, { people: [...base.people, person('p-3', { name: 'Cem', role: 'CFO' })] });
    const theirs = edit(base, { people: [...base.people, person('p-3', { name: 'Cem', role: 'COO' })] });
    const r = merge(base, ours, theirs);
    expect(conflictsOf(r)).toEqual(['added-differently /record/p-3']);
    expect(r.conflicts[0]!.message).toBe('Person "Cem" was added on both sides with different content: they differ in role.');
    expect(merge(base, ours, structuredClone(ours)).conflicts).toEqual([]);
  });

  it('never gives one id to two records: the same new id as a person and as a map node is one conflict', () => {
    const ours = edit(base, { people: [...base.people, person('x-1', { name: 'Dana' })] });
    const theirs = edit(base, { workflow: { ...base.workflow, nodes: [...base.workflow.nodes, node('x-1', 'end', { label: 'Done' })] } });
    const r = merge(base, ours, theirs);
    expect(conflictsOf(r)).toEqual(['added-differently /record/x-1']);
    expect(r.conflicts[0]!.message).toBe('The id "x-1" was added on both sides with different content: ours a person "Dana", theirs a map node "Done".');
    expect(r.workbook.people.map((p) => p.id)).toContain('x-1');
    expect(r.workbook.workflow.nodes.map((n) => n.id)).not.toContain('x-1');
    reloaded(r);
  });

  it('merges records of every kind, the keyless parts included', () => {
    const ours = edit(base, { pilot: { ...base.pilot, outcome: 'Faster refunds' }, ownership: { ...base.ownership, measurementCadence: 'weekly' } });
    const theirs = edit(base, { pilot: { ...base.pilot, stage: 'friction' }, sprint: { startDate: '2026-02-02', days: [] }, policy: { mediumExposure: 500, highExposure: 5000 } });
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.workbook).toMatchObject({
      pilot: { outcome: 'Faster refunds', stage: 'friction' }, ownership: { measurementCadence: 'weekly' },
      sprint: { startDate: '2026-02-02' }, policy: { mediumExposure: 500, highExposure: 5000 },
    });
  });

  it('calls the exposure policy removed on one side and changed on the other a conflict', () => {
    const withPolicy = edit(base, { policy: { mediumExposure: 1000, highExposure: 10000 } });
    const r = merge(withPolicy, base, edit(withPolicy, { policy: { mediumExposure: 800, highExposure: 10000 } }));
    expect(conflictsOf(r)).toEqual(['removed-and-changed /policy']);
    expect(r.conflicts[0]!.message).toBe('The exposure policy was removed in ours and changed in theirs (medium exposure from).');
  });

  it('merges the workbook\'s own fields and keys the model does not know, at every level', () => {
    const ours = { ...edit(base, { locale: 'de-DE' }), 'x-theme': 'dark' } as Workbook;
    const theirs = edit(base, { currency: 'EUR', people: [{ ...base.people[0]!, pronouns: 'she/her' } as never, base.people[1]!] });
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.workbook).toMatchObject({ locale: 'de-DE', currency: 'EUR', 'x-theme': 'dark', people: [{ pronouns: 'she/her' }, {}] });
    const clash = merge(base, { ...base, 'x-theme': 'dark' } as Workbook, { ...base, 'x-theme': 'light' } as Workbook);
    expect(conflictsOf(clash)).toEqual(['field /workbook/x-theme']);
    expect(clash.conflicts[0]!.label).toBe('Field "x-theme" (not known to this version)');
  });
});

describe('entries without an id', () => {
  const ana = { ...base, raci: [] as Workbook['raci'] };

  it('call a RACI entry for the same subject and person added with different roles a conflict', () => {
    const role = (r: 'A' | 'R'): Workbook => ({ ...ana, raci: [{ subjectId: 'd-1', personId: 'p-1', role: r }] });
    const r = merge(ana, role('A'), role('R'));
    expect(conflictsOf(r)).toEqual(['added-differently /raci/d-1 p-1']);
    expect(r.conflicts[0]!.message).toBe('The RACI entry for Ana on "Refund" was added on both sides with different content: they differ in role.');
  });

  it('call a sign-off by the same person on the same day with different decisions a conflict', () => {
    const signed = (decision: 'accept' | 'reject'): Workbook => ({ ...base, signoffs: [{ personId: 'p-2', date: '2026-01-16', decision }] });
    const r = merge(base, signed('accept'), signed('reject'));
    expect(conflictsOf(r)).toEqual(['added-differently /signoff/p-2 2026-01-16']);
    expect(r.conflicts[0]!.message).toBe('Sign-off by Ben on 2026-01-16 was added on both sides with different content: they differ in decision.');
  });

  it('merge a key the model does not know inside the workflow, beside its lists', () => {
    const w = (extra: object): Workbook => ({ ...base, workflow: { ...base.workflow, ...extra } });
    const r = merge(base, w({ 'x-grid': 20 }), { ...base, workflow: { ...base.workflow, nodes: [] } });
    expect(r.workbook.workflow).toEqual({ lanes: [], nodes: [], edges: [], 'x-grid': 20 });
    reloaded(r);
  });
});
