import { describe, expect, it } from 'vitest';
import type { NextGate } from '../../../../../shared/logic';
import { filterLines, organizationsOf, sortLines, type PortfolioLine } from '../../../../../renderer/features/library/portfolioLines';

const gate = (startDate: string | null, startWeek = 1): NextGate => ({ itemId: 'r', title: 'Gate', startWeek, startDate, blocked: false });
const line = (id: string, over: Partial<PortfolioLine> = {}): PortfolioLine => ({
  id, title: id, organization: null, verdict: 'ready', blockers: { workflow: 0, tiers: 0, baselines: 0, owners: 0 },
  killsTriggered: [], nextGate: null, updatedAt: '2026-01-01T00:00:00Z', newer: false, ...over,
});

const LINES = [
  line('Beta', { organization: 'Northwind', verdict: 'not-ready', blockers: { workflow: 2, tiers: 1, baselines: 0, owners: 0 }, nextGate: gate('2026-06-01'), updatedAt: '2026-03-01T00:00:00Z' }),
  line('alpha', { organization: 'Contoso', verdict: 'stop', killsTriggered: ['Error rate'], nextGate: gate(null, 4), updatedAt: '2026-02-01T00:00:00Z' }),
  line('Gamma', { verdict: 'ready', nextGate: gate('2026-05-01'), updatedAt: '2026-04-01T00:00:00Z' }),
  line('Delta', { organization: 'Northwind', verdict: 'unknown', blockers: null, newer: true }),
];
const ids = (ls: readonly PortfolioLine[]) => ls.map((l) => l.id);

describe('the portfolio view', () => {
  it('sorts by title regardless of case, and backwards on the second click', () => {
    expect(ids(sortLines(LINES, { key: 'title', descending: false }))).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
    expect(ids(sortLines(LINES, { key: 'title', descending: true }))).toEqual(['Gamma', 'Delta', 'Beta', 'alpha']);
  });

  it('sorts by verdict worst first, a verdict it cannot tell last', () => {
    expect(ids(sortLines(LINES, { key: 'verdict', descending: false }))).toEqual(['alpha', 'Beta', 'Gamma', 'Delta']);
  });

  it('sorts by the next gate by date, undated gates after dated ones, none last', () => {
    expect(ids(sortLines(LINES, { key: 'nextGate', descending: false }))).toEqual(['Gamma', 'Beta', 'alpha', 'Delta']);
  });

  it('sorts by blockers, kill criteria, organization and last change', () => {
    expect(ids(sortLines(LINES, { key: 'blockers', descending: true }))[0]).toBe('Beta');
    expect(ids(sortLines(LINES, { key: 'kills', descending: true }))[0]).toBe('alpha');
    expect(ids(sortLines(LINES, { key: 'organization', descending: false }))).toEqual(['alpha', 'Beta', 'Delta', 'Gamma']);
    expect(ids(sortLines(LINES, { key: 'updatedAt', descending: true }))).toEqual(['Gamma', 'Beta', 'alpha', 'Delta']);
  });

  it('filters by verdict and by organization, together', () => {
    expect(ids(filterLines(LINES, { verdict: 'stop', organization: null }))).toEqual(['alpha']);
    expect(ids(filterLines(LINES, { verdict: null, organization: 'Northwind' }))).toEqual(['Beta', 'Delta']);
    expect(ids(filterLines(LINES, { verdict: 'not-ready', organization: 'Northwind' }))).toEqual(['Beta']);
    expect(ids(filterLines(LINES, { verdict: null, organization: '' }))).toEqual(['Gamma']);
  });

  it('offers each organization once to filter by, "none named" last', () => {
    expect(organizationsOf(LINES)).toEqual(['Contoso', 'Northwind', '']);
  });
});
