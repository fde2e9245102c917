/**
 * Dangling references and dependency cycles: the problems of a workbook that still opens
 * (with reversed periods, gathered by `findLoadProblems`).
 * Each names its JSON pointer and the readiness question it blocks (DOMAIN.md: edges, lanes
 * and a decision's node → workflow; a decision's people → tiers; a metric's decisions →
 * baselines; every other person reference, the RACI and the roadmap → owners).
 * The audit trail is history: it may name records deleted since, so it is not checked.
 */
import {
  findCycles, findReferences, nameOwner, pointer, recordIds, recordsOf, targetWords,
  type Problem, type RecordKind, type TargetKind, type Workbook,
} from '../model';

/** Every reference of `w` that names a record it does not have (the table in shared/model/references.ts). */
export function findReferenceProblems(w: Workbook): Problem[] {
  const ids = new Map<TargetKind, ReadonlySet<string>>();
  const known = (t: TargetKind): ReadonlySet<string> => {
    let set = ids.get(t);
    if (!set) {
      set = t === 'record' ? recordIds(w) : new Set(recordsOf(w, t as RecordKind).map((r) => r.id as string));
      ids.set(t, set);
    }
    return set;
  };
  const problems: Problem[] = [];
  for (const f of findReferences(w)) {
    const { reference: r } = f;
    if (r.targets.some((t) => known(t).has(f.value))) continue;
    const owner = nameOwner(r.owner, f.record, f.index, 'loader');
    const holder = r.holder.replace('{Owner}', owner).replace('{owner}', owner.toLowerCase()).replace('{n}', String(f.index + 1));
    problems.push({
      message: `${holder} refers to ${targetWords(r.targets)} "${f.value}", which does not exist.`,
      path: f.path, subjectId: f.recordId, question: r.question,
    });
  }
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
