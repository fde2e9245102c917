/**
 * Checks zod cannot express: ids unique across every record of the workbook (parking-lot items
 * included), and each sprint day listed once.
 */
import { pointer, type Workbook } from '../model';
import type { Fault } from './faults';

export function findDuplicateIds(w: Workbook): Fault[] {
  const faults: Fault[] = [];
  const seen = new Map<string, string>();
  const visit = (records: readonly { id: string }[], ...base: string[]) =>
    records.forEach((r, i) => {
      const at = pointer(...base, i, 'id');
      const first = seen.get(r.id);
      if (first === undefined) seen.set(r.id, at);
      else faults.push({ path: at, message: `The id "${r.id}" is already used at ${first}; ids must be unique across the workbook` });
    });
  visit(w.people, 'people');
  visit(w.workflow.lanes, 'workflow', 'lanes');
  visit(w.workflow.nodes, 'workflow', 'nodes');
  visit(w.workflow.edges, 'workflow', 'edges');
  visit(w.decisions, 'decisions');
  visit(w.metrics, 'metrics');
  visit(w.roadmap, 'roadmap');
  visit(w.parkingLot, 'parkingLot');
  return faults;
}

export function findDuplicateDays(w: Workbook): Fault[] {
  const seen = new Set<number>();
  const faults: Fault[] = [];
  w.sprint.days.forEach((d, i) => {
    if (seen.has(d.day)) faults.push({ path: pointer('sprint', 'days', i, 'day'), message: `Day ${d.day} is listed more than once` });
    seen.add(d.day);
  });
  return faults;
}
