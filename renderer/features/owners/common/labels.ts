/** The words of the Owners stage: cadences, RACI roles, the kinds of subject a RACI row can be. */
import type { Cadence, RaciRole } from '../../../../shared/model';
import type { RaciProblem } from '../../../../shared/logic';

export const CADENCE_LABEL: Readonly<Record<Cadence, string>> = {
  daily: 'Daily', weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', quarterly: 'Quarterly',
};

export const ROLE_NAME: Readonly<Record<RaciRole, string>> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

/** What each letter asks of a person, for the legend. */
export const ROLE_MEANING: Readonly<Record<RaciRole, string>> = {
  R: 'does the work', A: 'answers for it, one only', C: 'asked before', I: 'told after',
};

/** The legend's order is the order a click cycles through. */
export const ROLE_ORDER: readonly RaciRole[] = ['R', 'A', 'C', 'I'];

export type SubjectKind = 'decision' | 'metric' | 'roadmap';

export const SUBJECT_GROUP: Readonly<Record<SubjectKind, string>> = { decision: 'Decisions', metric: 'Metrics', roadmap: 'Roadmap items' };

/** A row's rule problem in a few words, for the row itself (readiness has the full sentence). */
export function problemWords(p: RaciProblem): string {
  if (p.kind === 'no-accountable') return 'No one accountable (A)';
  if (p.kind === 'many-accountable') return `${p.count} accountable (A): needs exactly one`;
  return 'No one responsible (R)';
}

/** A person's name as the matrix shows it; the place in the list stands in for a blank name. */
export function personName(p: { readonly name: string }, index: number): string {
  return p.name.trim() || `Person ${index + 1}`;
}
