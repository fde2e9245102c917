/** The three-way rule for one value: whichever side changed it wins; both changed alike agree; both changed differently conflict. */
import { sameValue } from '../compare/values';

export type Changed = 'neither-or-alike' | 'ours' | 'theirs' | 'both';

export function whoChanged(base: unknown, ours: unknown, theirs: unknown): Changed {
  if (sameValue(ours, theirs)) return 'neither-or-alike';
  if (sameValue(base, ours)) return 'theirs';
  if (sameValue(base, theirs)) return 'ours';
  return 'both';
}

/** The later of two RFC 3339 instants; at the same instant the greater text, so the answer does not depend on the order. */
export function later(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string' || typeof b !== 'string') return a ?? b;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta > tb ? a : b;
  return a >= b ? a : b;
}
