/**
 * Dangling references and dependency cycles: the problems of a workbook that still opens
 * (with reversed periods, gathered by `findLoadProblems`).
 * Each names its JSON pointer and the readiness question it blocks (DOMAIN.md: edges, lanes
 * and a decision's node → workflow; a decision's people → tiers; a metric's decisions →
 * baselines; every other person reference, the RACI and the roadmap → owners).
 * The audit trail is history: it may name records deleted since, so it is not checked.
 */
import { findCycles, pointer, recordIds, type Problem, type Question, type Workbook } from '../model';

export function findReferenceProblems(w: Workbook): Problem[] {
  const problems: Problem[] = [];
  const people = new Set(w.people.map((p) => p.id));
  const lanes = new Set(w.workflow.lanes.map((l) => l.id));
  const nodes = new Set(w.workflow.nodes.map((n) => n.id));
  const decisions = new Set(w.decisions.map((d) => d.id));
  const metrics = new Set(w.metrics.map((m) => m.id));
  const items = new Set(w.roadmap.map((r) => r.id));

  const check = (ref: string | undefined, known: Set<string>, what: string, question: Question,
    owner: string, subjectId: string | undefined, ...path: (string | number)[]) => {
    if (ref === undefined || known.has(ref)) return;
    problems.push({ message: `${owner} refers to ${what} "${ref}", which does not exist.`, path: pointer(...path), subjectId, question });
  };

  check(w.sprint.facilitatorId, people, 'person', 'owners', 'The sprint facilitator', undefined, 'sprint', 'facilitatorId');

  w.workflow.nodes.forEach((n, i) =>
    check(n.laneId, lanes, 'lane', 'workflow', `Node "${n.label}"`, n.id, 'workflow', 'nodes', i, 'laneId'));
  w.workflow.edges.forEach((e, i) => {
    check(e.from, nodes, 'node', 'workflow', `Connector "${e.id}"`, e.id, 'workflow', 'edges', i, 'from');
    check(e.to, nodes, 'node', 'workflow', `Connector "${e.id}"`, e.id, 'workflow', 'edges', i, 'to');
  });

  w.decisions.forEach((d, i) => {
    const who = `Decision "${d.title}"`;
    check(d.nodeId, nodes, 'node', 'workflow', who, d.id, 'decisions', i, 'nodeId');
    check(d.outputOwnerId, people, 'person', 'tiers', who, d.id, 'decisions', i, 'outputOwnerId');
    check(d.overrideById, people, 'person', 'tiers', who, d.id, 'decisions', i, 'overrideById');
    check(d.escalateToId, people, 'person', 'tiers', who, d.id, 'decisions', i, 'escalateToId');
  });

  w.metrics.forEach((m, i) => {
    const who = `Metric "${m.name}"`;
    m.decisionIds.forEach((ref, j) => check(ref, decisions, 'decision', 'baselines', who, m.id, 'metrics', i, 'decisionIds', j));
    check(m.ownerId, people, 'person', 'owners', who, m.id, 'metrics', i, 'ownerId');
  });

  const o = w.ownership;
  check(o.workflowOwnerId, people, 'person', 'owners', 'The workflow owner', undefined, 'ownership', 'workflowOwnerId');
  check(o.governanceOwnerId, people, 'person', 'owners', 'The governance owner', undefined, 'ownership', 'governanceOwnerId');
  o.escalationPath.forEach((ref, j) => check(ref, people, 'person', 'owners', 'The escalation path', undefined, 'ownership', 'escalationPath', j));

  const subjects = new Set([...decisions, ...metrics, ...items]);
  w.raci.forEach((r, i) => {
    check(r.subjectId, subjects, 'decision, metric or roadmap item', 'owners', `RACI entry ${i + 1}`, r.subjectId, 'raci', i, 'subjectId');
    check(r.personId, people, 'person', 'owners', `RACI entry ${i + 1}`, r.subjectId, 'raci', i, 'personId');
  });

  w.roadmap.forEach((r, i) => {
    const who = `Roadmap item "${r.title}"`;
    r.dependsOn.forEach((ref, j) => check(ref, items, 'roadmap item', 'owners', who, r.id, 'roadmap', i, 'dependsOn', j));
    check(r.ownerId, people, 'person', 'owners', who, r.id, 'roadmap', i, 'ownerId');
    r.decisionIds.forEach((ref, j) => check(ref, decisions, 'decision', 'owners', who, r.id, 'roadmap', i, 'decisionIds', j));
    r.metricIds.forEach((ref, j) => check(ref, metrics, 'metric', 'owners', who, r.id, 'roadmap', i, 'metricIds', j));
    r.gate?.metricIds.forEach((ref, j) => check(ref, metrics, 'metric', 'owners', `The gate of ${who.toLowerCase()}`, r.id, 'roadmap', i, 'gate', 'metricIds', j));
  });

  // A parking-lot item may become any kind of record (a decision, a metric, a roadmap item, a person …).
  const converted = w.parkingLot.some((p) => p.convertedTo !== undefined) ? recordIds(w) : new Set<string>();
  w.parkingLot.forEach((p, i) =>
    check(p.convertedTo, converted, 'record', 'owners', `Parking-lot item "${p.text}"`, p.id, 'parkingLot', i, 'convertedTo'));
  w.signoffs.forEach((s, i) => check(s.personId, people, 'person', 'owners', `Sign-off ${i + 1}`, undefined, 'signoffs', i, 'personId'));

  problems.push(...findDependencyCycles(w));
  return problems;
}

/** One problem per dependency cycle, naming its items. */
export function findDependencyCycles(w: Workbook): Problem[] {
  const byId = new Map(w.roadmap.map((r, i) => [r.id, { r, i }]));
  const cycles = findCycles(w.roadmap.map((r) => r.id), (id) => byId.get(id)?.r.dependsOn ?? []);
  return cycles.map((cycle) => {
    const first = byId.get(cycle[0]!)!;
    const names = cycle.map((id) => `"${byId.get(id)!.r.title}" (${id})`).join(', ');
    return {
      message: cycle.length === 1
        ? `Roadmap item ${names} depends on itself.`
        : `Roadmap items ${names} depend on each other in a cycle.`,
      path: pointer('roadmap', first.i, 'dependsOn'),
      subjectId: first.r.id,
      question: 'owners' as const,
    };
  });
}
