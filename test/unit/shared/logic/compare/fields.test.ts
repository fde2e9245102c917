/** Comparing a record field by field: values, nested objects, sets, ordered lists, entries by key, and keys the model does not know. */
import { describe, expect, it } from 'vitest';
import { findLoadProblems } from '../../../../../shared/format';
import { compareWorkbooks, type FieldChange } from '../../../../../shared/logic';
import type { Metric, Workbook } from '../../../../../shared/model';
import { completeMetric, decision, factors, item, metric, person, workbook } from '../fixtures';

const fieldsOf = (before: Workbook, after: Workbook, key?: string): readonly FieldChange[] => {
  const records = compareWorkbooks(before, after, findLoadProblems).records.filter((r) => key === undefined || r.key === key);
  expect(records).toHaveLength(1);
  return records[0]!.fields;
};
const withMetric = (m: Metric) => workbook({ metrics: [m] });

describe('a changed record lists its fields', () => {
  it('with the value before and after, absent when the field was added or removed', () => {
    const before = workbook({ people: [person('p-1', { role: 'Clerk', team: 'Ops' })] });
    const after = workbook({ people: [person('p-1', { role: 'Lead', email: 'a@b.example' })] });
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', path: ['role'], label: 'Role', before: 'Clerk', after: 'Lead' },
      { type: 'value', path: ['team'], label: 'Team', before: 'Ops' },
      { type: 'value', path: ['email'], label: 'Email', after: 'a@b.example' },
    ]);
  });

  it('compares nested objects field by field: baseline, target, kill criterion, factors, gate', () => {
    const before = withMetric(completeMetric('m-1'));
    const after = withMetric(completeMetric('m-1', {
      baseline: { value: 10, from: '2026-01-01', to: '2026-03-31', source: 'ERP timestamps', method: 'median' },
      target: { value: 4 }, kill: { threshold: 12, evaluateOn: '2026-06-01' },
    }));
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', path: ['baseline', 'method'], label: 'Baseline: method', after: 'median' },
      { type: 'value', path: ['target', 'value'], label: 'Target: value', before: 5, after: 4 },
      { type: 'value', path: ['kill', 'evaluateOn'], label: 'Kill criterion: evaluated from', after: '2026-06-01' },
    ]);
    const d = (f: Partial<ReturnType<typeof factors>>) => workbook({ decisions: [decision('d-1', { factors: factors(f) })] });
    expect(fieldsOf(d({}), d({ financialExposure: 5000 }))).toEqual([
      { type: 'value', path: ['factors', 'financialExposure'], label: 'Factors: financial exposure', before: 0, after: 5000 },
    ]);
    const r = (gate?: { metricIds: string[]; note?: string }) => workbook({ roadmap: [item('r-1', gate ? { gate } : {})] });
    expect(fieldsOf(r(), r({ metricIds: ['m-1'], note: 'Go if green' }))).toEqual([
      { type: 'set', path: ['gate', 'metricIds'], label: 'Gate: metrics', before: [], after: ['m-1'], added: ['m-1'], removed: [] },
      { type: 'value', path: ['gate', 'note'], label: 'Gate: note', after: 'Go if green' },
    ]);
  });

  it('compares a nested object that appears or disappears by each of its fields', () => {
    const before = withMetric(metric('m-1'));
    const after = withMetric(metric('m-1', { kill: { threshold: 30, action: 'Pause' } }));
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', path: ['kill', 'threshold'], label: 'Kill criterion: threshold', after: 30 },
      { type: 'value', path: ['kill', 'action'], label: 'Kill criterion: action', after: 'Pause' },
    ]);
  });

  it('compares lists whose order does not matter as members added and removed, and ignores a new order alone', () => {
    const d = (controls: string[], logging: string[] = []) => workbook({ decisions: [decision('d-1', { controls, logging })] });
    expect(fieldsOf(d(['audit-log', 'kill-switch']), d(['kill-switch', 'human-decision']))).toEqual([{
      type: 'set', path: ['controls'], label: 'Controls',
      before: ['audit-log', 'kill-switch'], after: ['kill-switch', 'human-decision'], added: ['human-decision'], removed: ['audit-log'],
    }]);
    expect(compareWorkbooks(d(['a', 'b'], ['input', 'output']), d(['b', 'a'], ['output', 'input']), findLoadProblems).records).toEqual([]);
  });

  it('counts repeated members, so dropping one of two copies is a removal', () => {
    const r = (dependsOn: string[]) => workbook({ roadmap: [item('r-1', { dependsOn })] });
    expect(fieldsOf(r(['r-0', 'r-0']), r(['r-0']))).toMatchObject([{ type: 'set', added: [], removed: ['r-0'] }]);
  });

  it('compares the escalation path as an ordered list: the same people in another order is a change', () => {
    const w = (escalationPath: string[]) => workbook({ ownership: { escalationPath } });
    expect(fieldsOf(w(['p-1', 'p-2']), w(['p-2', 'p-1']))).toEqual([
      { type: 'list', path: ['escalationPath'], label: 'Escalation path', before: ['p-1', 'p-2'], after: ['p-2', 'p-1'] },
    ]);
  });

  it('lists a metric\'s observations added, removed and changed by date', () => {
    const before = withMetric(metric('m-1', { observations: [{ date: '2026-04-01', value: 10 }, { date: '2026-04-08', value: 11 }] }));
    const after = withMetric(metric('m-1', { observations: [{ date: '2026-04-01', value: 9.5, note: 'recounted' }, { date: '2026-04-15', value: 8 }] }));
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', path: ['observations', '2026-04-01', 'value'], label: 'Observation of 2026-04-01: value', before: 10, after: 9.5 },
      { type: 'value', path: ['observations', '2026-04-01', 'note'], label: 'Observation of 2026-04-01: note', after: 'recounted' },
      { type: 'entry-added', path: ['observations', '2026-04-15'], label: 'Observation of 2026-04-15', entry: { date: '2026-04-15', value: 8 } },
      { type: 'entry-removed', path: ['observations', '2026-04-08'], label: 'Observation of 2026-04-08', entry: { date: '2026-04-08', value: 11 } },
    ]);
  });

  it('tells two observations of the same day apart by their place among that day\'s', () => {
    const before = withMetric(metric('m-1', { observations: [{ date: '2026-04-01', value: 1 }, { date: '2026-04-01', value: 2 }] }));
    const after = withMetric(metric('m-1', { observations: [{ date: '2026-04-01', value: 1 }, { date: '2026-04-01', value: 3 }] }));
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', path: ['observations', '2026-04-01#2', 'value'], label: 'Observation of 2026-04-01: value', before: 2, after: 3 },
    ]);
  });

  it('reports entries that stand in another order', () => {
    const obs = [{ date: '2026-04-01', value: 1 }, { date: '2026-04-08', value: 2 }];
    const before = withMetric(metric('m-1', { observations: obs }));
    const after = withMetric(metric('m-1', { observations: [obs[1]!, obs[0]!] }));
    expect(fieldsOf(before, after)).toEqual([
      { type: 'order', path: ['observations'], label: 'Observations', before: ['2026-04-01', '2026-04-08'], after: ['2026-04-08', '2026-04-01'] },
    ]);
  });

  it('lists the sprint\'s days by number and each day\'s blocks by title', () => {
    const day = (done: boolean, blocks: { title: string; minutes: number; done?: boolean }[]) => workbook({ sprint: { days: [{ day: 3, done, blocks }] } });
    const before = day(false, [{ title: 'Map the flow', minutes: 90 }]);
    const after = day(true, [{ title: 'Map the flow', minutes: 120, done: true }, { title: 'Place the AI', minutes: 60 }]);
    expect(fieldsOf(before, after)).toEqual([
      { type: 'value', path: ['days', '3', 'done'], label: 'Day 3: done', before: false, after: true },
      { type: 'value', path: ['days', '3', 'blocks', 'Map the flow', 'minutes'], label: 'block "Map the flow": minutes', before: 90, after: 120 },
      { type: 'value', path: ['days', '3', 'blocks', 'Map the flow', 'done'], label: 'block "Map the flow": done', after: true },
      { type: 'entry-added', path: ['days', '3', 'blocks', 'Place the AI'], label: 'block "Place the AI"', entry: { title: 'Place the AI', minutes: 60 } },
    ]);
  });

  it('lists the pilot\'s stakeholders by group', () => {
    const pilot = (stakeholders: { group: string; harm?: string }[]) => workbook({ pilot: { name: 'P', stakeholders } });
    expect(fieldsOf(pilot([{ group: 'Claimants' }]), pilot([{ group: 'Claimants', harm: 'Wrong denial' }]))).toEqual([
      { type: 'value', path: ['stakeholders', 'Claimants', 'harm'], label: 'Stakeholder "Claimants": harm', after: 'Wrong denial' },
    ]);
  });

  it('counts keys the model does not know as changes, in records, in nested objects and at the top', () => {
    const before = workbook({ people: [person('p-1')] });
    const after = { ...workbook({ people: [{ ...person('p-1'), pronouns: 'she/her' } as never] }), 'x-theme': 'dark' } as Workbook;
    const c = compareWorkbooks(before, after, findLoadProblems);
    expect(c.records.map((r) => r.fields)).toEqual([
      [{ type: 'value', path: ['x-theme'], label: 'Field "x-theme" (not known to this version)', after: 'dark' }],
      [{ type: 'value', path: ['pronouns'], label: 'Field "pronouns" (not known to this version)', after: 'she/her' }],
    ]);
    const m = (extra: object) => withMetric(completeMetric('m-1', { kill: { threshold: 12, ...extra } as never }));
    expect(fieldsOf(m({}), m({ severity: 2 }))).toEqual([
      { type: 'value', path: ['kill', 'severity'], label: 'Kill criterion: field "severity" (not known to this version)', after: 2 },
    ]);
  });

  it('reports a key the model does not know inside the workflow as a field of the workbook', () => {
    const before = workbook();
    const after = workbook({ workflow: { lanes: [], nodes: [], edges: [], 'x-grid': 20 } as never });
    const c = compareWorkbooks(before, after, findLoadProblems);
    expect(c.records.map((r) => [r.kind, r.fields])).toEqual([
      ['workbook', [{ type: 'value', path: ['workflow', 'x-grid'], label: 'Workflow: field "x-grid" (not known to this version)', after: 20 }]],
    ]);
  });
});
