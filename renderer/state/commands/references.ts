/**
 * The references of a workbook as the commands need them, read from the one table of
 * references (shared/model/references.ts): where a person is named, so that removing someone
 * still referenced can be refused with the places to change first; and what removing a record
 * does to the records that name it (cleared, taken out of a list, or removed with it). The
 * audit trail is history and may name records removed since: it is not a reference.
 */
import { findReferences, nameOwner, RECORD_PLACES, referencesTo, type FoundReference, type OwnerKind, type RecordKind, type Workbook } from '../../../shared/model';

export interface PersonReference {
  /** For people: "Escalation for decision “Refund over $500”". */
  readonly where: string;
  /** JSON pointer of the field. */
  readonly path: string;
}

const RACI_ROLE: Readonly<Record<string, string>> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

/** "decision “Refund over $500”", or the bare id of a subject the workbook no longer has. */
function subjectName(w: Workbook, id: string): string {
  const d = w.decisions.find((x) => x.id === id);
  if (d) return `decision “${d.title}”`;
  const m = w.metrics.find((x) => x.id === id);
  if (m) return `metric “${m.name}”`;
  const r = w.roadmap.find((x) => x.id === id);
  return r ? `roadmap item “${r.title}”` : `“${id}”`;
}

/** The place of a reference in words, from the table's `words`. */
export function referenceWords(w: Workbook, f: FoundReference): string {
  const n = f.at >= 0 ? f.at + 1 : f.index + 1;
  return f.reference.words
    .replace('{owner}', nameOwner(f.reference.owner, f.record, f.index, 'ui'))
    .replace('{n}', String(n))
    .replace('{role}', RACI_ROLE[String(f.record.role)] ?? String(f.record.role))
    .replace('{subject}', subjectName(w, String(f.record.subjectId)));
}

/** Every reference to record `id` of `kind`. */
export function referencesOf(w: Workbook, kind: RecordKind, id: string): FoundReference[] {
  const refs = new Set(referencesTo(kind));
  return findReferences(w).filter((f) => f.value === id && refs.has(f.reference));
}

export function personReferences(w: Workbook, personId: string): PersonReference[] {
  return referencesOf(w, 'person', personId).map((f) => ({ where: referenceWords(w, f), path: f.path }));
}

/** The places that keep record `id` from being removed (its references declared `refuse`). */
export const blockingReferences = (w: Workbook, kind: RecordKind, id: string): FoundReference[] =>
  referencesOf(w, kind, id).filter((f) => f.reference.onTargetDeleted === 'refuse');

/** How many places name record `id` and change when it goes (for the removal message). */
export const cascadeCount = (w: Workbook, kind: RecordKind, id: string): number =>
  referencesOf(w, kind, id).filter((f) => f.reference.onTargetDeleted !== 'refuse').length;

type Rec = Readonly<Record<string, unknown>>;

/** `record` with the value at `field` changed by `update` (nested objects copied on the way). */
function updateAt(record: Rec, field: readonly string[], update: (v: unknown) => unknown): Rec {
  const [key, ...rest] = field;
  const v = record[key!];
  const next = rest.length ? (v && typeof v === 'object' ? updateAt(v as Rec, rest, update) : v) : update(v);
  if (next === v) return record;
  const copy: Record<string, unknown> = { ...record };
  if (next === undefined) delete copy[key!];
  else copy[key!] = next;
  return copy;
}

/**
 * `w` after record `id` of `kind` was removed (the caller removes the record itself): each
 * reference to it is cleared, or its holder removed, as the table says. References declared
 * `refuse` are left for the caller, who refused the removal before.
 */
export function removeReferencesTo(w: Workbook, kind: RecordKind, ids: ReadonlySet<string>): Workbook {
  let out = w;
  for (const reference of referencesTo(kind)) {
    if (reference.onTargetDeleted === 'refuse') continue;
    const holders = new Set(findReferences(out).filter((f) => f.reference === reference && ids.has(f.value)).map((f) => f.record));
    if (holders.size === 0) continue;
    out = updateOwners(out, reference.owner, (record) => {
      if (!holders.has(record)) return record;
      if (reference.onTargetDeleted === 'remove-owner') return null;
      return updateAt(record, reference.field, (v) =>
        (reference.many ? (v as readonly string[]).filter((x) => !ids.has(x)) : ids.has(v as string) ? undefined : v));
    });
  }
  return out;
}

/** `w` with each record of `owner` replaced by `update(record)` (null removes it). */
function updateOwners(w: Workbook, owner: OwnerKind, update: (r: Rec) => Rec | null): Workbook {
  const { path } = RECORD_PLACES[owner];
  const root = w as unknown as Rec;
  const at = path.reduce<unknown>((v, k) => (v as Rec)[k], root);
  const list = Array.isArray(at);
  const before = (list ? at : [at]) as Rec[];
  const after = before.map(update).filter((r): r is Rec => r !== null);
  if (after.length === before.length && after.every((r, i) => r === before[i])) return w;
  const value = list ? after : after[0];
  const set = (obj: Rec, keys: readonly string[]): Rec =>
    ({ ...obj, [keys[0]!]: keys.length === 1 ? value : set(obj[keys[0]!] as Rec, keys.slice(1)) });
  return set(root, path) as unknown as Workbook;
}
