/**
 * What `sprintbook merge` prints about a conflict: its sentence from shared/logic/merge (a field
 * conflict already names base, ours and theirs), and for a record added on both sides or removed
 * on one, the fields that differ with each side's value, so a person can decide from the
 * terminal without opening three files.
 */
import type { MergeConflict } from '../../../shared/logic';
import { isObj, presentKeys, sameValue } from '../../../shared/logic/compare/values';

const MAX_TEXT = 60;
const MAX_FIELDS = 12;

export function conflictLines(c: MergeConflict, n: number): string[] {
  const lines = [`${n}. ${c.message}`];
  if (c.type === 'added-differently' || c.type === 'removed-and-changed') lines.push(...fieldLines(c));
  return lines;
}

/** One line per field whose value is not the same on the sides that have the record. */
function fieldLines(c: MergeConflict): string[] {
  const sides = (['base', 'ours', 'theirs'] as const).filter((s) => c[s] !== undefined);
  const objects = sides.map((s) => c[s]);
  if (!objects.every(isObj)) {
    return [`   ${sides.map((s) => `${s}: ${words(c[s])}`).join('; ')}`];
  }
  const keys = [...new Set(objects.flatMap((o) => presentKeys(o)))];
  const differing = keys.filter((k) => objects.some((o) => !sameValue(o[k], objects[0]![k])));
  const shown = differing.slice(0, MAX_FIELDS).map((k) =>
    `   ${k}: ${sides.map((s, i) => `${s} ${words(objects[i]![k])}`).join('; ')}`);
  if (differing.length > MAX_FIELDS) shown.push(`   … and ${differing.length - MAX_FIELDS} more fields`);
  const gone = (['ours', 'theirs'] as const).find((s) => c[s] === undefined);
  if (gone) shown.push(`   (${gone} removed it)`);
  return shown;
}

/** A value as people read it: "none" for absent, text in quotes, short. */
export function words(v: unknown): string {
  if (v === undefined) return 'none';
  if (typeof v === 'string') return `"${shorten(v)}"`;
  if (Array.isArray(v)) return v.length === 0 ? 'none' : shorten(v.map((x) => (typeof x === 'string' ? `"${x}"` : JSON.stringify(x))).join(', '));
  return shorten(JSON.stringify(v));
}

function shorten(s: string): string {
  const chars = [...s];
  return chars.length <= MAX_TEXT ? s : `${chars.slice(0, MAX_TEXT - 1).join('')}…`;
}
