/**
 * Lists matched by key rather than by position: records by id, RACI entries by subject and
 * person, observations by date. A key that repeats in one list (two observations on one day)
 * gets its occurrence appended ("2026-04-01#2"), so every element still has a key and the
 * n-th repeat of one version meets the n-th repeat of the other.
 */

export interface Keyed<T> {
  /** Keys in list order. */
  readonly keys: readonly string[];
  readonly byKey: ReadonlyMap<string, T>;
  /** Position of each key in the list. */
  readonly index: ReadonlyMap<string, number>;
}

export function keyed<T>(list: readonly T[], keyOf: (item: T) => string): Keyed<T> {
  const keys: string[] = [];
  const byKey = new Map<string, T>();
  const index = new Map<string, number>();
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const raw = keyOf(item);
    let n = seen.get(raw) ?? 0;
    let key = raw;
    // A raw key may itself look like a repeat ("x#2"): count on until the key is free.
    while (byKey.has(key)) key = `${raw}#${++n + 1}`;
    seen.set(raw, n);
    keys.push(key);
    byKey.set(key, item);
    index.set(key, i);
  });
  return { keys, byKey, index };
}

/** The keys of `keys` that `other` also has, in the order of `keys`. */
export function commonKeys(keys: readonly string[], other: { has(key: string): boolean }): string[] {
  return keys.filter((k) => other.has(k));
}

export function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
