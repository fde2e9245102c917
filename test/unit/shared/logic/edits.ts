/**
 * Generated edits of a workbook, for property tests of the comparison and the merge: each edit
 * is four numbers that an interpreter turns into a change a person could make (rename, retier,
 * move, add or remove a record, an observation, a control, a RACI entry, a key the model does
 * not know …), so fast-check can shrink a failing case to the fewest, smallest edits. Edits
 * keep the workbook loadable (ids unique, values of the right type); references may dangle,
 * as when a person removes a record something still names.
 */
import fc from 'fast-check';
import {
  ACTIONS, CADENCES, CONTROL_IDS, EDGE_KINDS, LANE_KINDS, NODE_KINDS, PHASES, RACI_ROLES, TIERS, recordIds, type Workbook,
} from '../../../../shared/model';

export interface Edit { readonly op: number; readonly a: number; readonly b: number; readonly c: number }
export type SideName = 'ours' | 'theirs';

/** Small numbers, so the two sides often pick the same record and field, where conflicts live. */
export const editArb: fc.Arbitrary<Edit> = fc.record({ op: fc.nat({ max: 100 }), a: fc.nat({ max: 30 }), b: fc.nat({ max: 4 }), c: fc.nat({ max: 40 }) });
export const editsArb = fc.array(editArb, { minLength: 1, maxLength: 8 });

/**
 * A base seed and both sides' edits, where theirs also repeats some of ours with another value
 * (or the same one): the two sides then often touch the same field, as two consultants do.
 */
export const sidesArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  ours: editsArb,
  theirs: fc.array(editArb, { maxLength: 6 }),
  echoes: fc.array(fc.record({ i: fc.nat({ max: 7 }), shift: fc.nat({ max: 3 }) }), { maxLength: 4 }),
}).map(({ seed, ours, theirs, echoes }) => ({
  seed, ours,
  theirs: [...theirs, ...echoes.map(({ i, shift }) => { const e = ours[i % ours.length]!; return { ...e, c: e.c + shift }; })],
}));

/** The sizes of the generated workbooks the properties run on: small, so many cases run quickly. */
export const SMALL = { nodes: 8, edges: 10, lanes: 3, decisions: 5, metrics: 3, observations: 4, roadmap: 5, people: 4 };

type Row = Record<string, unknown>;
type ListName = 'people' | 'lanes' | 'nodes' | 'edges' | 'decisions' | 'metrics' | 'roadmap' | 'parkingLot' | 'raci' | 'signoffs';
const LIST_NAMES: readonly ListName[] = ['people', 'lanes', 'nodes', 'edges', 'decisions', 'metrics', 'roadmap', 'parkingLot', 'raci', 'signoffs'];

const at = <T,>(xs: readonly T[], n: number): T | undefined => (xs.length === 0 ? undefined : xs[n % xs.length]);
const WORDS = ['alpha', 'beta', 'gamma'];
/** Mostly a few shared words, so both sides sometimes make the very same change; now and then one of a side's own. */
const word = (e: Edit, side: SideName) => (e.c % 5 === 4 ? `${side} ${e.c}` : WORDS[e.c % WORDS.length]!);

function rows(w: Workbook, name: ListName): readonly Row[] {
  return (name === 'lanes' || name === 'nodes' || name === 'edges' ? w.workflow[name] : w[name]) as unknown as readonly Row[];
}

function withRows(w: Workbook, name: ListName, list: readonly Row[]): Workbook {
  if (name === 'lanes' || name === 'nodes' || name === 'edges') return { ...w, workflow: { ...w.workflow, [name]: list } };
  return { ...w, [name]: list } as Workbook;
}

/** Changes the `e.b`-th record of `name` (if there is one) with `f`; an undefined field value removes the field. */
function editRow(w: Workbook, name: ListName, e: Edit, f: (r: Row) => Row): Workbook {
  const list = rows(w, name);
  if (list.length === 0) return w;
  const i = e.b % list.length;
  const changed = f(list[i]!);
  for (const k of Object.keys(changed)) if (changed[k] === undefined) delete changed[k];
  return withRows(w, name, list.map((r, j) => (j === i ? changed : r)));
}

const ids = (w: Workbook, name: ListName) => rows(w, name).map((r) => r.id as string);
const toggle = (xs: readonly unknown[], x: unknown) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);

type EditFn = (w: Workbook, e: Edit, side: SideName) => Workbook;

const TEXT: readonly [ListName, string, boolean][] = [
  ['people', 'name', false], ['people', 'role', true], ['lanes', 'name', false], ['nodes', 'label', false], ['nodes', 'notes', true],
  ['edges', 'label', true], ['decisions', 'title', false], ['decisions', 'description', true], ['decisions', 'onError', true],
  ['metrics', 'name', false], ['metrics', 'unit', false], ['roadmap', 'title', false], ['roadmap', 'description', true],
  ['parkingLot', 'text', false], ['signoffs', 'note', true],
];
const ENUMS: readonly [ListName, string, readonly string[]][] = [
  ['lanes', 'kind', LANE_KINDS], ['nodes', 'kind', NODE_KINDS], ['edges', 'kind', EDGE_KINDS], ['decisions', 'action', ACTIONS],
  ['metrics', 'direction', ['decrease', 'increase']], ['metrics', 'cadence', CADENCES], ['roadmap', 'phase', PHASES], ['raci', 'role', RACI_ROLES],
];

const EDITS: readonly EditFn[] = [
  (w, e, side) => { // a text field set, or an optional one removed
    const [name, field, optional] = at(TEXT, e.a)!;
    return editRow(w, name, e, (r) => ({ ...r, [field]: optional && e.c % 7 === 6 ? undefined : word(e, side) }));
  },
  (w, e) => { // an enumerated field
    const [name, field, values] = at(ENUMS, e.a)!;
    return editRow(w, name, e, (r) => ({ ...r, [field]: at(values, e.c) }));
  },
  (w, e, side) => editRow(w, 'decisions', e, (r) => ({ // a new tier, with a reason or without
    ...r, tier: at(TIERS, e.c), tierReason: e.a % 2 === 0 ? undefined : word(e, side),
  })),
  (w, e) => editRow(w, 'decisions', e, (r) => { // a control, a logged item or a person of the decision
    const people = ids(w, 'people');
    switch (e.a % 5) {
      case 0: return { ...r, controls: toggle(r.controls as string[], at(CONTROL_IDS, e.c)) };
      case 1: return { ...r, logging: toggle(r.logging as string[], at(['input', 'output', 'reviewer'], e.c)) };
      case 2: return { ...r, overrideById: at(people, e.c) };
      case 3: return { ...r, escalateToId: at(people, e.c) };
      default: return { ...r, factors: { ...(r.factors as Row), financialExposure: (e.c % 4) * 5000, reversible: e.c % 2 === 0 } };
    }
  }),
  (w, e, side) => editRow(w, 'metrics', e, (r) => { // a metric's numbers, criteria and links
    const base = r.baseline as Row | undefined;
    switch (e.a % 7) {
      case 0: return { ...r, target: e.c % 5 === 0 ? undefined : { value: e.c % 9 } };
      case 1: return { ...r, kill: { ...(r.kill as Row), threshold: 20 + (e.c % 9) } };
      case 2: return { ...r, kill: { threshold: 30, evaluateOn: `2026-0${6 + (e.c % 3)}-01` } };
      case 3: return { ...r, baseline: base === undefined || e.c % 6 === 0 ? (base ? undefined : { value: e.c % 7 }) : { ...base, [e.c % 2 ? 'source' : 'method']: word(e, side) } };
      case 4: return { ...r, decisionIds: toggle(r.decisionIds as string[], at(ids(w, 'decisions'), e.c)) };
      case 5: return { ...r, ownerId: at(ids(w, 'people'), e.c) };
      default: return { ...r, 'x-color': word(e, side) }; // a key the model does not know
    }
  }),
  (w, e) => editRow(w, 'metrics', e, (r) => { // an observation added, changed or removed
    const obs = r.observations as Row[];
    const date = `2026-05-0${1 + (e.c % 4)}`;
    const i = obs.findIndex((o) => o.date === date);
    if (e.a % 3 === 0) return { ...r, observations: obs.filter((_, j) => j !== e.c % Math.max(1, obs.length)) };
    if (i >= 0) return { ...r, observations: obs.map((o, j) => (j === i ? { ...o, value: e.a % 11 } : o)) };
    return { ...r, observations: [...obs, { date, value: e.a % 11 }] };
  }),
  (w, e) => editRow(w, 'roadmap', e, (r) => { // a roadmap item's weeks, dependencies, links and gate
    switch (e.a % 5) {
      case 0: return { ...r, weeks: 1 + (e.c % 104) };
      case 1: return { ...r, dependsOn: toggle(r.dependsOn as string[], at(ids(w, 'roadmap'), e.c)) };
      case 2: return { ...r, metricIds: toggle(r.metricIds as string[], at(ids(w, 'metrics'), e.c)) };
      case 3: return { ...r, gate: e.c % 3 === 0 ? undefined : { metricIds: [at(ids(w, 'metrics'), e.c)].filter(Boolean), note: WORDS[e.c % 3] } };
      default: return { ...r, ownerId: at(ids(w, 'people'), e.c) };
    }
  }),
  (w, e) => editRow(w, 'nodes', e, (r) => ({ ...r, x: (e.c % 50) * 20, y: (e.a % 30) * 20, laneId: at(ids(w, 'lanes'), e.a) })),
  (w, e, side) => { // a record added under an id both sides may choose
    const id = `new-${e.b % 3}`;
    if (recordIds(w).has(id)) return w;
    const text = word(e, side);
    const node = at(ids(w, 'nodes'), e.c) ?? id;
    const made: [ListName, Row][] = [
      ['people', { id, name: text }],
      ['lanes', { id, name: text, kind: 'role' }],
      ['nodes', { id, kind: 'step', label: text, x: 0, y: 0 }],
      ['edges', { id, from: node, to: node, kind: 'flow' }],
      ['decisions', { id, title: text, action: 'summarize', factors: { reversible: true, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false }, controls: [], logging: [] }],
      ['metrics', { id, name: text, kind: 'custom', unit: 'h', direction: 'decrease', decisionIds: [], observations: [] }],
      ['roadmap', { id, title: text, phase: 'foundation', weeks: 1, dependsOn: [], decisionIds: [], metricIds: [] }],
      ['parkingLot', { id, text, raisedAt: '2026-02-01T10:00:00Z', status: 'open' }],
    ];
    const [name, row] = at(made, e.a)!;
    const list = rows(w, name);
    const i = e.c % (list.length + 1);
    return withRows(w, name, [...list.slice(0, i), row, ...list.slice(i)]);
  },
  (w, e) => { // a record removed
    const name = at(LIST_NAMES, e.a)!;
    const list = rows(w, name);
    return list.length === 0 ? w : withRows(w, name, list.filter((_, i) => i !== e.b % list.length));
  },
  (w, e) => { // two records of a list swapped
    const name = at(LIST_NAMES, e.a)!;
    const list = [...rows(w, name)];
    if (list.length < 2) return w;
    const i = e.b % list.length;
    const j = e.c % list.length;
    [list[i], list[j]] = [list[j]!, list[i]!];
    return withRows(w, name, list);
  },
  (w, e) => { // a RACI entry added, or a sign-off
    const person = at(ids(w, 'people'), e.b);
    const subject = at([...ids(w, 'decisions'), ...ids(w, 'metrics')], e.c);
    if (person === undefined || subject === undefined) return w;
    if (e.a % 2 === 0) {
      if (w.raci.some((r) => r.subjectId === subject && r.personId === person)) return w;
      return { ...w, raci: [...w.raci, { subjectId: subject, personId: person, role: at(RACI_ROLES, e.a)! }] };
    }
    return { ...w, signoffs: [...w.signoffs, { personId: person, date: `2026-01-1${e.c % 10}`, decision: e.a % 4 === 1 ? 'accept' : 'reject' }] };
  },
  (w, e, side) => { // the ownership, the pilot, the sprint, the workbook's own fields
    const people = ids(w, 'people');
    switch (e.a % 8) {
      case 0: return { ...w, ownership: { ...w.ownership, escalationPath: people.filter((_, i) => (e.c >> i) & 1) } };
      case 1: return { ...w, ownership: { ...w.ownership, workflowOwnerId: at(people, e.c) } };
      case 2: return { ...w, pilot: { ...w.pilot, outcome: word(e, side) } };
      case 3: return { ...w, pilot: { ...w.pilot, stakeholders: e.c % 3 === 0 ? [] : [...w.pilot.stakeholders.filter((s) => s.group !== WORDS[e.c % 3]), { group: WORDS[e.c % 3]!, harm: word(e, side) }] } };
      case 4: return { ...w, sprint: { ...w.sprint, days: w.sprint.days.map((d, i) => (i === e.b % 10 ? { ...d, done: !d.done } : d)) } };
      case 5: return { ...w, sprint: { ...w.sprint, days: w.sprint.days.map((d, i) => (i === e.b % 10 ? { ...d, blocks: [...d.blocks.filter((b) => b.title !== WORDS[e.c % 3]), { title: WORDS[e.c % 3]!, minutes: 5 + (e.c % 60) }] } : d)) } };
      case 6: return { ...w, title: word(e, side), locale: at(['en-GB', 'de-DE', 'fr-FR'], e.c) };
      default: return { ...w, [`x-${e.c % 2}`]: word(e, side) } as Workbook;
    }
  },
  (w, e, side) => ({ ...w, audit: [...w.audit, { at: `2026-02-1${e.c % 10}T09:00:00Z`, action: `${side} ${WORDS[e.a % 3]}` }] }),
];

/** `w` with the edits applied in order, and the side's time of change. */
export function applyEdits(w: Workbook, edits: readonly Edit[], side: SideName): Workbook {
  let out = w;
  for (const e of edits) out = EDITS[e.op % EDITS.length]!(out, e, side);
  // The same instant written two ways: the merge must pick one whichever side comes first.
  return { ...out, updatedAt: side === 'ours' ? '2026-03-01T10:00:00Z' : '2026-03-01T11:00:00+01:00' };
}
