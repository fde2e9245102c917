/**
 * The RACI rule of readiness question 4, in one place: a subject (a decision; metrics and
 * roadmap items may follow the same rule) needs exactly one person accountable (A) and at
 * least one responsible (R). People are counted, not entries: someone listed twice as A is
 * one person. Readiness words the problems as gaps; the Owners stage shows them in the row.
 */
import type { Raci } from '../model';

export interface RaciCounts {
  /** Distinct people accountable (A). */
  readonly accountable: number;
  /** Distinct people responsible (R). */
  readonly responsible: number;
}

export type RaciProblem =
  | { readonly kind: 'no-accountable' }
  | { readonly kind: 'many-accountable'; readonly count: number }
  | { readonly kind: 'no-responsible' };

/** The entries of each subject, in file order. */
export function raciBySubject(raci: readonly Raci[]): Map<string, Raci[]> {
  const bySubject = new Map<string, Raci[]>();
  for (const r of raci) {
    const entries = bySubject.get(r.subjectId);
    if (entries) entries.push(r); else bySubject.set(r.subjectId, [r]);
  }
  return bySubject;
}

/** How many distinct people are accountable and responsible among one subject's entries. */
export function raciCounts(entries: readonly Raci[]): RaciCounts {
  const a = new Set<string>();
  const r = new Set<string>();
  for (const e of entries) {
    if (e.role === 'A') a.add(e.personId);
    else if (e.role === 'R') r.add(e.personId);
  }
  return { accountable: a.size, responsible: r.size };
}

/** What breaks the rule, accountability first; empty when the subject is sound. */
export function raciProblems(counts: RaciCounts): RaciProblem[] {
  const problems: RaciProblem[] = [];
  if (counts.accountable === 0) problems.push({ kind: 'no-accountable' });
  else if (counts.accountable > 1) problems.push({ kind: 'many-accountable', count: counts.accountable });
  if (counts.responsible === 0) problems.push({ kind: 'no-responsible' });
  return problems;
}
