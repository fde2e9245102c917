/**
 * A comparison's changes in words for the compare screen: each field as "Tier: "low" → "high"",
 * ids shown by the name of the record they name (in the version the value comes from), never
 * as JSON pointers. The merge's value wording (shared/logic/merge/describe) is reused, so the
 * two screens say a value the same way.
 */
import type { FieldChange, RecordChange, RecordKind } from '../../../shared/logic';
import type { Names } from '../../../shared/logic/compare/records';
import type { FieldShape } from '../../../shared/logic/compare/shape';
import { describeValue } from '../../../shared/logic/merge/describe';

export interface VersionNames { readonly before: Names; readonly after: Names }

const AS_REF: FieldShape = { type: 'value', label: '', ref: true };

/** A value as people read it; a string that is the id of a record is that record's name. */
function words(v: unknown, names: Names, other: Names): string {
  const isId = (x: unknown) => typeof x === 'string' && (names.of(x) ?? other.of(x)) !== undefined;
  const either: Names = { of: (id) => names.of(id) ?? other.of(id) };
  const ids = Array.isArray(v) ? v.length > 0 && v.every(isId) : isId(v);
  return describeValue(v, ids ? AS_REF : undefined, either);
}

/** One line per field change. */
export function describeField(c: FieldChange, names: VersionNames): string {
  const before = (v: unknown) => words(v, names.before, names.after);
  const after = (v: unknown) => words(v, names.after, names.before);
  switch (c.type) {
    case 'value':
      if (c.before === undefined) return `${c.label}: set to ${after(c.after)}`;
      if (c.after === undefined) return `${c.label}: ${before(c.before)} cleared`;
      return `${c.label}: ${before(c.before)} → ${after(c.after)}`;
    case 'list':
      return `${c.label}: ${before(c.before)} → ${after(c.after)}`;
    case 'set': {
      const parts = [
        c.added.length > 0 ? `added ${after(c.added)}` : '',
        c.removed.length > 0 ? `removed ${before(c.removed)}` : '',
      ].filter(Boolean);
      return `${c.label}: ${parts.join('; ')}`;
    }
    case 'entry-added':
      return `${c.label}: added (${after(c.entry)})`;
    case 'entry-removed':
      return `${c.label}: removed (${before(c.entry)})`;
    case 'order':
      return `${c.label}: put in another order`;
  }
}

/** The workbook's "last changed" instant changes with every edit: listing it would only be noise. */
const NOISE = (kind: RecordKind, c: FieldChange) => kind === 'workbook' && c.path.length === 1 && c.path[0] === 'updatedAt';

/** The fields worth listing for a change (all of them, less the workbook's timestamp). */
export function listedFields(r: RecordChange): readonly FieldChange[] {
  return r.fields.filter((f) => !NOISE(r.kind, f));
}

const NOUN: Readonly<Record<RecordKind, string>> = {
  workbook: 'Workbook', policy: 'Exposure policy', pilot: 'Pilot', sprint: 'Sprint', ownership: 'Ownership',
  person: 'Person', lane: 'Lane', node: 'Map node', edge: 'Connector', decision: 'Decision', metric: 'Metric',
  raci: 'RACI entry', 'roadmap-item': 'Roadmap item', 'parking-item': 'Parking-lot item', signoff: 'Sign-off',
};

/** "Decision", "Map node": what kind of record, for the list. */
export function kindName(kind: RecordKind): string {
  return NOUN[kind];
}
