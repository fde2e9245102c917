/**
 * Editing roadmap dependencies safely: a dependency that would close a cycle is refused at
 * the moment it would be made, naming the cycle, instead of surfacing later as a schedule
 * problem.
 */
import type { RoadmapItem } from '../model';

export type DependencyCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'self' | 'unknown' | 'duplicate' | 'cycle'; readonly message: string; readonly cycle: readonly string[] };

/** May `itemId` depend on `dependsOnId`? If not, why (and for a cycle, its items in order). */
export function checkDependency(items: readonly RoadmapItem[], itemId: string, dependsOnId: string): DependencyCheck {
  const byId = new Map(items.map((r) => [r.id, r]));
  const item = byId.get(itemId), target = byId.get(dependsOnId);
  const title = (id: string) => `"${byId.get(id)?.title ?? id}"`;
  if (!item || !target) return { ok: false, reason: 'unknown', message: 'Both items must be on the roadmap.', cycle: [] };
  if (itemId === dependsOnId) return { ok: false, reason: 'self', message: `${title(itemId)} cannot depend on itself.`, cycle: [itemId] };
  if (item.dependsOn.includes(dependsOnId)) return { ok: false, reason: 'duplicate', message: `${title(itemId)} already depends on ${title(dependsOnId)}.`, cycle: [] };
  // A path from the target back to the item, through existing dependencies, closes a cycle.
  const path = findPath(byId, dependsOnId, itemId);
  if (!path) return { ok: true };
  const cycle = [itemId, ...path.slice(0, -1)];
  return {
    ok: false, reason: 'cycle', cycle,
    message: `That would make a cycle: ${[...cycle, itemId].map(title).join(' → ')}. An item cannot wait, even indirectly, for itself.`,
  };
}

/** The items from `from` to `to` following `dependsOn`, both included, or null. */
function findPath(byId: ReadonlyMap<string, RoadmapItem>, from: string, to: string): string[] | null {
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === to) {
      const path: string[] = [];
      for (let at: string | null = id; at !== null; at = previous.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const next of byId.get(id)?.dependsOn ?? []) {
      if (!previous.has(next) && byId.has(next)) { previous.set(next, id); queue.push(next); }
    }
  }
  return null;
}
