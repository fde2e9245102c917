/**
 * Where a person is named in a workbook, so that removing someone still referenced can be
 * refused with the places to change first (a dangling reference would block readiness).
 * The audit trail is history and may name people removed since: it does not count.
 */
import { pointer, type Workbook } from '../../../shared/model';

export interface PersonReference {
  /** For people: "Escalation for decision “Refund over $500”". */
  readonly where: string;
  /** JSON pointer of the field. */
  readonly path: string;
}

export function personReferences(w: Workbook, personId: string): PersonReference[] {
  const refs: PersonReference[] = [];
  const at = (ref: string | undefined, where: string, ...path: (string | number)[]) => {
    if (ref === personId) refs.push({ where, path: pointer(...path) });
  };
  at(w.sprint.facilitatorId, 'Facilitator of the sprint', 'sprint', 'facilitatorId');
  w.decisions.forEach((d, i) => {
    at(d.outputOwnerId, `Owner of the output of decision “${d.title}”`, 'decisions', i, 'outputOwnerId');
    at(d.overrideById, `Can override decision “${d.title}”`, 'decisions', i, 'overrideById');
    at(d.escalateToId, `Escalation for decision “${d.title}”`, 'decisions', i, 'escalateToId');
  });
  w.metrics.forEach((m, i) => at(m.ownerId, `Owner of metric “${m.name}”`, 'metrics', i, 'ownerId'));
  at(w.ownership.workflowOwnerId, 'Workflow owner', 'ownership', 'workflowOwnerId');
  at(w.ownership.governanceOwnerId, 'Governance owner', 'ownership', 'governanceOwnerId');
  w.ownership.escalationPath.forEach((id, j) => at(id, `Step ${j + 1} of the escalation path`, 'ownership', 'escalationPath', j));
  w.raci.forEach((r, i) => at(r.personId, `${RACI_ROLE[r.role]} for ${subjectName(w, r.subjectId)} in the RACI`, 'raci', i, 'personId'));
  w.roadmap.forEach((r, i) => at(r.ownerId, `Owner of roadmap item “${r.title}”`, 'roadmap', i, 'ownerId'));
  return refs;
}

const RACI_ROLE = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' } as const;

/** "decision “Refund over $500”", or the bare id of a subject the workbook no longer has. */
function subjectName(w: Workbook, id: string): string {
  const d = w.decisions.find((x) => x.id === id);
  if (d) return `decision “${d.title}”`;
  const m = w.metrics.find((x) => x.id === id);
  if (m) return `metric “${m.name}”`;
  const r = w.roadmap.find((x) => x.id === id);
  return r ? `roadmap item “${r.title}”` : `“${id}”`;
}
