/**
 * What a row says about the rule "exactly one A, at least one R", in words. For a decision a
 * broken rule blocks readiness; metrics and roadmap items may have a RACI too, and the same rule
 * is advice there, said only once someone is on the row.
 */
import { raciCounts, raciProblems } from '../../../../shared/logic';
import type { Raci } from '../../../../shared/model';
import { problemWords, type SubjectKind } from '../common/labels';

export interface RowStatus {
  readonly tone: 'good' | 'bad' | 'warn' | 'quiet';
  readonly text: string;
}

export function rowStatus(kind: SubjectKind, entries: readonly Raci[]): RowStatus {
  if (kind !== 'decision' && entries.length === 0) return { tone: 'quiet', text: 'Optional: not needed for readiness' };
  const counts = raciCounts(entries);
  const problems = raciProblems(counts);
  if (problems.length > 0) return { tone: kind === 'decision' ? 'bad' : 'warn', text: problems.map(problemWords).join(' · ') };
  return { tone: 'good', text: `Sound: 1 A, ${counts.responsible} R` };
}
