/**
 * What "Search everything" searches: every person, lane, map node, decision, metric, roadmap
 * item and parked question of a workbook, each with the texts a person might remember it by
 * (field by field, so a hit can say which field and a jump can land on it), its kind in words
 * and where it lives ("Map › Support agent"). Built once per workbook (memoized by identity).
 */
import type { StageId } from '../stages';
import type { Workbook } from '../../../shared/model';
import { NODE_KIND_LABEL, PHASE_LABEL } from '../../../shared/report/labels';
import { fold, type FoldedText } from './match';

export type SearchKind = 'person' | 'lane' | 'node' | 'decision' | 'metric' | 'roadmapItem' | 'parkingItem';

export const SEARCH_KIND_LABEL: Readonly<Record<SearchKind, string>> = {
  person: 'Person', lane: 'Lane', node: 'Map step', decision: 'Decision', metric: 'Metric',
  roadmapItem: 'Roadmap item', parkingItem: 'Parked question',
};

export interface SearchField {
  /** The record's field, as navigation names it (`baseline/source`); the first is the record's name. */
  readonly field: string;
  /** Its name in words, shown beside a hit that is not in the record's name. */
  readonly label: string;
  readonly text: string;
  readonly folded: FoldedText;
  /** The record's name (its title, label or name field). */
  readonly isName: boolean;
}

export interface SearchEntry {
  readonly kind: SearchKind;
  readonly id: string;
  /** The record's name (its first field's text), or a stand-in when it has none. */
  readonly title: string;
  /** Where it lives, in words: "Decisions", "Map › Support agent", "Parking lot › open". */
  readonly place: string;
  /** The stage that shows it; null for a parked question (the parking-lot panel shows it). */
  readonly stage: StageId | null;
  readonly fields: readonly SearchField[];
}

type Raw = readonly (readonly [field: string, label: string, text: string | undefined])[];

function entry(kind: SearchKind, id: string, place: string, stage: StageId | null, raw: Raw): SearchEntry {
  const fields = raw
    .map(([field, label, text], i) => ({ field, label, text: text ?? '', folded: fold(text ?? ''), isName: i === 0 }))
    .filter((f) => f.folded.folded !== '');
  const title = raw[0]?.[2]?.trim() ? raw[0][2] : `Untitled ${SEARCH_KIND_LABEL[kind].toLowerCase()}`;
  return { kind, id, title, place, stage, fields };
}

/** Every searchable record of `w`, in the order the stages show them. */
export function searchEntries(w: Workbook): readonly SearchEntry[] {
  const laneName = new Map(w.workflow.lanes.map((l) => [l.id, l.name]));
  return [
    ...w.people.map((p) => entry('person', p.id, 'Overview › People', 'overview',
      [['name', 'Name', p.name], ['role', 'Role', p.role], ['team', 'Team', p.team], ['email', 'Email', p.email]])),
    ...w.workflow.lanes.map((l) => entry('lane', l.id, 'Map › Lanes', 'map', [['name', 'Name', l.name]])),
    ...w.workflow.nodes.map((n) => {
      const lane = n.laneId ? laneName.get(n.laneId) : undefined;
      return entry('node', n.id, `Map › ${lane?.trim() ? lane : 'no lane'} · ${NODE_KIND_LABEL[n.kind]}`, 'map',
        [['label', 'Label', n.label], ['notes', 'Notes', n.notes]]);
    }),
    ...w.decisions.map((d) => entry('decision', d.id, 'Decisions', 'decisions', [
      ['title', 'Title', d.title], ['description', 'Description', d.description], ['onError', 'When the model is wrong', d.onError],
      ['tierReason', 'Reason for the tier', d.tierReason], ...d.controls.map((c, i) => [`controls/${i}`, 'Control', c] as const),
    ])),
    ...w.metrics.map((m) => entry('metric', m.id, 'Metrics', 'metrics', [
      ['name', 'Name', m.name], ['unit', 'Unit', m.unit], ['baseline/source', 'Baseline source', m.baseline?.source],
      ['baseline/method', 'Baseline method', m.baseline?.method], ['kill/action', 'Kill action', m.kill?.action],
      ...m.observations.map((o, i) => [`observations/${i}`, `Observation of ${o.date}`, o.note] as const),
    ])),
    ...w.roadmap.map((r) => entry('roadmapItem', r.id, `Roadmap › ${PHASE_LABEL[r.phase]}`, 'roadmap', [
      ['title', 'Title', r.title], ['description', 'Description', r.description], ['gate', 'Gate', r.gate?.note],
    ])),
    ...(w.parkingLot ?? []).map((q) => entry('parkingItem', q.id, `Parking lot › ${q.status}`, null, [
      ['text', 'Question', q.text], ['raisedBy', 'Raised by', q.raisedBy], ['resolution', 'Resolution', q.resolution],
    ])),
  ];
}

const memo = new WeakMap<Workbook, readonly SearchEntry[]>();

/** `searchEntries(w)`, built once per workbook value. */
export function searchEntriesOf(w: Workbook): readonly SearchEntry[] {
  let entries = memo.get(w);
  if (!entries) memo.set(w, (entries = searchEntries(w)));
  return entries;
}
