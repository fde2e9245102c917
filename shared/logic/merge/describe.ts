/**
 * Conflicts in words, for the person who must decide: the record by its name, the field in
 * plain language, and base, ours and theirs as values people read (names instead of ids,
 * "none" for absent, a kill criterion as "threshold 30; evaluated from 2026-06-01").
 */
import type { Names, RecordRef } from '../compare/records';
import { lowerFirst, unknownLabel, type FieldShape, type Fields } from '../compare/shape';

export { lowerFirst };
import { isObj, presentKeys } from '../compare/values';

export interface SideNames { readonly base: Names; readonly ours: Names; readonly theirs: Names }

const MAX_TEXT = 80;
const MAX_ITEMS = 8;

export function describeValue(v: unknown, shape: FieldShape | undefined, names: Names): string {
  if (v === undefined) return 'none';
  const isRef = shape !== undefined && shape.type !== 'elsewhere' && shape.ref === true;
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    const items = v.slice(0, MAX_ITEMS).map((x) => (isRef && typeof x === 'string' ? refWords(x, names) : describeValue(x, undefined, names)));
    return items.join(', ') + (v.length > MAX_ITEMS ? ` and ${v.length - MAX_ITEMS} more` : '');
  }
  if (typeof v === 'string') return isRef ? refWords(v, names) : `"${shorten(v)}"`;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return String(v);
  if (isObj(v)) {
    const fields = shape?.type === 'object' ? shape.fields : undefined;
    return describeObject(v, fields, names);
  }
  return shorten(JSON.stringify(v) ?? String(v));
}

/** An object by its fields: "threshold 30; evaluated from 2026-06-01". */
export function describeObject(o: Readonly<Record<string, unknown>>, fields: Fields | undefined, names: Names): string {
  const parts = presentKeys(o).map((k) => {
    const shape = fields?.[k];
    const label = shape && shape.type !== 'elsewhere' ? shape.label : unknownLabel(k);
    return `${lowerFirst(label)} ${describeValue(o[k], shape, names)}`;
  });
  return parts.length === 0 ? 'none' : parts.join('; ');
}

function refWords(id: string, names: Names): string {
  const name = names.of(id);
  return name === undefined ? `"${id}" (no such record)` : `"${shorten(name)}"`;
}

/** How a sentence names the record: `Decision "Refund over $500"`, `The pilot`. */
export function subjectOf(record: RecordRef, noun: string): string {
  if (record.kind === 'raci') return `The RACI entry for ${record.label}`;
  if (record.kind === 'signoff') return record.label;
  if (noun.startsWith('the ')) return upperFirst(noun);
  return `${upperFirst(noun)} "${record.label}"`;
}

export function fieldMessage(subject: string, label: string, values: { base?: string; ours: string; theirs: string }): string {
  const base = values.base === undefined ? '' : ` Base: ${values.base}.`;
  return `${subject}, ${lowerFirst(label)}: changed on both sides.${base} Ours: ${values.ours}. Theirs: ${values.theirs}.`;
}

export function removedMessage(subject: string, what: string | undefined, removedBy: 'ours' | 'theirs', changes: readonly string[]): string {
  const thing = what === undefined ? subject : `${subject}, ${lowerFirst(what)},`;
  const other = removedBy === 'ours' ? 'theirs' : 'ours';
  const which = changes.length === 0 ? '' : ` (${listWords(changes.map(lowerFirst))})`;
  return `${thing} was removed in ${removedBy} and changed in ${other}${which}.`;
}

export function addedMessage(subject: string, what: string | undefined, differences: readonly string[]): string {
  const thing = what === undefined ? subject : `${subject}, ${lowerFirst(what)},`;
  const which = differences.length === 0 ? '' : `: they differ in ${listWords(differences.map(lowerFirst))}`;
  return `${thing} was added on both sides with different content${which}.`;
}

/** `thing` names the list ("Lanes", `Metric "Cycle time", observations`); the lists are shown by their labels. */
export function orderMessage(thing: string, ours: readonly string[], theirs: readonly string[]): string {
  const show = (xs: readonly string[]) => xs.slice(0, MAX_ITEMS).map((x) => `"${shorten(x)}"`).join(', ') + (xs.length > MAX_ITEMS ? ', …' : '');
  return `${thing}: the order was changed differently on both sides. Ours: ${show(ours)}. Theirs: ${show(theirs)}.`;
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}


function listWords(words: readonly string[]): string {
  const unique = [...new Set(words)];
  const shown = unique.slice(0, MAX_ITEMS);
  const rest = unique.length - shown.length;
  const all = rest > 0 ? [...shown, `${rest} more`] : shown;
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]!}`;
}

function shorten(s: string): string {
  const chars = [...s];
  return chars.length <= MAX_TEXT ? s : `${chars.slice(0, MAX_TEXT - 1).join('')}…`;
}
