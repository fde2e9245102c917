/**
 * The three-way merge of one record's fields, as the shape declares them. A field changed on
 * one side takes that side's value; changed alike on both, the common value. Changed
 * differently on both: sets combine their members, entries merge by key, nested objects field
 * by field, and everything else (a value, an ordered list, a governance field, a unit such as
 * a tier and its reason) is a conflict. Keys the model does not know merge as values.
 */
import { diffFields, entriesOf, unknownKeys } from '../compare/fields';
import { keyed } from '../compare/keyed';
import { childLabel, unknownLabel, type EntryShape, type FieldShape, type Fields } from '../compare/shape';
import { asArray, asObj, compact, stableKey, type Obj } from '../compare/values';
import { below, type Scope } from './context';
import { addedMessage, describeObject, describeValue, fieldMessage, lowerFirst, orderMessage, removedMessage } from './describe';
import { mergeOrder, weave } from './order';
import { later, whoChanged } from './three-way';

export function mergeFields(b: Obj | undefined, o: Obj, t: Obj, fields: Fields, scope: Scope): Record<string, unknown> {
  const base = b ?? {};
  const out: Record<string, unknown> = {};
  const done = new Set<string>();
  for (const [name, shape] of entriesOf(fields)) {
    if (done.has(name) || shape.type === 'elsewhere') continue;
    if (shape.unit) {
      const unit = shape.unit;
      const members = Object.keys(fields).filter((k) => { const s = fields[k]!; return s.type !== 'elsewhere' && s.unit?.name === unit.name; });
      for (const m of members) done.add(m);
      const pick = (x: Obj) => compact(Object.fromEntries(members.map((m) => [m, x[m]])));
      const value = mergeUnit(pick(base), pick(o), pick(t), members, fields, below(scope, name, childLabel(scope.label, unit.label)));
      for (const m of members) if (value[m] !== undefined) out[m] = value[m];
      continue;
    }
    const v = mergeField(base[name], o[name], t[name], shape, below(scope, name, childLabel(scope.label, shape.label)));
    if (v !== undefined) out[name] = v;
  }
  const keys = unknownKeys(t, o, fields);
  for (const k of unknownKeys(base, {}, fields)) if (!keys.includes(k)) keys.push(k);
  for (const k of keys) {
    const v = mergeField(base[k], o[k], t[k], { type: 'value', label: unknownLabel(k) }, below(scope, k, childLabel(scope.label, unknownLabel(k))));
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function mergeField(b: unknown, o: unknown, t: unknown, shape: Exclude<FieldShape, { type: 'elsewhere' }>, scope: Scope): unknown {
  if (shape.latest) return later(o, t);
  const changed = whoChanged(b, o, t);
  if (changed === 'neither-or-alike' || changed === 'ours') return o;
  if (changed === 'theirs') return t;
  if (!shape.governance) {
    if (shape.type === 'set') return mergeSet(asArray(b), asArray(o), asArray(t));
    if (shape.type === 'entries') return mergeEntries(asArray(b), asArray(o), asArray(t), shape.entry, scope);
    if (shape.type === 'object') {
      const inside = () => mergeFields(asObj(b), asObj(o)!, asObj(t)!, shape.fields, scope);
      return mergeSlot(b, o, t, scope, inside, shape.fields);
    }
  }
  const { names } = scope.ctx;
  const choice = scope.ctx.decide(scope, {
    type: 'field', path: scope.path, label: scope.label, base: b, ours: o, theirs: t,
    message: fieldMessage(scope.subject, scope.label, {
      base: describeValue(b, shape, names.base), ours: describeValue(o, shape, names.ours), theirs: describeValue(t, shape, names.theirs),
    }),
  });
  return choice === 'ours' ? o : t;
}

/** Fields that only make sense together (a tier and its reason) merge as one value. */
function mergeUnit(b: Obj, o: Obj, t: Obj, members: readonly string[], fields: Fields, scope: Scope): Obj {
  const changed = whoChanged(b, o, t);
  if (changed === 'neither-or-alike' || changed === 'ours') return o;
  if (changed === 'theirs') return t;
  const { names } = scope.ctx;
  const parent = scope.path.slice(0, -1);
  const choice = scope.ctx.decide(scope, {
    type: 'field', path: scope.path, fields: members.map((m) => [...parent, m]), label: scope.label,
    base: b, ours: o, theirs: t,
    message: fieldMessage(scope.subject, scope.label, {
      base: describeObject(b, fields, names.base), ours: describeObject(o, fields, names.ours), theirs: describeObject(t, fields, names.theirs),
    }),
  });
  return choice === 'ours' ? o : t;
}

/**
 * A slot that holds a record, an entry or a nested object: present on all three sides, its
 * fields merge; otherwise one side removed or both added it, and a change against that is a
 * conflict over the whole.
 */
export function mergeSlot(b: unknown, o: unknown, t: unknown, scope: Scope, inside: () => unknown, fields: Fields): unknown {
  const changed = whoChanged(b, o, t);
  if (changed === 'neither-or-alike' || changed === 'ours') return o;
  if (changed === 'theirs') return t;
  if (b !== undefined && o !== undefined && t !== undefined) return inside();
  const what = scope.path.length === 0 ? undefined : scope.label;
  let message: string;
  if (b === undefined) {
    message = addedMessage(scope.subject, what, diffFields(asObj(o), asObj(t), fields).map((c) => c.label));
  } else {
    const removedBy = o === undefined ? 'ours' : 'theirs';
    message = removedMessage(scope.subject, what, removedBy, diffFields(asObj(b), asObj(removedBy === 'ours' ? t : o), fields).map((c) => c.label));
  }
  const choice = scope.ctx.decide(scope, {
    type: b === undefined ? 'added-differently' : 'removed-and-changed',
    path: scope.path, label: scope.path.length === 0 ? scope.record.label : scope.label, base: b, ours: o, theirs: t, message,
  });
  return choice === 'ours' ? o : t;
}

/** Members each side added are added, members either side removed are removed; order: ours, then theirs' new ones. */
function mergeSet(b: readonly unknown[], o: readonly unknown[], t: readonly unknown[]): unknown[] {
  const kb = keyed(b, stableKey);
  const ko = keyed(o, stableKey);
  const kt = keyed(t, stableKey);
  const keep = new Set<string>();
  for (const k of ko.keys) if (kt.byKey.has(k) || !kb.byKey.has(k)) keep.add(k);
  for (const k of kt.keys) if (!kb.byKey.has(k)) keep.add(k);
  return weave(ko.keys, kt.keys, keep).map((k) => (ko.byKey.has(k) ? ko.byKey.get(k) : kt.byKey.get(k)));
}

function mergeEntries(b: readonly unknown[], o: readonly unknown[], t: readonly unknown[], entry: EntryShape, scope: Scope): unknown[] {
  const kb = keyed(b, entry.keyOf);
  const ko = keyed(o, entry.keyOf);
  const kt = keyed(t, entry.keyOf);
  const keys = [...ko.keys, ...kt.keys.filter((k) => !ko.byKey.has(k)), ...kb.keys.filter((k) => !ko.byKey.has(k) && !kt.byKey.has(k))];
  const merged = new Map<string, unknown>();
  for (const k of keys) {
    const be = kb.byKey.get(k);
    const oe = ko.byKey.get(k);
    const te = kt.byKey.get(k);
    const at = below(scope, k, entry.labelOf(oe ?? te ?? be));
    const v = mergeSlot(be, oe, te, at, () => mergeFields(asObj(be), asObj(oe)!, asObj(te)!, entry.fields, at), entry.fields);
    if (v !== undefined) merged.set(k, v);
  }
  const order = mergeOrder(kb.keys, ko.keys, kt.keys, new Set(merged.keys()), () => scope.ctx.decide(scope, {
    type: 'order', path: scope.path, label: scope.label, base: kb.keys, ours: ko.keys, theirs: kt.keys,
    message: orderMessage(`${scope.subject}, ${lowerFirst(scope.label)}`, ko.keys, kt.keys),
  }));
  return order.map((k) => merged.get(k));
}
