/**
 * Derived values of the Owners stage, memoized so that a click in the RACI matrix re-renders
 * one row: each subject's entries keep their array while unchanged (a row compares them by
 * identity), and the list of rows and the subjects' titles keep theirs while no decision,
 * metric or roadmap item is added, removed or renamed.
 */
import { raciBySubject } from '../../../../shared/logic';
import type { Raci, Workbook } from '../../../../shared/model';
import { deriveReadiness, memoByWorkbook } from '../../../state/selectors';
import type { SubjectKind } from './labels';

export type MatrixRow =
  | { readonly kind: 'group'; readonly group: SubjectKind; readonly count: number }
  | { readonly kind: 'subject'; readonly group: SubjectKind; readonly id: string };

export const NO_ENTRIES: readonly Raci[] = [];

let lastRaci: readonly Raci[] | null = null;
let lastEntries = new Map<string, readonly Raci[]>();

const sameList = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Each subject's RACI entries; a subject's array is the same object while its entries are. */
export function entriesBySubject(w: Workbook): ReadonlyMap<string, readonly Raci[]> {
  if (w.raci === lastRaci) return lastEntries;
  const next = new Map<string, readonly Raci[]>();
  for (const [id, entries] of raciBySubject(w.raci)) {
    const before = lastEntries.get(id);
    next.set(id, before && sameList(before, entries) ? before : entries);
  }
  lastRaci = w.raci;
  lastEntries = next;
  return next;
}

let lastRows: readonly MatrixRow[] = [];

/** The matrix's rows: a heading row per kind of subject that has any, then its subjects in file order. */
export const deriveMatrixRows = memoByWorkbook((w): readonly MatrixRow[] => {
  const rows: MatrixRow[] = [];
  const group = (kind: SubjectKind, ids: readonly string[]) => {
    if (ids.length === 0) return;
    rows.push({ kind: 'group', group: kind, count: ids.length });
    for (const id of ids) rows.push({ kind: 'subject', group: kind, id });
  };
  group('decision', w.decisions.map((d) => d.id));
  group('metric', w.metrics.map((m) => m.id));
  group('roadmap', w.roadmap.map((r) => r.id));
  const same = rows.length === lastRows.length && rows.every((r, i) => {
    const l = lastRows[i]!;
    return r.kind === l.kind && r.group === l.group && (r.kind === 'group' ? r.count === (l as typeof r).count : r.id === (l as typeof r).id);
  });
  if (!same) lastRows = rows;
  return lastRows;
});

/** Every subject's title by id (a blank title reads as the id, as readiness words it). */
export const deriveSubjectTitles = memoByWorkbook((w) => {
  const titles = new Map<string, string>();
  for (const d of w.decisions) titles.set(d.id, d.title.trim() || d.id);
  for (const m of w.metrics) titles.set(m.id, m.name.trim() || m.id);
  for (const r of w.roadmap) titles.set(r.id, r.title.trim() || r.id);
  return titles;
});

/** Readiness's gaps under question 4, the owners (load problems included). */
export const deriveOwnerGaps = memoByWorkbook((w) => deriveReadiness(w).gaps.filter((g) => g.question === 'owners'));
