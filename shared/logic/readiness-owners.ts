/**
 * Readiness question 4, the owners: are the workflow, governance, measurement and escalation
 * owned, does every metric and roadmap item have an owner, and is every decision's RACI sound?
 */
import { pointer, type Workbook } from '../model';
import { gap, type Gap } from './gap';
import { raciBySubject, raciCounts, raciProblems } from './raci';
import { quote } from './text';

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

  // The rule itself lives in raci.ts, shared with the Owners stage's matrix.
  const bySubject = raciBySubject(w.raci);
  const raci = pointer('raci');
  for (const d of w.decisions) {
    const name = quote(d.title, d.id);
    for (const problem of raciProblems(raciCounts(bySubject.get(d.id) ?? []))) {
      if (problem.kind === 'no-accountable') add(raci, `Decision ${name} has no one accountable (A) in the RACI; it needs exactly one.`, d.id);
      else if (problem.kind === 'many-accountable') add(raci, `Decision ${name} has ${String(problem.count)} people accountable (A) in the RACI; it needs exactly one.`, d.id);
      else add(raci, `Decision ${name} has no one responsible (R) in the RACI.`, d.id);
    }
  }

  w.roadmap.forEach((item, i) => {
    if (item.ownerId === undefined) add(pointer('roadmap', i, 'ownerId'), `Roadmap item ${quote(item.title, item.id)} has no owner.`, item.id);
  });
  return gaps;
}
