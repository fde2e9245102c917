/**
 * The field-by-field difference of two versions of one record (or of a part of the workbook),
 * as the shape declares each field: values whole, sets by members, entries by key, nested
 * objects field by field, and keys the model does not know as values.
 */
import { commonKeys, keyed, sameKeys } from './keyed';
import { childLabel, unknownLabel, type EntryShape, type FieldShape, type Fields } from './shape';
import type { FieldChange } from './types';
import { asArray, asObj, presentKeys, sameValue, stableKey, type Obj } from './values';

interface Place { readonly path: readonly string[]; readonly label: string }

/** Every field that differs between `before` and `after` (either may be absent: all its fields then differ). */
export function diffFields(before: Obj | undefined, after: Obj | undefined, fields: Fields, place: Place = { path: [], label: '' }): FieldChange[] {
  const out: FieldChange[] = [];
  diffInto(before ?? {}, after ?? {}, fields, place, out);
  return out;
}

function diffInto(b: Obj, a: Obj, fields: Fields, at: Place, out: FieldChange[]): void {
  for (const [name, shape] of entriesOf(fields)) {
    if (shape.type === 'elsewhere') continue;
    const bv = b[name];
    const av = a[name];
    // Most fields of most records are equal: decide that before building anything.
    if (bv === av || sameValue(bv, av)) continue;
    const place = { path: [...at.path, name], label: childLabel(at.label, shape.label) };
    switch (shape.type) {
      case 'value':
        out.push(valueChange(place, bv, av));
        break;
      case 'list':
        out.push({ type: 'list', ...place, before: asArray(bv), after: asArray(av) });
        break;
      case 'set':
        diffSet(asArray(bv), asArray(av), place, out);
        break;
      case 'object':
        diffInto(asObj(bv) ?? {}, asObj(av) ?? {}, shape.fields, place, out);
        break;
      case 'entries':
        diffEntries(asArray(bv), asArray(av), shape.entry, place, out);
        break;
    }
  }
  if (!hasUnknownKeys(b, fields) && !hasUnknownKeys(a, fields)) return;
  for (const key of unknownKeys(b, a, fields)) {
    if (!sameValue(b[key], a[key])) out.push(valueChange({ path: [...at.path, key], label: childLabel(at.label, unknownLabel(key)) }, b[key], a[key]));
  }
}

const ENTRIES = new WeakMap<Fields, [string, FieldShape][]>();
/** The fields of a shape as pairs, made once per shape. */
export function entriesOf(fields: Fields): readonly [string, FieldShape][] {
  let e = ENTRIES.get(fields);
  if (!e) ENTRIES.set(fields, (e = Object.entries(fields)));
  return e;
}

function hasUnknownKeys(o: Obj, fields: Fields): boolean {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k) && !Object.prototype.hasOwnProperty.call(fields, k) && o[k] !== undefined) return true;
  return false;
}

/** Keys neither the model nor the shape knows, those of `first` first, then the rest of `second`'s. */
export function unknownKeys(first: Obj, second: Obj, fields: Fields): string[] {
  const keys = presentKeys(second).filter((k) => !Object.prototype.hasOwnProperty.call(fields, k));
  for (const k of presentKeys(first)) if (!Object.prototype.hasOwnProperty.call(fields, k) && !keys.includes(k)) keys.push(k);
  return keys;
}

function valueChange(place: Place, before: unknown, after: unknown): FieldChange {
  return {
    type: 'value', ...place,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

/** Members counted, so a list that names a member twice loses one when one copy goes. */
function diffSet(before: readonly unknown[], after: readonly unknown[], place: Place, out: FieldChange[]): void {
  const surplus = (from: readonly unknown[], than: readonly unknown[]) => {
    const counts = new Map<string, number>();
    for (const v of than) counts.set(stableKey(v), (counts.get(stableKey(v)) ?? 0) + 1);
    return from.filter((v) => {
      const k = stableKey(v);
      const n = counts.get(k) ?? 0;
      counts.set(k, n - 1);
      return n <= 0;
    });
  };
  const added = surplus(after, before);
  const removed = surplus(before, after);
  if (added.length > 0 || removed.length > 0) out.push({ type: 'set', ...place, before, after, added, removed });
}

function diffEntries(before: readonly unknown[], after: readonly unknown[], shape: EntryShape, at: Place, out: FieldChange[]): void {
  const kb = keyed(before, shape.keyOf);
  const ka = keyed(after, shape.keyOf);
  for (const key of ka.keys) {
    const entry = ka.byKey.get(key);
    const place = { path: [...at.path, key], label: shape.labelOf(entry) };
    if (!kb.byKey.has(key)) out.push({ type: 'entry-added', ...place, entry });
    else diffInto(asObj(kb.byKey.get(key)) ?? {}, asObj(entry) ?? {}, shape.fields, place, out);
  }
  for (const key of kb.keys) {
    if (ka.byKey.has(key)) continue;
    const entry = kb.byKey.get(key);
    out.push({ type: 'entry-removed', path: [...at.path, key], label: shape.labelOf(entry), entry });
  }
  const orderBefore = commonKeys(kb.keys, ka.byKey);
  const orderAfter = commonKeys(ka.keys, kb.byKey);
  if (!sameKeys(orderBefore, orderAfter)) out.push({ type: 'order', ...at, before: orderBefore, after: orderAfter });
}
