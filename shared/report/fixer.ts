/**
 * Who fixes a gap, as page 1 names them. The record's own owner when it has one that is in
 * the workbook (a metric's owner for its baseline, target, kill criterion or RACI; a roadmap
 * item's owner for its dependencies and gate), else the owner of the question: the workflow
 * owner for the workflow, the governance owner for everything else (risk tiers, the owners
 * question, and a metric or item without an owner). When that person is not named either, the
 * governance owner stands in, and when no one is, the document says whom to name first.
 */
import type { Workbook } from '../model';
import type { Gap } from '../logic';

export interface Fixer {
  /** Absent when no one is named for the role. */
  readonly personId?: string;
  /** The role in words: "the metric’s owner", "the workflow owner", "the governance owner". */
  readonly role: string;
}

export function fixerOf(w: Workbook, gap: Pick<Gap, 'question' | 'subjectId'>): Fixer {
  const known = (id: string | undefined) => (id !== undefined && w.people.some((p) => p.id === id) ? id : undefined);
  const governance = known(w.ownership.governanceOwnerId);
  const orGovernance = (personId: string | undefined, role: string): Fixer =>
    personId !== undefined ? { personId, role } : governance !== undefined ? { personId: governance, role: 'the governance owner' } : { role: 'the governance owner' };

  if (gap.subjectId !== undefined && gap.question !== 'workflow' && gap.question !== 'tiers') {
    const metricOwner = known(w.metrics.find((m) => m.id === gap.subjectId)?.ownerId);
    if (metricOwner !== undefined) return { personId: metricOwner, role: 'the metric’s owner' };
    const itemOwner = known(w.roadmap.find((r) => r.id === gap.subjectId)?.ownerId);
    if (itemOwner !== undefined) return { personId: itemOwner, role: 'the item’s owner' };
  }
  if (gap.question === 'workflow') return orGovernance(known(w.ownership.workflowOwnerId), 'the workflow owner');
  return orGovernance(undefined, 'the governance owner');
}
