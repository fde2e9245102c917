/**
 * Readiness question 4, the owners: are the workflow, governance, measurement and escalation
 * owned, does every metric and roadmap item have an owner, and is every decision's RACI sound?
 */
import { pointer, type Workbook } from '../model';
import { gap, type Gap } from './gap';
import { quote } from './text';

/** How many distinct people hold `role` per subject: a person listed twice counts once. */
function peopleWithRole(w: Workbook, role: 'A' | 'R'): Map<string, Set<string>> {
  const bySubject = new Map<string, Set<string>>();
  for (const r of w.raci) {
    if (r.role !== role) continue;
    const people = bySubject.get(r.subjectId);
    if (people) people.add(r.personId); else bySubject.set(r.subjectId, new Set([r.personId]));
  }
  return bySubject;
}

export function ownerGaps(w: Workbook): Gap[] {
  const gaps: Gap[] = [];
  const add = (path: string, message: string, subjectId?: string) => gaps.push(gap('owners', 'blocker', path, message, subjectId));

  // In file order: metrics, ownership, raci, roadmap.
  w.metrics.forEach((m, i) => {
    if (m.ownerId === undefined) add(pointer('metrics', i, 'ownerId'), `Metric ${quote(m.name, m.id)} has no owner.`, m.id);
  });

  const o = w.ownership;
  if (o.workflowOwnerId === undefined) add(pointer('ownership', 'workflowOwnerId'), 'No workflow owner is named.');
  if (o.governanceOwnerId === undefined) add(pointer('ownership', 'governanceOwnerId'), 'No governance owner is named.');
  if (o.measurementCadence === undefined) add(pointer('ownership', 'measurementCadence'), 'No measurement cadence is set.');
  if (o.escalationPath.length === 0) {
    add(pointer('ownership', 'escalationPath'), 'The escalation path names no one: say who a problem goes to, first to last.');
  }

  const accountable = peopleWithRole(w, 'A');
  const responsible = peopleWithRole(w, 'R');
  const raci = pointer('raci');
  for (const d of w.decisions) {
    const a = accountable.get(d.id)?.size ?? 0;
    if (a === 0) add(raci, `Decision ${quote(d.title, d.id)} has no one accountable (A) in the RACI; it needs exactly one.`, d.id);
    else if (a > 1) add(raci, `Decision ${quote(d.title, d.id)} has ${String(a)} people accountable (A) in the RACI; it needs exactly one.`, d.id);
    if (!responsible.has(d.id)) add(raci, `Decision ${quote(d.title, d.id)} has no one responsible (R) in the RACI.`, d.id);
  }

  w.roadmap.forEach((item, i) => {
    if (item.ownerId === undefined) add(pointer('roadmap', i, 'ownerId'), `Roadmap item ${quote(item.title, item.id)} has no owner.`, item.id);
  });
  return gaps;
}
