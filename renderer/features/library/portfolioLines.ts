/**
 * The library's portfolio view as data (issue 15): one line per workbook from its kept summary
 * (renderer/db/summaries), with the same columns as `sprintbook portfolio`'s rows (title,
 * organization, verdict, blockers per question, triggered kill criteria, the next gate and its
 * date, the last change), the next gate picked for `today` by shared/logic's `nextGateOf`; and
 * sorting by any column and filtering by verdict and organization. Pure, so tests read it.
 */
import { nextGateOf, type NextGate, type Verdict } from '../../../shared/logic';
import type { Question } from '../../../shared/model';
import type { LibraryEntry } from '../../db/summaries';

export interface PortfolioLine {
  readonly id: string;
  readonly title: string;
  readonly organization: string | null;
  /** `unknown` for a workbook kept by a newer Sprintbook, whose facts this version cannot tell. */
  readonly verdict: Verdict | 'unknown';
  readonly blockers: Readonly<Record<Question, number>> | null;
  readonly killsTriggered: readonly string[];
  readonly nextGate: NextGate | null;
  readonly updatedAt: string;
  readonly newer: boolean;
}

export function portfolioLine(entry: LibraryEntry, today: string, currentSchema: number): PortfolioLine {
  const facts = entry.portfolio;
  return {
    id: entry.id,
    title: entry.title,
    organization: facts ? facts.organization : entry.organization?.trim() || null,
    verdict: facts?.verdict ?? 'unknown',
    blockers: facts?.blockers ?? null,
    killsTriggered: facts?.killsTriggered ?? [],
    nextGate: facts ? nextGateOf(facts.gates, today) : null,
    updatedAt: entry.updatedAt,
    newer: entry.schemaVersion > currentSchema,
  };
}

export type SortKey = 'title' | 'organization' | 'verdict' | 'blockers' | 'kills' | 'nextGate' | 'updatedAt';
export interface Sort { readonly key: SortKey; readonly descending: boolean }

/** Worst first when ascending: a portfolio is read for what needs attention. */
const VERDICT_ORDER: Readonly<Record<PortfolioLine['verdict'], number>> = { stop: 0, 'not-ready': 1, ready: 2, unknown: 3 };

const text = (a: string | null, b: string | null) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
const total = (l: PortfolioLine) => (l.blockers ? Object.values(l.blockers).reduce((n, b) => n + b, 0) : -1);
/** The gate's date, or its week for a sprint without a start date (after every dated one); none last. */
const gateKey = (g: NextGate | null) => (g === null ? '\uffff' : g.startDate ?? `~week ${String(g.startWeek).padStart(4, '0')}`);

const COMPARE: Readonly<Record<SortKey, (a: PortfolioLine, b: PortfolioLine) => number>> = {
  title: (a, b) => text(a.title, b.title),
  organization: (a, b) => text(a.organization, b.organization),
  verdict: (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict],
  blockers: (a, b) => total(a) - total(b),
  kills: (a, b) => a.killsTriggered.length - b.killsTriggered.length,
  nextGate: (a, b) => (gateKey(a.nextGate) < gateKey(b.nextGate) ? -1 : gateKey(a.nextGate) > gateKey(b.nextGate) ? 1 : 0),
  updatedAt: (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0),
};

/** Sorted by `sort`, ties by title: a stable order a person can find a line in. */
export function sortLines(lines: readonly PortfolioLine[], sort: Sort): PortfolioLine[] {
  const sign = sort.descending ? -1 : 1;
  return [...lines].sort((a, b) => sign * COMPARE[sort.key](a, b) || text(a.title, b.title));
}

export interface Filters {
  /** Null: every verdict. */
  readonly verdict: PortfolioLine['verdict'] | null;
  /** Null: every organization; '' : workbooks naming none. */
  readonly organization: string | null;
}

export function filterLines(lines: readonly PortfolioLine[], filters: Filters): PortfolioLine[] {
  return lines.filter((l) =>
    (filters.verdict === null || l.verdict === filters.verdict) &&
    (filters.organization === null || (l.organization ?? '') === filters.organization));
}

/** The organizations to filter by, in alphabetical order; '' stands for "none named" when some workbook names none. */
export function organizationsOf(lines: readonly PortfolioLine[]): string[] {
  const named = [...new Set(lines.map((l) => l.organization ?? ''))];
  return named.sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
}

/** Today as YYYY-MM-DD in the reader's time zone: which gates have passed. */
export function localToday(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
