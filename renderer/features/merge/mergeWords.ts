/**
 * A merge in words for the merge dialog: each conflict's record and field as people know them
 * ("Decision “Refund over $500” · Tier and its reason"), each side's value with ids shown by the
 * name of the record they name, and the file's edits that combined, one line per record. Never
 * a JSON pointer.
 */
import type { MergeConflict, RecordChange, RecordKind } from '../../../shared/logic';
import { namesOf, type Names } from '../../../shared/logic/compare/records';
import type { FieldShape } from '../../../shared/logic/compare/shape';
import { describeValue } from '../../../shared/logic/merge/describe';
import type { Workbook } from '../../../shared/model';

const NOUN: Readonly<Record<RecordKind, string>> = {
  workbook: 'Workbook', policy: 'Exposure policy', pilot: 'Pilot', sprint: 'Sprint', ownership: 'Ownership',
  person: 'Person', lane: 'Lane', node: 'Map node', edge: 'Connector', decision: 'Decision', metric: 'Metric',
  raci: 'RACI entry', 'roadmap-item': 'Roadmap item', 'parking-item': 'Parking-lot item', signoff: 'Sign-off',
};

const AS_REF: FieldShape = { type: 'value', label: '', ref: true };
const PARTS: ReadonlySet<RecordKind> = new Set(['workbook', 'policy', 'pilot', 'sprint', 'ownership']);

/** "Decision “Refund over $500”", "Pilot". */
export function recordWords(r: { readonly kind: RecordKind; readonly label: string }): string {
  return PARTS.has(r.kind) ? NOUN[r.kind] : `${NOUN[r.kind]} “${r.label}”`;
}

export interface SideWords { readonly ours: string; readonly theirs: string }

/** Each side's value of a conflict; a side that removed the record (or entry) says so. */
export function conflictSides(c: MergeConflict, ours: Workbook, theirs: Workbook): SideWords {
  const side = (has: boolean, v: unknown, names: Names, other: Names) => {
    if (!has && c.type === 'removed-and-changed') return 'Removed';
    return valueWords(v, names, other);
  };
  const n = { ours: namesOf(ours), theirs: namesOf(theirs) };
  return {
    ours: side('ours' in c, c.ours, n.ours, n.theirs),
    theirs: side('theirs' in c, c.theirs, n.theirs, n.ours),
  };
}

/** A value as people read it; a string that is the id of a record is that record's name. */
export function valueWords(v: unknown, names: Names, other: Names): string {
  const either: Names = { of: (id) => names.of(id) ?? other.of(id) };
  const isId = (x: unknown) => typeof x === 'string' && either.of(x) !== undefined;
  const ids = Array.isArray(v) ? v.length > 0 && v.every(isId) : isId(v);
  return describeValue(v, ids ? AS_REF : undefined, either);
}

/** One line for a record the file's edits changed in the working copy. */
export function appliedWords(r: RecordChange): string {
  const what = recordWords(r);
  if (r.change === 'added') return `${what}: added`;
  if (r.change === 'removed') return `${what}: removed`;
  const fields = [...new Set(r.fields.filter((f) => !(r.kind === 'workbook' && f.path[0] === 'updatedAt')).map((f) => f.label))];
  return fields.length === 0 ? `${what}: changed` : `${what}: ${fields.join(', ')}`;
}
