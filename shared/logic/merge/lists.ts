/**
 * The record lists merged by key. Ids are unique across every list of a workbook, so records
 * with an id share one key space: the same id added on both sides as different kinds of record
 * is one conflict, never two records with one id. RACI entries (by subject and person) and
 * sign-offs (by person and date) each have their own.
 */
import type { Workbook } from '../../model';
import { keyed, type Keyed } from '../compare/keyed';
import { LISTS, LIST_OF, refOf, type ListKind, type Names, type RecordList } from '../compare/records';
import { sameValue, type Obj } from '../compare/values';
import type { MergeContext, Scope } from './context';
import { addedMessage, orderMessage, subjectOf, upperFirst } from './describe';
import { mergeFields, mergeSlot } from './fields';
import { mergeOrder } from './order';

interface Slot { readonly list: RecordList; readonly record: Obj }

const SPACES: readonly (readonly RecordList[])[] = [LISTS.filter((l) => l.hasId), [LIST_OF.raci], [LIST_OF.signoff]];

export function mergeLists(base: Workbook, ours: Workbook, theirs: Workbook, ctx: MergeContext): Map<ListKind, Obj[]> {
  const out = new Map<ListKind, Obj[]>();
  for (const space of SPACES) mergeSpace(space, base, ours, theirs, ctx, out);
  return out;
}

interface Indexed { readonly lists: Map<RecordList, Keyed<Obj>>; readonly slots: Map<string, Slot>; readonly order: string[] }

function index(space: readonly RecordList[], w: Workbook): Indexed {
  const lists = new Map<RecordList, Keyed<Obj>>();
  const slots = new Map<string, Slot>();
  const order: string[] = [];
  for (const list of space) {
    const k = keyed(list.get(w), list.keyOf);
    lists.set(list, k);
    for (const key of k.keys) {
      // A file with an id used twice is refused on loading; here the first one counts.
      if (slots.has(key)) continue;
      slots.set(key, { list, record: k.byKey.get(key)! });
      order.push(key);
    }
  }
  return { lists, slots, order };
}

function mergeSpace(space: readonly RecordList[], base: Workbook, ours: Workbook, theirs: Workbook, ctx: MergeContext, out: Map<ListKind, Obj[]>): void {
  const b = index(space, base);
  const o = index(space, ours);
  const t = index(space, theirs);
  const merged = new Map<string, Slot>();
  const keys = [...o.order, ...t.order.filter((k) => !o.slots.has(k)), ...b.order.filter((k) => !o.slots.has(k) && !t.slots.has(k))];
  for (const key of keys) {
    const slot = mergeRecord(key, b.slots.get(key), o.slots.get(key), t.slots.get(key), ctx);
    if (slot !== undefined) merged.set(key, slot);
  }
  for (const list of space) {
    const keep = new Set<string>();
    for (const [key, slot] of merged) if (slot.list === list) keep.add(key);
    const kb = b.lists.get(list)!;
    const ko = o.lists.get(list)!;
    const kt = t.lists.get(list)!;
    const scope: Scope = { ctx, record: { kind: list.kind, key: list.kind, label: upperFirst(list.plural) }, subject: upperFirst(list.plural), idPrefix: ['order', list.kind], path: [], label: upperFirst(list.plural) };
    const label = (k: Keyed<Obj>, names: Names) => (key: string) => list.labelOf(k.byKey.get(key)!, names);
    const order = mergeOrder(kb.keys, ko.keys, kt.keys, keep, () => ctx.decide(scope, {
      type: 'order', path: [], label: scope.label, base: kb.keys, ours: ko.keys, theirs: kt.keys,
      message: orderMessage(scope.label, ko.keys.map(label(ko, ctx.names.ours)), kt.keys.map(label(kt, ctx.names.theirs))),
    }));
    out.set(list.kind, order.map((key) => merged.get(key)!.record));
  }
}

function mergeRecord(key: string, sb: Slot | undefined, so: Slot | undefined, st: Slot | undefined, ctx: MergeContext): Slot | undefined {
  const same = (x: Slot | undefined, y: Slot | undefined) =>
    x === y || (x !== undefined && y !== undefined && x.list === y.list && (x.record === y.record || sameValue(x.record, y.record)));
  if (same(so, st) || same(sb, st)) return so;
  if (same(sb, so)) return st;
  const shown = (so ?? st ?? sb)!;
  const names = so ? ctx.names.ours : st ? ctx.names.theirs : ctx.names.base;
  const record = refOf(shown.list, key, shown.record, names);
  const scope: Scope = {
    ctx, record, subject: subjectOf(record, shown.list.noun),
    idPrefix: shown.list.hasId ? ['record', key] : [shown.list.kind, key], path: [], label: '',
  };
  const kinds = new Set([sb?.list, so?.list, st?.list].filter((l) => l !== undefined));
  if (kinds.size === 1) {
    // One kind of record throughout: the same rules as for any slot (fields merge when all three have it).
    const list = shown.list;
    const inside = () => mergeFields(sb!.record, so!.record, st!.record, list.fields, scope);
    const merged = mergeSlot(sb?.record, so?.record, st?.record, scope, inside, list.fields) as Obj | undefined;
    return merged === undefined ? undefined : { list, record: merged };
  }
  // The id names different kinds of record on different sides: one record or the other, never both.
  const as = (s: Slot | undefined, n: Names) => (s === undefined ? 'nothing' : `a ${s.list.noun} "${s.list.labelOf(s.record, n)}"`);
  const choice = ctx.decide(scope, {
    type: sb === undefined ? 'added-differently' : 'removed-and-changed', path: [], label: record.label,
    base: sb?.record, ours: so?.record, theirs: st?.record,
    message: sb === undefined
      ? addedMessage(`The id "${key}"`, undefined, []).replace(/\.$/, `: ours ${as(so, ctx.names.ours)}, theirs ${as(st, ctx.names.theirs)}.`)
      : `The id "${key}" was ${as(sb, ctx.names.base)} in the base; ours has ${as(so, ctx.names.ours)} and theirs ${as(st, ctx.names.theirs)}.`,
  });
  return choice === 'ours' ? so : st;
}
