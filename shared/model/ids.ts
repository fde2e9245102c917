/** Record ids: the pattern DOMAIN.md allows, and fresh ids that never collide. */
import type { Workbook } from './types';

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Every record id of a workbook (people, lanes, nodes, edges, decisions, metrics, roadmap items, parking-lot items). */
export function recordIds(w: Workbook): Set<string> {
  const ids = new Set<string>();
  for (const list of [w.people, w.workflow.lanes, w.workflow.nodes, w.workflow.edges, w.decisions, w.metrics, w.roadmap, w.parkingLot]) {
    for (const r of list) ids.add(r.id);
  }
  return ids;
}

/**
 * A new id with `prefix` that is not in `taken`, and is added to it so that a caller
 * making several ids in a row never gets the same one twice.
 */
export function freshId(prefix: string, taken: Set<string>): string {
  const base = prefix.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 48) || 'id';
  let n = 1;
  let id = `${base}-${n}`;
  while (taken.has(id)) id = `${base}-${++n}`;
  taken.add(id);
  return id;
}
