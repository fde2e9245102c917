/**
 * Values as the comparison sees them: JSON data where an absent key and `undefined` are the
 * same thing (the model never stores `null`), compared by content, not by identity.
 */

export type Obj = Readonly<Record<string, unknown>>;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function asObj(v: unknown): Obj | undefined {
  return isObj(v) ? v : undefined;
}

export function asArray(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Own keys whose value is present (not undefined). */
export function presentKeys(o: Obj): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

/** Equal content: arrays in order, objects by their present keys in any order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (isObj(a)) {
    if (!isObj(b)) return false;
    // Counted in loops rather than with key arrays: this runs for every field of every record.
    let na = 0;
    for (const k in a) {
      if (!Object.prototype.hasOwnProperty.call(a, k) || a[k] === undefined) continue;
      na++;
      if (!Object.prototype.hasOwnProperty.call(b, k) || !sameValue(a[k], b[k])) return false;
    }
    let nb = 0;
    for (const k in b) if (Object.prototype.hasOwnProperty.call(b, k) && b[k] !== undefined) nb++;
    return na === nb;
  }
  return false;
}

/** A text that is equal for equal values (object keys sorted, absent keys left out). */
export function stableKey(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableKey).join(',')}]`;
  if (isObj(v)) return `{${presentKeys(v).sort().map((k) => `${JSON.stringify(k)}:${stableKey(v[k])}`).join(',')}}`;
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

/** `o` without the keys whose value is undefined, so "absent" stays absent in what is built. */
export function compact(o: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
