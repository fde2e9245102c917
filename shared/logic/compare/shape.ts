/**
 * How each field of a workbook is compared and merged: one declaration that both the
 * comparison and the three-way merge read, so they always agree on what a field is.
 *
 * - `value`: compared whole (text, number, yes/no, a reference).
 * - `set`: a list whose order does not matter (a metric's decisions, a decision's controls);
 *   compared as members added and removed.
 * - `list`: a list whose order matters (the escalation path), compared whole.
 * - `object`: a nested object (baseline, kill criterion, factors, gate), field by field.
 * - `entries`: a list of objects without ids, matched by a key (observations by date, sprint
 *   days by number, a day's blocks by title, stakeholders by group).
 * - `elsewhere`: compared as records of their own (the record lists, the audit trail).
 *
 * `governance` marks what the merge never combines inside: both sides changing it is a
 * conflict unless they agree. A `unit` groups fields that only make sense together (a tier and
 * its reason, a node's lane and position): they are merged as one value. `ref` marks ids,
 * which the merge's messages show by the record's name.
 */

export interface Unit { readonly name: string; readonly label: string }

interface Common {
  /** Plain language; nested and entry fields are lower case, as they follow their parent's label. */
  readonly label: string;
  readonly governance?: boolean;
  readonly unit?: Unit;
  readonly ref?: boolean;
  /** The merge takes the later of the two sides' instants (`updatedAt`). */
  readonly latest?: boolean;
}

export interface EntryShape {
  readonly keyOf: (entry: unknown) => string;
  readonly labelOf: (entry: unknown) => string;
  readonly fields: Fields;
}

export type FieldShape =
  | (Common & { readonly type: 'value' | 'set' | 'list' })
  | (Common & { readonly type: 'object'; readonly fields: Fields })
  | (Common & { readonly type: 'entries'; readonly entry: EntryShape })
  | { readonly type: 'elsewhere' };

export type Fields = Readonly<Record<string, FieldShape>>;

const value = (label: string, extra: Partial<Common> = {}): FieldShape => ({ type: 'value', label, ...extra });
const ref = (label: string, extra: Partial<Common> = {}): FieldShape => ({ type: 'value', label, ref: true, ...extra });
const set = (label: string, extra: Partial<Common> = {}): FieldShape => ({ type: 'set', label, ...extra });
const object = (label: string, fields: Fields, extra: Partial<Common> = {}): FieldShape => ({ type: 'object', label, fields, ...extra });
const entries = (label: string, entry: EntryShape): FieldShape => ({ type: 'entries', label, entry });
const ELSEWHERE: FieldShape = { type: 'elsewhere' };
const text = (v: unknown, key: string): string => {
  const s = (v as Record<string, unknown> | undefined)?.[key];
  return typeof s === 'string' || typeof s === 'number' ? String(s) : '';
};

const TIER: Unit = { name: 'tier', label: 'Tier and its reason' };
const PLACE: Unit = { name: 'place', label: 'Place on the map (lane and position)' };
const PERIOD: Unit = { name: 'period', label: 'period' };

export const PERSON_FIELDS: Fields = {
  id: value('Id'), name: value('Name'), role: value('Role'), team: value('Team'), email: value('Email'),
};

export const LANE_FIELDS: Fields = { id: value('Id'), name: value('Name'), kind: value('Kind') };

export const NODE_FIELDS: Fields = {
  id: value('Id'), kind: value('Kind'), label: value('Label'),
  laneId: ref('Lane', { unit: PLACE }), x: value('Position x', { unit: PLACE }), y: value('Position y', { unit: PLACE }),
  notes: value('Notes'),
};

export const EDGE_FIELDS: Fields = {
  id: value('Id'), from: ref('From'), to: ref('To'), kind: value('Kind'), label: value('Label'),
};

export const DECISION_FIELDS: Fields = {
  id: value('Id'),
  nodeId: ref('Map node'),
  title: value('Title'),
  description: value('Description'),
  action: value('Action'),
  factors: object('Factors', {
    reversible: value('reversible'), customerFacing: value('customer-facing'),
    financialExposure: value('financial exposure'), affectsRights: value('affects rights'),
    personalData: value('personal data'),
  }),
  tier: value('Tier', { governance: true, unit: TIER }),
  tierReason: value('Reason for the tier', { governance: true, unit: TIER }),
  controls: set('Controls', { governance: true }),
  outputOwnerId: ref('Output owner', { governance: true }),
  overrideById: ref('Override by', { governance: true }),
  escalateToId: ref('Escalate to', { governance: true }),
  logging: set('Logging'),
  onError: value('When the model is wrong'),
};

const OBSERVATION = {
  keyOf: (o: unknown) => text(o, 'date'),
  labelOf: (o: unknown) => `Observation of ${text(o, 'date')}`,
  fields: { date: value('date'), value: value('value'), note: value('note') },
} satisfies EntryShape;

export const METRIC_FIELDS: Fields = {
  id: value('Id'),
  name: value('Name'),
  kind: value('Kind'),
  unit: value('Unit'),
  direction: value('Better when it'),
  baseline: object('Baseline', {
    value: value('value'), from: value('from', { unit: PERIOD }), to: value('to', { unit: PERIOD }),
    sampleSize: value('sample size'), source: value('source'), method: value('method'),
  }),
  target: object('Target', { value: value('value'), by: value('by') }, { governance: true }),
  kill: object('Kill criterion', { threshold: value('threshold'), evaluateOn: value('evaluated from'), action: value('action') }, { governance: true }),
  cadence: value('Cadence'),
  ownerId: ref('Owner'),
  decisionIds: set('Decisions', { ref: true }),
  observations: entries('Observations', OBSERVATION),
};

export const RACI_FIELDS: Fields = {
  subjectId: ref('Subject'), personId: ref('Person'), role: value('Role', { governance: true }),
};

export const ROADMAP_FIELDS: Fields = {
  id: value('Id'),
  title: value('Title'),
  description: value('Description'),
  phase: value('Phase'),
  weeks: value('Weeks'),
  dependsOn: set('Depends on', { ref: true }),
  ownerId: ref('Owner'),
  decisionIds: set('Decisions', { ref: true }),
  metricIds: set('Metrics', { ref: true }),
  gate: object('Gate', { metricIds: set('metrics', { ref: true }), note: value('note') }),
};

export const PARKING_FIELDS: Fields = {
  id: value('Id'), text: value('Text'), raisedAt: value('Raised at'), raisedBy: value('Raised by'),
  status: value('Status'), resolution: value('Resolution'), convertedTo: ref('Converted to'),
};

export const SIGNOFF_FIELDS: Fields = {
  personId: ref('Person'), role: value('Role'), date: value('Date'), decision: value('Decision'), note: value('Note'),
};

export const POLICY_FIELDS: Fields = {
  mediumExposure: value('Medium exposure from'), highExposure: value('High exposure from'),
};

export const PILOT_FIELDS: Fields = {
  name: value('Name'), summary: value('Summary'), outcome: value('Outcome'), stage: value('Stage'),
  intendedUse: value('Intended use'), outOfScope: value('Out of scope'),
  stakeholders: entries('Stakeholders', {
    keyOf: (s) => text(s, 'group'),
    labelOf: (s) => `Stakeholder "${text(s, 'group')}"`,
    fields: { group: value('group'), benefit: value('benefit'), harm: value('harm') },
  }),
};

const BLOCK = {
  keyOf: (b: unknown) => text(b, 'title'),
  labelOf: (b: unknown) => `block "${text(b, 'title')}"`,
  fields: { title: value('title'), minutes: value('minutes'), done: value('done') },
} satisfies EntryShape;

export const SPRINT_FIELDS: Fields = {
  startDate: value('Start date'),
  facilitatorId: ref('Facilitator'),
  days: entries('Days', {
    keyOf: (d) => text(d, 'day'),
    labelOf: (d) => `Day ${text(d, 'day')}`,
    fields: { day: value('day'), done: value('done'), notes: value('notes'), blocks: entries('blocks', BLOCK) },
  }),
};

export const OWNERSHIP_FIELDS: Fields = {
  workflowOwnerId: ref('Workflow owner', { governance: true }),
  governanceOwnerId: ref('Governance owner', { governance: true }),
  measurementCadence: value('Measurement cadence'),
  escalationPath: { type: 'list', label: 'Escalation path', governance: true, ref: true },
};

/** The workbook's own fields; its parts and record lists are compared as records of their own. */
export const WORKBOOK_FIELDS: Fields = {
  format: value('Format'),
  schemaVersion: value('Schema version'),
  id: value('Workbook id'),
  title: value('Title'),
  organization: value('Organization'),
  createdAt: value('Created'),
  updatedAt: value('Last changed', { latest: true }),
  locale: value('Locale'),
  currency: value('Currency'),
  policy: ELSEWHERE,
  pilot: ELSEWHERE,
  sprint: ELSEWHERE,
  people: ELSEWHERE,
  workflow: object('Workflow', { lanes: ELSEWHERE, nodes: ELSEWHERE, edges: ELSEWHERE }),
  decisions: ELSEWHERE,
  metrics: ELSEWHERE,
  ownership: ELSEWHERE,
  raci: ELSEWHERE,
  roadmap: ELSEWHERE,
  parkingLot: ELSEWHERE,
  signoffs: ELSEWHERE,
  audit: ELSEWHERE,
};

/** "Baseline: source", "Observation of 2026-04-01: value"; a top-level field keeps its own label. */
export function childLabel(parent: string, child: string): string {
  return parent === '' ? child : `${parent}: ${lowerFirst(child)}`;
}

/** "Tier" → "tier" inside a sentence; acronyms ("RACI") stay as they are. */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** The label of a key the model does not know (kept by the loader for forward compatibility). */
export function unknownLabel(key: string): string {
  return `Field "${key}" (not known to this version)`;
}
