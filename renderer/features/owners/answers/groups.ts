/**
 * Readiness's owner gaps, sorted by what fixes them on the Owners stage: one of the four
 * ownership answers, an owner for a metric or roadmap item (named right here), a decision's
 * RACI row, or anything else (a dangling reference, a roadmap cycle) fixed where it lives.
 */
import type { Gap } from '../../../../shared/logic';

export const ANSWERS = [
  { field: 'workflowOwnerId', label: 'Workflow owner' },
  { field: 'governanceOwnerId', label: 'Governance owner' },
  { field: 'measurementCadence', label: 'Measurement cadence' },
  { field: 'escalationPath', label: 'Escalation path' },
] as const;

export type AnswerField = (typeof ANSWERS)[number]['field'];

export interface GapGroups {
  readonly answers: Readonly<Record<AnswerField, readonly Gap[]>>;
  readonly owners: readonly Gap[];
  /** One entry per decision: its gaps together (no A, no R). */
  readonly raci: readonly { readonly subjectId: string; readonly messages: readonly string[] }[];
  readonly other: readonly Gap[];
}

const OWNER_FIELD = /^\/(?:metrics|roadmap)\/\d+\/ownerId$/;

export function groupGaps(gaps: readonly Gap[]): GapGroups {
  const answers: Record<AnswerField, Gap[]> = { workflowOwnerId: [], governanceOwnerId: [], measurementCadence: [], escalationPath: [] };
  const owners: Gap[] = [];
  const raci = new Map<string, string[]>();
  const other: Gap[] = [];
  for (const g of gaps) {
    const field = ANSWERS.find((a) => g.path === `/ownership/${a.field}` || g.path.startsWith(`/ownership/${a.field}/`))?.field;
    if (field) answers[field].push(g);
    else if (OWNER_FIELD.test(g.path)) owners.push(g);
    else if (g.path === '/raci' && g.subjectId !== undefined) raci.set(g.subjectId, [...(raci.get(g.subjectId) ?? []), g.message]);
    else other.push(g);
  }
  return { answers, owners, raci: [...raci].map(([subjectId, messages]) => ({ subjectId, messages })), other };
}
