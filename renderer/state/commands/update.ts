/**
 * Small immutable-update helpers for commands. The model is readonly plain data, and an
 * optional field is absent rather than undefined or empty (DOMAIN.md: `null` is never a value),
 * so clearing a field removes its key.
 */

/** `obj` with `key` set to `value`, or without `key` when `value` is undefined. */
export function withOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  if (value === undefined) {
    if (!(key in obj)) return obj;
    const copy = { ...obj };
    delete copy[key];
    return copy;
  }
  return obj[key] === value ? obj : { ...obj, [key]: value };
}

/** Text typed into an optional field: empty means "not set". */
export function optionalText(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** `list` with the record whose id is `id` replaced by `update(record)`; the same list when nothing changed. */
export function updateById<T extends { readonly id: string }>(list: readonly T[], id: string, update: (item: T) => T): readonly T[] {
  const i = list.findIndex((item) => item.id === id);
  if (i < 0) return list;
  const next = update(list[i]!);
  if (next === list[i]) return list;
  const copy = list.slice();
  copy[i] = next;
  return copy;
}

export function removeById<T extends { readonly id: string }>(list: readonly T[], id: string): readonly T[] {
  const next = list.filter((item) => item.id !== id);
  return next.length === list.length ? list : next;
}

/** An RFC 3339 UTC time without milliseconds, as the file format writes times. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
