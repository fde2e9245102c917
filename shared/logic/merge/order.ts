/**
 * The order of a merged list. When only one side reordered what all three versions share,
 * its order is the skeleton; otherwise ours is. The other side's elements that the skeleton
 * lacks go in after their predecessor on that side, so an item added after "B" lands after
 * "B". When both sides reordered the shared elements differently, that is a conflict, and the
 * chosen side's order is the skeleton.
 */
import type { Side } from './types';

export function mergeOrder(base: readonly string[], ours: readonly string[], theirs: readonly string[],
  keep: ReadonlySet<string>, onConflict: () => Side): string[] {
  const b = new Set(base);
  const o = new Set(ours);
  const t = new Set(theirs);
  const shared = (k: string) => b.has(k) && o.has(k) && t.has(k);
  const rb = base.filter(shared);
  const ro = ours.filter(shared);
  const rt = theirs.filter(shared);
  const oursMoved = !same(ro, rb);
  const theirsMoved = !same(rt, rb);
  let skeleton: Side = theirsMoved && !oursMoved ? 'theirs' : 'ours';
  if (oursMoved && theirsMoved && !same(ro, rt)) skeleton = onConflict();
  return skeleton === 'ours' ? weave(ours, theirs, keep) : weave(theirs, ours, keep);
}

/**
 * `skeleton`'s kept keys, with `other`'s kept keys it lacks each placed after its predecessor in
 * `other`. Where the skeleton's side inserted records at that same place, its own come first
 * (ours first, then theirs' new ones), as a line-based merge does with two insertions at one spot.
 */
export function weave(skeleton: readonly string[], other: readonly string[], keep: ReadonlySet<string>): string[] {
  const kept = skeleton.filter((k) => keep.has(k));
  const position = new Map(kept.map((k, i) => [k, i]));
  const inOther = new Set(other);
  const START = '\u0000start';
  /** After `k`, past the skeleton's own insertions that follow it there. */
  const anchor = (k: string) => {
    let i = k === START ? -1 : position.get(k);
    if (i === undefined) return k;
    while (i + 1 < kept.length && !inOther.has(kept[i + 1]!)) i++;
    return i < 0 ? START : kept[i]!;
  };
  const placed = new Set(kept);
  const followers = new Map<string, string[]>();
  let predecessor = START;
  for (const k of other) {
    if (placed.has(k)) { predecessor = k; continue; }
    if (!keep.has(k)) continue;
    const at = anchor(predecessor);
    const list = followers.get(at);
    if (list) list.push(k); else followers.set(at, [k]);
    placed.add(k);
    predecessor = k;
  }
  const out: string[] = [];
  // Iterative: a side may add thousands of records in a row, each the follower of the one before.
  const emitFollowers = (k: string) => {
    const stack = [...(followers.get(k) ?? [])].reverse();
    while (stack.length > 0) {
      const f = stack.pop()!;
      out.push(f);
      const next = followers.get(f);
      if (next) for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
    }
  };
  emitFollowers(START);
  for (const k of kept) {
    out.push(k);
    emitFollowers(k);
  }
  return out;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
