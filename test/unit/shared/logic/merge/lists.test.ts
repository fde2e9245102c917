/**
 * What combines inside a record: lists whose order does not matter by members, observations by
 * date, nested objects field by field; the order of merged lists; the audit trail and updatedAt.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEntry, Metric, RoadmapItem, Workbook } from '../../../../../shared/model';
import { completeMetric, item, metric, person, workbook } from '../fixtures';
import { conflictsOf, merge, reloaded } from './support';

const obs = (date: string, value: number) => ({ date, value });
const base = workbook({
  people: [person('p-1'), person('p-2'), person('p-3')],
  metrics: [completeMetric('m-1', { name: 'Cycle time', decisionIds: ['d-1'], observations: [obs('2026-04-01', 10), obs('2026-04-08', 11)] })],
  roadmap: [item('r-1'), item('r-2'), item('r-3', { dependsOn: ['r-1'] })],
});
const withMetric = (patch: Partial<Metric>): Workbook => ({ ...base, metrics: [{ ...base.metrics[0]!, ...patch }] });
const withItem = (id: string, patch: Partial<RoadmapItem>): Workbook => ({ ...base, roadmap: base.roadmap.map((r) => (r.id === id ? { ...r, ...patch } : r)) });

describe('inside a record, merging', () => {
  it('combines members added and removed on each side of a list whose order does not matter', () => {
    const r = merge(base, withMetric({ decisionIds: ['d-1', 'd-2'] }), withMetric({ decisionIds: ['d-3'] }));
    expect(r.conflicts).toEqual([]);
    expect(r.workbook.metrics[0]!.decisionIds).toEqual(['d-2', 'd-3']);
    const deps = merge(base, withItem('r-3', { dependsOn: ['r-1', 'r-2'] }), withItem('r-3', { dependsOn: [] }));
    expect(deps.workbook.roadmap[2]!.dependsOn).toEqual(['r-2']);
  });

  it('adds a member both sides added once, and theirs\' new one after its predecessor on their side', () => {
    const r = merge(base, withMetric({ decisionIds: ['d-1', 'd-2'] }), withMetric({ decisionIds: ['d-2', 'd-1', 'd-4'] }));
    expect(r.workbook.metrics[0]!.decisionIds).toEqual(['d-1', 'd-4', 'd-2']);
  });

  it('combines observations by date: added on each side, changed on one, removed on the other', () => {
    const ours = withMetric({ observations: [obs('2026-04-01', 9.5), obs('2026-04-08', 11), obs('2026-04-15', 8)] });
    const theirs = withMetric({ observations: [obs('2026-04-01', 10), obs('2026-04-22', 7)] });
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.workbook.metrics[0]!.observations).toEqual([obs('2026-04-01', 9.5), obs('2026-04-15', 8), obs('2026-04-22', 7)]);
  });

  it('calls one day\'s observation changed to different values on both sides a conflict, and so a new one of the same day', () => {
    const changed = merge(base, withMetric({ observations: [obs('2026-04-01', 9), obs('2026-04-08', 11)] }), withMetric({ observations: [obs('2026-04-01', 12), obs('2026-04-08', 11)] }));
    expect(conflictsOf(changed)).toEqual(['field /record/m-1/observations/2026-04-01/value']);
    expect(changed.conflicts[0]!.message).toBe('Metric "Cycle time", observation of 2026-04-01: value: changed on both sides. Base: 10. Ours: 9. Theirs: 12.');
    const added = merge(base, withMetric({ observations: [...base.metrics[0]!.observations, obs('2026-04-15', 8)] }), withMetric({ observations: [...base.metrics[0]!.observations, obs('2026-04-15', 9)] }));
    expect(conflictsOf(added)).toEqual(['added-differently /record/m-1/observations/2026-04-15']);
    expect(added.conflicts[0]!.message).toBe('Metric "Cycle time", observation of 2026-04-15, was added on both sides with different content: they differ in value.');
  });

  it('calls an observation removed on one side and changed on the other a conflict', () => {
    const r = merge(base, withMetric({ observations: [obs('2026-04-08', 11)] }), withMetric({ observations: [{ ...obs('2026-04-01', 10), note: 'holiday' }, obs('2026-04-08', 11)] }));
    expect(conflictsOf(r)).toEqual(['removed-and-changed /record/m-1/observations/2026-04-01']);
  });

  it('combines a nested object that is not governance field by field, and calls it removed against changed a conflict', () => {
    const b = base.metrics[0]!.baseline!;
    const r = merge(base, withMetric({ baseline: { ...b, method: 'median of 12 weeks' } }), withMetric({ baseline: { ...b, sampleSize: 240 } }));
    expect(r.conflicts).toEqual([]);
    expect(r.workbook.metrics[0]!.baseline).toEqual({ ...b, method: 'median of 12 weeks', sampleSize: 240 });
    const removed = merge(base, withMetric({ baseline: undefined }), withMetric({ baseline: { ...b, source: 'Ticket system' } }));
    expect(conflictsOf(removed)).toEqual(['removed-and-changed /record/m-1/baseline']);
    expect(removed.conflicts[0]!.message).toBe('Metric "Cycle time", baseline, was removed in ours and changed in theirs (source).');
  });

  it('takes a baseline period as one value, so the two ends never come from different sides', () => {
    const b = base.metrics[0]!.baseline!;
    const r = merge(base, withMetric({ baseline: { ...b, from: '2026-02-01' } }), withMetric({ baseline: { ...b, to: '2026-01-15' } }));
    expect(conflictsOf(r)).toEqual(['field /record/m-1/baseline/from']);
    expect(r.conflicts[0]!.label).toBe('Baseline: period');
  });
});

describe('the order of a merged list', () => {
  const ids = (w: Workbook) => w.roadmap.map((r) => r.id);
  const roadmap = (...order: string[]): Workbook => ({ ...base, roadmap: order.map((id) => base.roadmap.find((r) => r.id === id) ?? item(id)) });

  it('is ours, with theirs\' new records each after its predecessor on their side', () => {
    const r = merge(base, roadmap('r-1', 'o-1', 'r-2', 'r-3'), roadmap('t-0', 'r-1', 'r-2', 't-1', 't-2', 'r-3', 't-3'));
    expect(ids(r.workbook)).toEqual(['t-0', 'r-1', 'o-1', 'r-2', 't-1', 't-2', 'r-3', 't-3']);
  });

  it('puts ours first where both sides added records at the same place', () => {
    const r = merge(base, roadmap('r-1', 'o-1', 'o-2', 'r-2', 'r-3'), roadmap('r-1', 't-1', 'r-2', 'r-3'));
    expect(ids(r.workbook)).toEqual(['r-1', 'o-1', 'o-2', 't-1', 'r-2', 'r-3']);
    const removed = merge(base, roadmap('r-2', 'o-1', 'r-3'), roadmap('t-1', 'r-2', 'r-3'));
    expect(ids(removed.workbook)).toEqual(['t-1', 'r-2', 'o-1', 'r-3']);
  });

  it('follows the side that reordered when only one did, the other side\'s new records after their predecessors', () => {
    const r = merge(base, roadmap('r-1', 'r-2', 'r-3', 'o-1'), roadmap('r-3', 'r-1', 'r-2'));
    expect(r.conflicts).toEqual([]);
    expect(ids(r.workbook)).toEqual(['r-3', 'o-1', 'r-1', 'r-2']);
  });

  it('is a conflict when both sides reordered the same records differently', () => {
    const r = merge(base, roadmap('r-2', 'r-1', 'r-3'), roadmap('r-3', 'r-1', 'r-2'));
    expect(conflictsOf(r)).toEqual(['order /order/roadmap-item#order']);
    expect(r.conflicts[0]!.message).toBe('Roadmap items: the order was changed differently on both sides. Ours: "Item r-2", "Item r-1", "Item r-3". Theirs: "Item r-3", "Item r-1", "Item r-2".');
    expect(ids(r.workbook)).toEqual(['r-2', 'r-1', 'r-3']);
    expect(merge(base, roadmap('r-2', 'r-1', 'r-3'), roadmap('r-2', 'r-1', 'r-3')).conflicts).toEqual([]);
  });

  it('is a conflict for entries too, such as a day\'s blocks', () => {
    const blocks = [{ title: 'A', minutes: 30 }, { title: 'B', minutes: 30 }, { title: 'C', minutes: 30 }];
    const day = (...order: number[]): Workbook => ({ ...base, sprint: { days: [{ day: 2, done: false, blocks: order.map((i) => blocks[i]!) }] } });
    const r = merge(day(0, 1, 2), day(1, 0, 2), day(2, 0, 1));
    expect(conflictsOf(r)).toEqual(['order /sprint/days/2/blocks#order']);
    expect(r.conflicts[0]!.message).toBe('The sprint, day 2: blocks: the order was changed differently on both sides. Ours: "B", "A", "C". Theirs: "C", "A", "B".');
  });
});

describe('the audit trail and the time of the last change', () => {
  const entry = (at: string, action: string): AuditEntry => ({ at, action });
  const created = entry('2026-01-05T09:00:00Z', 'created');

  it('keeps the entries of both sides once each, in time order', () => {
    const b = workbook({ audit: [created] });
    const ours = workbook({ audit: [created, entry('2026-01-06T10:00:00Z', 'ours 1'), entry('2026-01-08T10:00:00Z', 'ours 2')] });
    const theirs = workbook({ audit: [created, entry('2026-01-07T10:00:00+02:00', 'theirs 1'), entry('2026-01-08T10:00:00Z', 'ours 2')] });
    const r = merge(b, ours, theirs);
    expect(r.workbook.audit.map((e) => e.action)).toEqual(['created', 'ours 1', 'theirs 1', 'ours 2']);
    expect(r.conflicts).toEqual([]);
  });

  it('takes updatedAt from the later side, whichever it is', () => {
    const at = (updatedAt: string) => workbook({ updatedAt });
    expect(merge(at('2026-01-05T09:00:00Z'), at('2026-01-07T09:00:00Z'), at('2026-01-06T09:00:00Z')).workbook.updatedAt).toBe('2026-01-07T09:00:00Z');
    expect(merge(at('2026-01-05T09:00:00Z'), at('2026-01-06T09:00:00Z'), at('2026-01-07T09:00:00+01:00')).workbook.updatedAt).toBe('2026-01-07T09:00:00+01:00');
  });
});

describe('the merged workbook', () => {
  it('loads, even when the two sides\' edits together leave a reference dangling, and reports that problem as new', () => {
    const b = { ...base, metrics: [metric('m-1', { ownerId: 'p-1' })] };
    const ours = { ...b, people: b.people.filter((p) => p.id !== 'p-3') };
    const theirs = { ...b, metrics: [metric('m-1', { ownerId: 'p-3' })] };
    const r = merge(b, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.introducedProblems).toEqual([expect.objectContaining({ path: '/metrics/0/ownerId', message: 'Metric "Metric m-1" refers to person "p-3", which does not exist.' })]);
    reloaded(r);
  });

  it('reports a dependency cycle made of one link from each side', () => {
    const ours = withItem('r-1', { dependsOn: ['r-2'] });
    const theirs = withItem('r-2', { dependsOn: ['r-3'] });
    const r = merge(base, ours, theirs);
    expect(r.introducedProblems.map((p) => p.message)).toEqual(['Roadmap items "Item r-1" (r-1), "Item r-2" (r-2), "Item r-3" (r-3) depend on each other in a cycle.']);
  });

  it('does not report problems a side already had', () => {
    const dangling = { ...base, metrics: [metric('m-1', { ownerId: 'p-gone' })] };
    expect(merge(base, dangling, { ...base, title: 'Other' }).introducedProblems).toEqual([]);
  });
});
