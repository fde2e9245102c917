/**
 * Which field of which record refers to which records, declared once (ARCHITECTURE.md). The
 * loader's reference problems (shared/format/references.ts), the people a removal is refused
 * for, cascading deletes and the renderer's navigation all read this table; none of them
 * lists the fields again. Pure data, plus a walker over a workbook's references.
 *
 * Owners are the records that hold references (one per list entry, or a section of the
 * workbook such as `sprint`); targets are the kinds of records a reference may name.
 */
import { pointer, type Question } from './problems';
import type { Workbook } from './types';

/** A kind of record, by the list it lives in. */
export type RecordKind = 'person' | 'lane' | 'node' | 'edge' | 'decision' | 'metric' | 'roadmapItem' | 'raciEntry' | 'parkingLotItem' | 'signoff';

/** What a reference may name: a kind of record, or any record at all (a converted parking-lot item). */
export type TargetKind = Exclude<RecordKind, 'edge' | 'raciEntry' | 'parkingLotItem' | 'signoff'> | 'record';

/** Who holds a reference: a record of a list, or a section of the workbook. */
export type OwnerKind = RecordKind | 'sprint' | 'ownership';

/** Where the records of each kind are, and how they are named in words. */
export interface RecordPlace {
  /** The JSON path of the list (or of the section). */
  readonly path: readonly string[];
  /** A list of records, or one section. */
  readonly list: boolean;
  /** The noun for one of them ("roadmap item"). */
  readonly noun: string;
  /** The field that names one ("title"); absent: named by its place ("RACI entry 3"). */
  readonly nameField?: string;
  /** The field with the id that a navigation target or a problem's subject names. */
  readonly idField?: 'id' | 'subjectId';
}

export const RECORD_PLACES: Readonly<Record<OwnerKind, RecordPlace>> = {
  person: { path: ['people'], list: true, noun: 'person', nameField: 'name', idField: 'id' },
  lane: { path: ['workflow', 'lanes'], list: true, noun: 'lane', nameField: 'name', idField: 'id' },
  node: { path: ['workflow', 'nodes'], list: true, noun: 'node', nameField: 'label', idField: 'id' },
  edge: { path: ['workflow', 'edges'], list: true, noun: 'connector', nameField: 'id', idField: 'id' },
  decision: { path: ['decisions'], list: true, noun: 'decision', nameField: 'title', idField: 'id' },
  metric: { path: ['metrics'], list: true, noun: 'metric', nameField: 'name', idField: 'id' },
  roadmapItem: { path: ['roadmap'], list: true, noun: 'roadmap item', nameField: 'title', idField: 'id' },
  raciEntry: { path: ['raci'], list: true, noun: 'RACI entry', idField: 'subjectId' },
  parkingLotItem: { path: ['parkingLot'], list: true, noun: 'parking-lot item', nameField: 'text', idField: 'id' },
  signoff: { path: ['signoffs'], list: true, noun: 'sign-off' },
  sprint: { path: ['sprint'], list: false, noun: 'the sprint' },
  ownership: { path: ['ownership'], list: false, noun: 'the ownership' },
};

/** What happens to a reference when the record it names is removed. */
export type OnTargetDeleted =
  /** The removal is refused while the reference stands (the person is named somewhere). */
  | 'refuse'
  /** The field is cleared (a single reference) or the id taken out of the list (many). */
  | 'clear'
  /** The record holding the reference goes too (a connector without its node, a RACI row without its subject). */
  | 'remove-owner';

export interface Reference {
  readonly owner: OwnerKind;
  /** The path to the field inside its record: one key, or more for a nested one (`gate.metricIds`). */
  readonly field: readonly string[];
  /** A list of ids rather than one. */
  readonly many: boolean;
  readonly targets: readonly TargetKind[];
  /** The readiness question a dangling reference blocks (DOMAIN.md). */
  readonly question: Question;
  /**
   * Who refers, in the loader's problems: `{Owner}` is the owner named with a capital
   * ("Decision "Refund""), `{owner}` in lower case.
   */
  readonly holder: string;
  /**
   * The place in words, where a person is named ("Escalation for {owner}"): `{owner}` as in
   * `holder` with curly quotes, `{n}` the place in a list (1-based), `{role}` and `{subject}`
   * a RACI entry's role and subject.
   */
  readonly words: string;
  /** A short name of the field, for a link's place ("Decisions › Escalation"). */
  readonly label: string;
  readonly onTargetDeleted: OnTargetDeleted;
}

const ref = (owner: OwnerKind, field: string | readonly string[], targets: readonly TargetKind[], question: Question,
  o: { many?: boolean; holder?: string; words: string; label: string; onTargetDeleted: OnTargetDeleted }): Reference => ({
  owner, field: typeof field === 'string' ? [field] : field, many: o.many ?? false, targets, question,
  holder: o.holder ?? '{Owner}', words: o.words, label: o.label, onTargetDeleted: o.onTargetDeleted,
});

/** Every reference of the format, in the order the loader reports them. */
export const REFERENCES: readonly Reference[] = [
  ref('sprint', 'facilitatorId', ['person'], 'owners', { holder: 'The sprint facilitator', words: 'Facilitator of the sprint', label: 'Facilitator', onTargetDeleted: 'refuse' }),
  ref('node', 'laneId', ['lane'], 'workflow', { words: 'Lane of {owner}', label: 'Lane', onTargetDeleted: 'clear' }),
  ref('edge', 'from', ['node'], 'workflow', { words: 'Start of {owner}', label: 'From', onTargetDeleted: 'remove-owner' }),
  ref('edge', 'to', ['node'], 'workflow', { words: 'End of {owner}', label: 'To', onTargetDeleted: 'remove-owner' }),
  ref('decision', 'nodeId', ['node'], 'workflow', { words: 'Map node of {owner}', label: 'Map node', onTargetDeleted: 'clear' }),
  ref('decision', 'outputOwnerId', ['person'], 'tiers', { words: 'Owner of the output of {owner}', label: 'Owner of the output', onTargetDeleted: 'refuse' }),
  ref('decision', 'overrideById', ['person'], 'tiers', { words: 'Can override {owner}', label: 'Override', onTargetDeleted: 'refuse' }),
  ref('decision', 'escalateToId', ['person'], 'tiers', { words: 'Escalation for {owner}', label: 'Escalation', onTargetDeleted: 'refuse' }),
  ref('metric', 'decisionIds', ['decision'], 'baselines', { many: true, words: 'Decisions of {owner}', label: 'Decisions', onTargetDeleted: 'clear' }),
  ref('metric', 'ownerId', ['person'], 'owners', { words: 'Owner of {owner}', label: 'Owner', onTargetDeleted: 'refuse' }),
  ref('ownership', 'workflowOwnerId', ['person'], 'owners', { holder: 'The workflow owner', words: 'Workflow owner', label: 'Workflow owner', onTargetDeleted: 'refuse' }),
  ref('ownership', 'governanceOwnerId', ['person'], 'owners', { holder: 'The governance owner', words: 'Governance owner', label: 'Governance owner', onTargetDeleted: 'refuse' }),
  ref('ownership', 'escalationPath', ['person'], 'owners', { many: true, holder: 'The escalation path', words: 'Step {n} of the escalation path', label: 'Escalation path', onTargetDeleted: 'refuse' }),
  ref('raciEntry', 'subjectId', ['decision', 'metric', 'roadmapItem'], 'owners', { words: 'Subject of {owner}', label: 'RACI', onTargetDeleted: 'remove-owner' }),
  ref('raciEntry', 'personId', ['person'], 'owners', { words: '{role} for {subject} in the RACI', label: 'RACI', onTargetDeleted: 'refuse' }),
  ref('roadmapItem', 'dependsOn', ['roadmapItem'], 'owners', { many: true, words: 'Dependency of {owner}', label: 'Dependencies', onTargetDeleted: 'clear' }),
  ref('roadmapItem', 'ownerId', ['person'], 'owners', { words: 'Owner of {owner}', label: 'Owner', onTargetDeleted: 'refuse' }),
  ref('roadmapItem', 'decisionIds', ['decision'], 'owners', { many: true, words: 'Decisions of {owner}', label: 'Decisions', onTargetDeleted: 'clear' }),
  ref('roadmapItem', 'metricIds', ['metric'], 'owners', { many: true, words: 'Metrics of {owner}', label: 'Metrics', onTargetDeleted: 'clear' }),
  ref('roadmapItem', ['gate', 'metricIds'], ['metric'], 'owners', { many: true, holder: 'The gate of {owner}', words: 'Gate of {owner}', label: 'Gate', onTargetDeleted: 'clear' }),
  ref('parkingLotItem', 'convertedTo', ['record'], 'owners', { words: 'What {owner} became', label: 'Converted to', onTargetDeleted: 'clear' }),
  ref('signoff', 'personId', ['person'], 'owners', { holder: 'Sign-off {n}', words: 'Sign-off {n}', label: 'Sign-off', onTargetDeleted: 'refuse' }),
];

/** One reference found in a workbook. */
export interface FoundReference {
  readonly reference: Reference;
  /** The id it names. */
  readonly value: string;
  /** The JSON pointer of the value (worked out when read: most callers never need it). */
  readonly path: string;
  /** The holding record, its place in its list (−1 for a section) and its id when it has one. */
  readonly record: Readonly<Record<string, unknown>>;
  readonly index: number;
  readonly recordId: string | undefined;
  /** The place of the value in a list of ids (−1 for a single reference). */
  readonly at: number;
}

const get = (root: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), root);

/** The records of `owner` in `w` (a section is one record). */
export function recordsOf(w: Workbook, owner: OwnerKind): readonly Readonly<Record<string, unknown>>[] {
  const place = RECORD_PLACES[owner];
  const at = get(w, place.path);
  if (!place.list) return at && typeof at === 'object' ? [at as Record<string, unknown>] : [];
  return Array.isArray(at) ? (at as Record<string, unknown>[]) : [];
}

/**
 * A reference found, its JSON pointer written only when asked for: the loader checks every
 * reference after every edit, and writing tens of thousands of pointers for the few that
 * dangle cost most of that check on a 10,000-node map.
 */
class Found implements FoundReference {
  constructor(
    readonly reference: Reference,
    readonly value: string,
    private readonly base: readonly (string | number)[],
    readonly record: Readonly<Record<string, unknown>>,
    readonly index: number,
    readonly recordId: string | undefined,
    readonly at: number,
  ) {}

  get path(): string {
    return pointer(...this.base, ...this.reference.field, ...(this.at >= 0 ? [this.at] : []));
  }
}

/** Every reference in `w`, in the table's order, record by record. */
export function findReferences(w: Workbook): FoundReference[] {
  const found: FoundReference[] = [];
  const owners = [...new Set(REFERENCES.map((r) => r.owner))];
  for (const owner of owners) {
    const place = RECORD_PLACES[owner];
    const refs = REFERENCES.filter((r) => r.owner === owner);
    recordsOf(w, owner).forEach((record, i) => {
      const index = place.list ? i : -1;
      const base = place.list ? [...place.path, i] : [...place.path];
      const idValue = place.idField ? record[place.idField] : undefined;
      const recordId = typeof idValue === 'string' ? idValue : undefined;
      for (const reference of refs) {
        const v = get(record, reference.field);
        const push = (value: unknown, at: number) => {
          if (typeof value === 'string') found.push(new Found(reference, value, base, record, index, recordId, at));
        };
        if (reference.many) (Array.isArray(v) ? v : []).forEach((value, j) => push(value, j));
        else push(v, -1);
      }
    });
  }
  return found;
}

/** The references that may name a record of `kind`. */
export const referencesTo = (kind: RecordKind): readonly Reference[] =>
  REFERENCES.filter((r) => r.targets.includes(kind as TargetKind) || r.targets.includes('record'));

/** "roadmap item “Launch”" (or with straight quotes and a capital for the loader's messages). */
export function nameOwner(owner: OwnerKind, record: Readonly<Record<string, unknown>>, index: number, style: 'ui' | 'loader'): string {
  const place = RECORD_PLACES[owner];
  const noun = style === 'loader' ? place.noun[0]!.toUpperCase() + place.noun.slice(1) : place.noun;
  if (!place.list) return noun;
  const name = place.nameField ? record[place.nameField] : undefined;
  if (typeof name !== 'string') return `${noun} ${index + 1}`;
  return style === 'loader' ? `${noun} "${name}"` : `${noun} “${name}”`;
}

/** "decision, metric or roadmap item": what a reference may name, in words. */
export function targetWords(targets: readonly TargetKind[]): string {
  const nouns = targets.map((t) => (t === 'record' ? 'record' : RECORD_PLACES[t].noun));
  return nouns.length === 1 ? nouns[0]! : `${nouns.slice(0, -1).join(', ')} or ${nouns[nouns.length - 1]}`;
}

/** The reference whose field holds the value at JSON pointer `path`, if any (`/decisions/3/overrideById`). */
export function referenceAt(path: string): Reference | undefined {
  const parts = path.split('/').slice(1);
  for (const r of REFERENCES) {
    const place = RECORD_PLACES[r.owner];
    const head = place.list ? place.path.length + 1 : place.path.length;
    if (!place.path.every((p, i) => parts[i] === p)) continue;
    if (place.list && !/^\d+$/.test(parts[place.path.length] ?? '')) continue;
    const rest = parts.slice(head);
    if (r.field.every((f, i) => rest[i] === f) && rest.length >= r.field.length && rest.length <= r.field.length + (r.many ? 1 : 0)) return r;
  }
  return undefined;
}
