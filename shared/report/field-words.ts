/**
 * The workbook's fields in plain language, as a document names them after the record they
 * belong to: "Decision “Approve refund”, who can override it". Keys are the field's path inside
 * its record, its segments joined by "/" (array positions left out); the words never show a key.
 */

/** Fields of a record in one of the workbook's lists, by the list's path. */
export const RECORD_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'workflow/lanes': { name: 'its name', kind: 'its kind' },
  'workflow/nodes': {
    kind: 'its kind', label: 'its label', laneId: 'its lane', x: 'its position on the map', y: 'its position on the map', notes: 'its notes',
  },
  'workflow/edges': { from: 'where it starts', to: 'where it ends', kind: 'its kind', label: 'its label' },
  people: { name: 'their name', role: 'their role', team: 'their team', email: 'their e-mail address' },
  decisions: {
    nodeId: 'its step on the workflow map', title: 'its title', description: 'its description', action: 'what it does',
    factors: 'its risk factors', 'factors/reversible': 'whether it can be reversed', 'factors/customerFacing': 'whether it reaches customers',
    'factors/financialExposure': 'the money at stake', 'factors/affectsRights': 'whether it affects a person’s rights',
    'factors/personalData': 'whether it uses personal data', tier: 'its risk tier', tierReason: 'the reason for its tier',
    controls: 'its controls', outputOwnerId: 'who owns its output', overrideById: 'who can override it',
    escalateToId: 'who it escalates to', logging: 'what it logs', onError: 'what happens when the model is wrong',
  },
  metrics: {
    name: 'its name', kind: 'its kind', unit: 'its unit', direction: 'which way is better',
    baseline: 'its baseline', 'baseline/value': 'its baseline value', 'baseline/from': 'when its baseline period starts',
    'baseline/to': 'when its baseline period ends', 'baseline/sampleSize': 'the sample size of its baseline',
    'baseline/source': 'the source of its baseline', 'baseline/method': 'how its baseline was measured',
    target: 'its target', 'target/value': 'its target value', 'target/by': 'its target date',
    kill: 'its kill criterion', 'kill/threshold': 'its kill threshold', 'kill/evaluateOn': 'when its kill criterion is first judged',
    'kill/action': 'what its kill criterion says to do', cadence: 'how often it is measured', ownerId: 'its owner',
    decisionIds: 'the decisions it measures', observations: 'its observations',
    'observations/date': 'the date of an observation', 'observations/value': 'the value of an observation', 'observations/note': 'the note of an observation',
  },
  raci: { subjectId: 'what it is about', personId: 'who it names', role: 'its role' },
  roadmap: {
    title: 'its title', description: 'its description', phase: 'its phase', weeks: 'its duration in weeks',
    dependsOn: 'what it depends on', ownerId: 'its owner', decisionIds: 'its decisions', metricIds: 'its metrics',
    gate: 'its gate', 'gate/metricIds': 'the metrics its gate waits on', 'gate/note': 'the note of its gate',
  },
  parkingLot: {
    text: 'its text', raisedAt: 'when it was raised', raisedBy: 'who raised it', status: 'its status',
    resolution: 'its resolution', convertedTo: 'the record it became',
  },
  signoffs: { personId: 'who signed', role: 'the signer’s role', date: 'its date', decision: 'accept or reject', note: 'its note' },
  audit: { at: 'its time', actorId: 'who acted', action: 'what was done', subjectId: 'its subject', detail: 'its detail' },
  'pilot/stakeholders': { group: 'its name', benefit: 'its benefit', harm: 'its harm' },
  'sprint/days': { day: 'its number', done: 'whether it is done', notes: 'its notes', blocks: 'its exercises' },
};

/** Fields of the workbook's single objects, by the object's path, with the object's own name. */
export const OBJECT_FIELDS: Readonly<Record<string, { readonly name: string; readonly fields: Readonly<Record<string, string>> }>> = {
  ownership: {
    name: 'Ownership',
    fields: {
      workflowOwnerId: 'the workflow owner', governanceOwnerId: 'the governance owner',
      measurementCadence: 'the measurement cadence', escalationPath: 'the escalation path',
    },
  },
  pilot: {
    name: 'The pilot',
    fields: {
      name: 'its name', summary: 'its summary', outcome: 'what it showed', stage: 'where it stands',
      intendedUse: 'its intended use', outOfScope: 'the uses it must not be put to', stakeholders: 'its stakeholders',
    },
  },
  sprint: { name: 'The sprint', fields: { startDate: 'its start date', facilitatorId: 'its facilitator', days: 'its days' } },
  policy: { name: 'The exposure policy', fields: { mediumExposure: 'the threshold for medium', highExposure: 'the threshold for high' } },
};

/** The workbook's lists as a whole, when a gap is about the list rather than one record. */
export const LIST_NAMES: Readonly<Record<string, string>> = {
  'workflow/lanes': 'The lanes of the workflow map',
  'workflow/nodes': 'The workflow map',
  'workflow/edges': 'The connectors of the workflow map',
  workflow: 'The workflow map',
  people: 'The people',
  decisions: 'The decision register',
  metrics: 'The metrics',
  raci: 'The RACI',
  roadmap: 'The roadmap',
  parkingLot: 'The parking lot',
  signoffs: 'The sign-offs',
  audit: 'The audit trail',
};

/** A field the tables above do not know, in words: "financialExposure" → "financial exposure". */
export function fieldInWords(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase().trim();
  return words ? `the field “${words}”` : 'a field';
}
