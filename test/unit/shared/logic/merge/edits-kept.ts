/**
 * The property "no edit of either side is lost without a conflict", as a check: every change
 * the comparison finds between the base and one side is in the merged workbook, or a conflict
 * names it (its record, or a field at or around its path). Returns what is missing, in words.
 */
import { compareWorkbooks, type FieldChange, type MergeConflict, type MergeResult } from '../../../../../shared/logic';
import { keyed } from '../../../../../shared/logic/compare/keyed';
import { LIST_OF, PARTS, type RecordKind } from '../../../../../shared/logic/compare/records';
import type { FieldShape, Fields } from '../../../../../shared/logic/compare/shape';
import { asArray, isObj, sameValue, stableKey, type Obj } from '../../../../../shared/logic/compare/values';
import type { Workbook } from '../../../../../shared/model';

const ID_KINDS = new Set<RecordKind>(['person', 'lane', 'node', 'edge', 'decision', 'metric', 'roadmap-item', 'parking-item']);

function recordOf(w: Workbook, kind: RecordKind, key: string): { record: Obj; fields: Fields } | undefined {
  const part = PARTS.find((p) => p.kind === kind);
  if (part) {
    const record = part.get(w);
    return record === undefined ? undefined : { record, fields: part.fields };
  }
  const list = LIST_OF[kind as keyof typeof LIST_OF];
  const record = keyed(list.get(w), list.keyOf).byKey.get(key);
  return record === undefined ? undefined : { record, fields: list.fields };
}

/** The value at `path` inside a record, entries found by key as the comparison names them. */
function valueAt(record: Obj, fields: Fields, path: readonly string[]): unknown {
  let value: unknown = record;
  let shape: Fields | undefined = fields;
  for (let i = 0; i < path.length; i++) {
    if (!isObj(value)) return undefined;
    const field: FieldShape | undefined = shape?.[path[i]!];
    value = value[path[i]!];
    shape = field?.type === 'object' ? field.fields : undefined;
    if (field?.type === 'entries') {
      if (i + 1 === path.length) return value;
      value = keyed(asArray(value), field.entry.keyOf).byKey.get(path[++i]!);
      shape = field.entry.fields;
    }
  }
  return value;
}

const related = (a: readonly string[], b: readonly string[]) => a.every((s, i) => i >= b.length || b[i] === s) || b.every((s, i) => i >= a.length || a[i] === s);

function namesRecord(c: MergeConflict, r: { kind: RecordKind; key: string }): boolean {
  if (c.record.key !== r.key) return false;
  return c.record.kind === r.kind || (ID_KINDS.has(c.record.kind) && ID_KINDS.has(r.kind));
}

export function lostEdits(base: Workbook, side: Workbook, result: MergeResult): string[] {
  const merged = result.workbook;
  const lost: string[] = [];
  const comparison = compareWorkbooks(base, side, () => []);
  for (const rc of comparison.records) {
    const conflicts = result.conflicts.filter((c) => namesRecord(c, rc));
    const now = recordOf(merged, rc.kind, rc.key);
    const say = (what: string) => lost.push(`${rc.kind} ${rc.key}: ${what}`);
    if (rc.change === 'added') {
      if (!(now && sameValue(now.record, rc.after)) && conflicts.length === 0) say('added, but not in the result');
    } else if (rc.change === 'removed') {
      if (now && conflicts.length === 0) say('removed, but still in the result');
    } else if (!now) {
      if (conflicts.length === 0) say('changed, but gone from the result');
    } else {
      for (const f of rc.fields) {
        if (rc.kind === 'workbook' && f.path[0] === 'updatedAt') continue; // the later side's, by rule
        if (!fieldKept(f, now.record, now.fields) && !conflicts.some((c) => c.fields.some((p) => related(p, f.path)))) {
          say(`${f.label} (${f.type}) not kept`);
        }
      }
    }
  }
  for (const order of comparison.reorderings) {
    const list = LIST_OF[order.kind as keyof typeof LIST_OF];
    const keys = keyed(list.get(merged), list.keyOf).keys;
    if (!orderKept(order.before, order.after, keys) && !result.conflicts.some((c) => c.type === 'order' && c.record.kind === order.kind)) {
      lost.push(`the order of ${order.label} not kept`);
    }
  }
  if (!contains(merged.audit, side.audit)) lost.push('audit entries lost');
  return lost;
}

function fieldKept(f: FieldChange, record: Obj, fields: Fields): boolean {
  const now = valueAt(record, fields, f.path);
  switch (f.type) {
    case 'value': case 'list': return sameValue(now, f.after);
    case 'entry-added': return sameValue(now, f.entry);
    case 'entry-removed': return now === undefined;
    case 'set': {
      const governance = fields[f.path[0]!]?.type === 'set' && (fields[f.path[0]!] as { governance?: boolean }).governance;
      if (governance) return sameValue(now, f.after);
      const members = asArray(now).map(stableKey);
      return f.added.every((v) => members.includes(stableKey(v))) && f.removed.every((v) => count(members, v) < count(f.before.map(stableKey), v));
    }
    case 'order': {
      const shape = fields[f.path[0]!];
      const entries = shape?.type === 'entries' ? keyed(asArray(now), shape.entry.keyOf).keys : keyed(asArray(now), (e) => stableKey(e)).keys;
      return orderKept(f.before, f.after, entries);
    }
  }
}

const count = (keys: readonly string[], v: unknown) => keys.filter((k) => k === stableKey(v)).length;

/** Every pair the side put in a new order stands in that order in the result, where the result has both. */
function orderKept(before: readonly string[], after: readonly string[], result: readonly string[]): boolean {
  const was = new Map(before.map((k, i) => [k, i]));
  const now = new Map(result.map((k, i) => [k, i]));
  for (let i = 0; i < after.length; i++) {
    for (let j = i + 1; j < after.length; j++) {
      const x = after[i]!;
      const y = after[j]!;
      if (was.get(x)! < was.get(y)!) continue; // not a pair this side reordered
      if (now.has(x) && now.has(y) && now.get(x)! > now.get(y)!) return false;
    }
  }
  return true;
}

function contains(whole: readonly unknown[], part: readonly unknown[]): boolean {
  const counts = new Map<string, number>();
  for (const e of whole) counts.set(stableKey(e), (counts.get(stableKey(e)) ?? 0) + 1);
  return part.every((e) => {
    const n = counts.get(stableKey(e)) ?? 0;
    counts.set(stableKey(e), n - 1);
    return n > 0;
  });
}
