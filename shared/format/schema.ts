/**
 * The zod schema of `.sprintbook` version 1, field by field as DOMAIN.md writes it.
 * Objects are loose so that unknown keys survive a load/save round trip; absent arrays
 * become []; `null` is never a value (optional means absent).
 */
import { z } from 'zod';
import {
  ACTIONS, CADENCES, CONTROL_IDS, COORDINATE_LIMIT, DIRECTIONS, EDGE_KINDS, LANE_KINDS, METRIC_KINDS, NODE_KINDS,
  PARKING_STATUSES, PHASES, PILOT_STAGES, RACI_ROLES, SIGNOFF_DECISIONS, TIERS, ID_PATTERN,
} from '../model';
import { CURRENCY, codePoints, isCalendarDate, isDateTime, isLocale } from './values';

void CONTROL_IDS; // controls may be catalog ids or free text, so they are plain strings

// zod compiles fast paths with `new Function` unless told not to; the app's Content Security
// Policy forbids eval, so every load would log a violation (zod falls back all the same).
z.config({ jitless: true });

const id = z.string().regex(ID_PATTERN, {
  message: 'is not a valid id (1–64 characters from A–Z, a–z, 0–9, "_" and "-")',
});
const date = z.string().refine(isCalendarDate, { message: 'is not a real calendar date YYYY-MM-DD' });
const dateTime = z.string().refine(isDateTime, {
  message: 'is not an RFC 3339 date-time with a time zone (e.g. 2026-10-05T08:30:00+02:00)',
});
const text = z.string();
const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);
const ids = list(id);
const cadence = z.enum(CADENCES);

const person = z.looseObject({
  id, name: text, role: text.optional(), team: text.optional(), email: text.optional(),
});
const lane = z.looseObject({ id, name: text, kind: z.enum(LANE_KINDS) });
// Beyond the limit a node is off any map a person could scroll to, and its figure would not fit a page.
const coordinate = z.number()
  .min(-COORDINATE_LIMIT, { message: 'must lie within ±1,000,000' })
  .max(COORDINATE_LIMIT, { message: 'must lie within ±1,000,000' });
const node = z.looseObject({
  id, kind: z.enum(NODE_KINDS), label: text, laneId: id.optional(),
  x: coordinate, y: coordinate, notes: text.optional(),
});
const edge = z.looseObject({ id, from: id, to: id, kind: z.enum(EDGE_KINDS), label: text.optional() });

const decision = z.looseObject({
  id,
  nodeId: id.optional(),
  title: text,
  description: text.optional(),
  action: z.enum(ACTIONS),
  factors: z.looseObject({
    reversible: z.boolean(), customerFacing: z.boolean(), financialExposure: z.number(),
    affectsRights: z.boolean(), personalData: z.boolean(),
  }),
  tier: z.enum(TIERS).optional(),
  tierReason: text.optional(),
  controls: list(text),
  outputOwnerId: id.optional(),
  overrideById: id.optional(),
  escalateToId: id.optional(),
  logging: list(text),
  onError: text.optional(),
});

const metric = z.looseObject({
  id,
  name: text,
  kind: z.enum(METRIC_KINDS),
  unit: text,
  direction: z.enum(DIRECTIONS),
  baseline: z.looseObject({
    value: z.number(), from: date.optional(), to: date.optional(),
    sampleSize: z.number().optional(), source: text.optional(), method: text.optional(),
  }).optional(),
  target: z.looseObject({ value: z.number(), by: date.optional() }).optional(),
  kill: z.looseObject({ threshold: z.number(), evaluateOn: date.optional(), action: text.optional() }).optional(),
  cadence: cadence.optional(),
  ownerId: id.optional(),
  decisionIds: ids,
  observations: list(z.looseObject({ date, value: z.number(), note: text.optional() })),
});

const roadmapItem = z.looseObject({
  id,
  title: text,
  description: text.optional(),
  phase: z.enum(PHASES),
  weeks: z.number().int({ message: 'must be a whole number of weeks' })
    .min(1, { message: 'must be at least 1 week' }).max(104, { message: 'must be at most 104 weeks' }),
  dependsOn: ids,
  ownerId: id.optional(),
  decisionIds: ids,
  metricIds: ids,
  gate: z.looseObject({ metricIds: ids, note: text.optional() }).optional(),
});

const sprintBlock = z.looseObject({
  title: text,
  minutes: z.number().int({ message: 'must be a whole number of minutes' })
    .min(1, { message: 'must be at least 1 minute' }).max(480, { message: 'must be at most 480 minutes' }),
  done: z.boolean().optional(),
});

const sprintDay = z.looseObject({
  day: z.number().int({ message: 'must be a whole day number' })
    .min(1, { message: 'must be a day from 1 to 10' }).max(10, { message: 'must be a day from 1 to 10' }),
  done: z.boolean(),
  notes: text.optional(),
  blocks: list(sprintBlock),
});

const stakeholder = z.looseObject({ group: text, benefit: text.optional(), harm: text.optional() });

const parkingItem = z.looseObject({
  id,
  text,
  raisedAt: dateTime,
  raisedBy: text.optional(),
  status: z.enum(PARKING_STATUSES),
  resolution: text.optional(),
  convertedTo: id.optional(),
});

const signoff = z.looseObject({
  personId: id, role: text.optional(), date, decision: z.enum(SIGNOFF_DECISIONS), note: text.optional(),
});

export const workbookSchemaV1 = z.looseObject({
  format: z.literal('sprintbook'),
  schemaVersion: z.literal(1),
  id,
  title: text.refine((s) => codePoints(s) >= 1 && codePoints(s) <= 200, {
    message: 'must be 1 to 200 characters long',
  }),
  organization: text.optional(),
  createdAt: dateTime,
  updatedAt: dateTime,
  locale: text.refine(isLocale, { message: 'is not a BCP 47 language tag (e.g. "de-DE")' }).optional(),
  currency: text.regex(CURRENCY, { message: 'is not an ISO 4217 currency code (three capital letters, e.g. "EUR")' }).optional(),
  policy: z.looseObject({ mediumExposure: z.number(), highExposure: z.number() }).optional(),
  pilot: z.looseObject({
    name: text, summary: text.optional(), outcome: text.optional(), stage: z.enum(PILOT_STAGES).optional(),
    intendedUse: text.optional(), outOfScope: text.optional(), stakeholders: list(stakeholder),
  }),
  sprint: z.looseObject({ startDate: date.optional(), facilitatorId: id.optional(), days: list(sprintDay) }),
  people: list(person),
  workflow: z.looseObject({ lanes: list(lane), nodes: list(node), edges: list(edge) }),
  decisions: list(decision),
  metrics: list(metric),
  ownership: z.looseObject({
    workflowOwnerId: id.optional(), governanceOwnerId: id.optional(),
    measurementCadence: cadence.optional(), escalationPath: ids,
  }),
  raci: list(z.looseObject({ subjectId: id, personId: id, role: z.enum(RACI_ROLES) })),
  roadmap: list(roadmapItem),
  parkingLot: list(parkingItem),
  signoffs: list(signoff),
  audit: list(z.looseObject({
    at: dateTime, actorId: id.optional(), action: text, subjectId: id.optional(), detail: text.optional(),
  })),
});
