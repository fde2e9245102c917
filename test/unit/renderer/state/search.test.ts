import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../shared/model';
import { fold, foldQuery, matchText, MatchGrade, rankOf, searchEntries, searchEntriesOf, searchWorkbook } from '../../../../renderer/state/search';
import { template } from '../helpers';

const grade = (text: string, query: string) => matchText(fold(text), foldQuery(query))?.grade ?? null;
const highlighted = (text: string, query: string) => matchText(fold(text), foldQuery(query))!.ranges.map(([a, b]) => text.slice(a, b));

describe('the search matcher', () => {
  it('ignore case and accents, and spell out ß', () => {
    expect(grade('Résumé screening', 'resume')).toBe(MatchGrade.Prefix);
    expect(grade('Müller', 'MULLER')).toBe(MatchGrade.Exact);
    expect(grade('Hauptstraße', 'STRASSE')).toBe(MatchGrade.Substring);
    expect(grade('Ångström', 'angstrom')).toBe(MatchGrade.Exact);
  });

  it('grade exact above prefix above a word’s start above anywhere', () => {
    expect(grade('Refund', 'refund')).toBe(MatchGrade.Exact);
    expect(grade('Refund over limit', 'refund')).toBe(MatchGrade.Prefix);
    expect(grade('Approve a refund', 'refund')).toBe(MatchGrade.WordPrefix);
    expect(grade('Prerefunded', 'refund')).toBe(MatchGrade.Substring);
    expect(grade('Approve', 'refund')).toBeNull();
  });

  it('collapse whitespace in text and query alike', () => {
    expect(grade('  Triage\n  queue ', 'triage   queue')).toBe(MatchGrade.Exact);
  });

  it('point its ranges at the original text, accents and all', () => {
    expect(highlighted('Le résumé final', 'resume')).toEqual(['résumé']);
    expect(highlighted('Große Straße', 'strasse')).toEqual(['Straße']);
  });

  it('match nothing for a blank query', () => {
    expect(grade('anything', '   ')).toBeNull();
    expect(searchWorkbook(template('support-triage'), ' ')).toEqual([]);
  });
});

describe('searching a workbook', () => {
  const base = template('support-triage');
  const w: Workbook = {
    ...base,
    metrics: [...base.metrics, {
      id: 'm-x', name: 'Reopen rate', kind: 'rework-rate', unit: '%', direction: 'decrease', decisionIds: [], observations: [],
      baseline: { value: 4, source: 'Zendesk export' },
    }],
    parkingLot: [{ id: 'q-1', text: 'Who owns the Zendesk macros?', raisedAt: '2026-11-02T09:00:00Z', raisedBy: 'Renée', status: 'open' }],
  };

  it('cover every kind of record the issue names', () => {
    const kinds = new Set(searchEntries(w).map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['decision', 'lane', 'metric', 'node', 'parkingItem', 'person', 'roadmapItem']);
  });

  it('find a record by a field other than its name, and say which field and where it lives', () => {
    const hit = searchWorkbook(w, 'zendesk export')[0]!;
    expect(hit.entry).toMatchObject({ kind: 'metric', id: 'm-x', title: 'Reopen rate', place: 'Metrics', stage: 'metrics' });
    expect(hit.field).toMatchObject({ field: 'baseline/source', label: 'Baseline source' });
  });

  it('rank a match in a name above the same or a slightly better match in another field', () => {
    // q-1's name has a word starting with "zendesk"; m-x's baseline source starts with it.
    const hits = searchWorkbook(w, 'zendesk');
    expect(hits.map((h) => h.entry.id).slice(0, 2)).toEqual(['q-1', 'm-x']);
    expect(hits[0]).toMatchObject({ grade: MatchGrade.WordPrefix, inTitle: true });
    expect(hits[1]).toMatchObject({ grade: MatchGrade.Prefix, inTitle: false });
    expect(rankOf({ grade: MatchGrade.Exact, inTitle: false })).toBeLessThan(rankOf({ grade: MatchGrade.WordPrefix, inTitle: true }));
  });

  it('rank exact above prefix above a word’s start above anywhere, among names', () => {
    const named = (id: string, name: string) => ({
      id, name, kind: 'custom' as const, unit: '', direction: 'decrease' as const, decisionIds: [], observations: [],
    });
    const v: Workbook = { ...w, metrics: [named('a', 'Prerefund'), named('b', 'Late refund'), named('c', 'Refund rate'), named('d', 'Refund')] };
    expect(searchWorkbook(v, 'refund').filter((h) => h.entry.kind === 'metric').map((h) => h.entry.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('find a map node by its label with its lane in the place, and a parked question by who raised it', () => {
    const node = w.workflow.nodes.find((n) => n.laneId && n.label.length > 3)!;
    const lane = w.workflow.lanes.find((l) => l.id === node.laneId)!;
    const hit = searchWorkbook(w, node.label).find((h) => h.entry.id === node.id)!;
    expect(hit.grade).toBe(MatchGrade.Exact);
    expect(hit.entry.place).toContain(`Map › ${lane.name}`);
    expect(searchWorkbook(w, 'renee')[0]!.entry).toMatchObject({ kind: 'parkingItem', id: 'q-1', stage: null, place: 'Parking lot › open' });
  });

  it('find a record whose words are spread over its fields, below every closer match', () => {
    const hits = searchWorkbook(w, 'reopen zendesk');
    expect(hits[0]!.entry.id).toBe('m-x');
    expect(hits[0]!.grade).toBe(MatchGrade.Words);
  });

  it('build the entries once per workbook, and afresh for an edited one', () => {
    expect(searchEntriesOf(w)).toBe(searchEntriesOf(w));
    const renamed: Workbook = { ...w, metrics: w.metrics.map((m) => (m.id === 'm-x' ? { ...m, name: 'Tickets reopened' } : m)) };
    expect(searchWorkbook(renamed, 'tickets reopened')[0]!.entry.id).toBe('m-x');
  });
});
