/**
 * The records of a workbook, in file order: the keyless parts (the workbook's own fields, the
 * exposure policy, the pilot, the sprint, the ownership) and the record lists (people, lanes,
 * nodes, connectors, decisions, metrics, RACI entries, roadmap items, parking-lot items,
 * sign-offs), each with its key, its label for people, and its fields.
 */
import { pointer, type Workbook } from '../../model';
import {
  DECISION_FIELDS, EDGE_FIELDS, LANE_FIELDS, METRIC_FIELDS, NODE_FIELDS, OWNERSHIP_FIELDS, PARKING_FIELDS,
  PERSON_FIELDS, PILOT_FIELDS, POLICY_FIELDS, RACI_FIELDS, ROADMAP_FIELDS, SIGNOFF_FIELDS, SPRINT_FIELDS,
  WORKBOOK_FIELDS, type Fields,
} from './shape';
import type { Obj } from './values';

export type PartKind = 'workbook' | 'policy' | 'pilot' | 'sprint' | 'ownership';
export type ListKind = 'person' | 'lane' | 'node' | 'edge' | 'decision' | 'metric' | 'raci' | 'roadmap-item' | 'parking-item' | 'signoff';
export type RecordKind = PartKind | ListKind;

/** Which record a change or a conflict is about, enough to list it and to jump to it. */
export interface RecordRef {
  readonly kind: RecordKind;
  /** The id for records that have one; "subjectId personId" for RACI, "personId date" for sign-offs; the kind for parts. */
  readonly key: string;
  /** Present for records with an id (people … parking-lot items). */
  readonly id?: string;
  /** Title, name or label, as people know the record. */
  readonly label: string;
}

/** Record labels by id, for messages about references, and a record's own label. */
export interface Names {
  of(id: string): string | undefined;
}

export interface Part {
  readonly section: 'part';
  readonly kind: PartKind;
  /** "the pilot": how a sentence names it. */
  readonly noun: string;
  readonly get: (w: Workbook) => Obj | undefined;
  readonly fields: Fields;
  readonly path: readonly string[];
  readonly labelOf: (w: Workbook) => string;
}

export interface RecordList {
  readonly section: 'list';
  readonly kind: ListKind;
  readonly noun: string;
  readonly plural: string;
  /** Where the list sits in the workbook. */
  readonly path: readonly string[];
  readonly get: (w: Workbook) => readonly Obj[];
  readonly keyOf: (r: Obj) => string;
  /** Records with an id share one key space: an id is unique across every list. */
  readonly hasId: boolean;
  readonly labelOf: (r: Obj, names: Names) => string;
  readonly fields: Fields;
}

export type Section = Part | RecordList;

/** The model's records seen as plain objects, which is what they are. The 1.1 lists may be missing from a workbook built before 1.1. */
const rows = (xs: readonly object[]) => xs as unknown as readonly Obj[];
const str = (r: Obj, key: string): string => (typeof r[key] === 'string' ? (r[key] as string) : '');
const named = (key: string) => (r: Obj) => str(r, key).trim() || str(r, 'id');
const refName = (names: Names, id: string) => names.of(id) ?? id;

const part = (kind: PartKind, noun: string, path: string[], get: Part['get'], fields: Fields, labelOf: Part['labelOf']): Part =>
  ({ section: 'part', kind, noun, path, get, fields, labelOf });

const list = (kind: ListKind, noun: string, plural: string, path: string[], get: RecordList['get'], fields: Fields,
  labelOf: RecordList['labelOf'], keyOf: RecordList['keyOf'] = (r) => str(r, 'id')): RecordList =>
  ({ section: 'list', kind, noun, plural, path, get, fields, labelOf, keyOf, hasId: kind !== 'raci' && kind !== 'signoff' });

/** Every section, in the order a file holds them. */
export const SECTIONS: readonly Section[] = [
  part('workbook', 'the workbook', [], (w) => w as unknown as Obj, WORKBOOK_FIELDS, (w) => w.title),
  part('policy', 'the exposure policy', ['policy'], (w) => w.policy as Obj | undefined, POLICY_FIELDS, () => 'Exposure policy'),
  part('pilot', 'the pilot', ['pilot'], (w) => w.pilot as unknown as Obj, PILOT_FIELDS, (w) => w.pilot.name.trim() || 'Pilot'),
  part('sprint', 'the sprint', ['sprint'], (w) => w.sprint as unknown as Obj, SPRINT_FIELDS, () => 'Sprint'),
  list('person', 'person', 'people', ['people'], (w) => rows(w.people), PERSON_FIELDS, named('name')),
  list('lane', 'lane', 'lanes', ['workflow', 'lanes'], (w) => rows(w.workflow.lanes), LANE_FIELDS, named('name')),
  list('node', 'map node', 'map nodes', ['workflow', 'nodes'], (w) => rows(w.workflow.nodes), NODE_FIELDS, named('label')),
  list('edge', 'connector', 'connectors', ['workflow', 'edges'], (w) => rows(w.workflow.edges), EDGE_FIELDS,
    (r, names) => str(r, 'label').trim() || `${refName(names, str(r, 'from'))} → ${refName(names, str(r, 'to'))}`),
  list('decision', 'decision', 'decisions', ['decisions'], (w) => rows(w.decisions), DECISION_FIELDS, named('title')),
  list('metric', 'metric', 'metrics', ['metrics'], (w) => rows(w.metrics), METRIC_FIELDS, named('name')),
  part('ownership', 'the ownership', ['ownership'], (w) => w.ownership as unknown as Obj, OWNERSHIP_FIELDS, () => 'Ownership'),
  list('raci', 'RACI entry', 'RACI entries', ['raci'], (w) => rows(w.raci), RACI_FIELDS,
    (r, names) => `${refName(names, str(r, 'personId'))} on "${refName(names, str(r, 'subjectId'))}"`,
    (r) => `${str(r, 'subjectId')} ${str(r, 'personId')}`),
  list('roadmap-item', 'roadmap item', 'roadmap items', ['roadmap'], (w) => rows(w.roadmap), ROADMAP_FIELDS, named('title')),
  list('parking-item', 'parking-lot item', 'parking-lot items', ['parkingLot'], (w) => rows(w.parkingLot ?? []), PARKING_FIELDS,
    (r) => shorten(str(r, 'text').trim()) || str(r, 'id')),
  list('signoff', 'sign-off', 'sign-offs', ['signoffs'], (w) => rows(w.signoffs ?? []), SIGNOFF_FIELDS,
    (r, names) => `Sign-off by ${refName(names, str(r, 'personId'))} on ${str(r, 'date')}`,
    (r) => `${str(r, 'personId')} ${str(r, 'date')}`),
];

export const PARTS = SECTIONS.filter((s): s is Part => s.section === 'part');
export const LISTS = SECTIONS.filter((s): s is RecordList => s.section === 'list');
export const LIST_OF: Readonly<Record<ListKind, RecordList>> =
  Object.fromEntries(LISTS.map((l) => [l.kind, l])) as Record<ListKind, RecordList>;

/** The labels of every record with an id, built once per workbook. */
export function namesOf(w: Workbook): Names {
  let map: Map<string, string> | undefined;
  const names: Names = {
    of(id) {
      if (!map) {
        map = new Map();
        // Lists in file order: a connector's label names its nodes, which are in the map by then.
        for (const l of LISTS) {
          if (!l.hasId) continue;
          for (const r of l.get(w)) map.set(str(r, 'id'), l.labelOf(r, names));
        }
      }
      return map.get(id);
    },
  };
  return names;
}

/** A record of a list as a reference: its key, its id when it has one, its label. */
export function refOf(l: RecordList, key: string, r: Obj, names: Names): RecordRef {
  return l.hasId ? { kind: l.kind, key, id: str(r, 'id'), label: l.labelOf(r, names) } : { kind: l.kind, key, label: l.labelOf(r, names) };
}

export function partRef(p: Part, w: Workbook): RecordRef {
  return { kind: p.kind, key: p.kind, label: p.labelOf(w) };
}

/** The JSON pointer of the `index`-th record of a list, or of a part. */
export function pointerOf(s: Section, index?: number): string {
  return index === undefined ? pointer(...s.path) : pointer(...s.path, index);
}

/** Long parking-lot texts are cut for a label; the record keeps every word. */
function shorten(s: string): string {
  const chars = [...s];
  return chars.length <= 60 ? s : `${chars.slice(0, 59).join('')}…`;
}
