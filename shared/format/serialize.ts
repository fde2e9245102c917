/**
 * The canonical writer: DOMAIN.md's key order, 2-space indentation, a final newline, so a
 * workbook diffs well in version control and serialize(parse(serialize(w))) === serialize(w).
 * Unknown keys (from a newer app, or added by hand) follow the known ones in their own order.
 */
import type { Workbook } from '../model';

/** Key order of an object, and the order of the objects below it (by key; `[]` for array items). */
interface Shape {
  readonly keys: readonly string[];
  readonly children?: Readonly<Record<string, Shape>>;
}

const leaf = (...keys: string[]): Shape => ({ keys });

const WORKBOOK: Shape = {
  keys: ['format', 'schemaVersion', 'id', 'title', 'organization', 'createdAt', 'updatedAt', 'locale', 'currency',
    'policy', 'pilot', 'sprint', 'people', 'workflow', 'decisions', 'metrics', 'ownership', 'raci', 'roadmap',
    'parkingLot', 'signoffs', 'audit'],
  children: {
    policy: leaf('mediumExposure', 'highExposure'),
    pilot: {
      keys: ['name', 'summary', 'outcome', 'stage', 'intendedUse', 'outOfScope', 'stakeholders'],
      children: { stakeholders: leaf('group', 'benefit', 'harm') },
    },
    sprint: {
      keys: ['startDate', 'facilitatorId', 'days'],
      children: { days: { keys: ['day', 'done', 'notes', 'blocks'], children: { blocks: leaf('title', 'minutes', 'done') } } },
    },
    people: leaf('id', 'name', 'role', 'team', 'email'),
    workflow: {
      keys: ['lanes', 'nodes', 'edges'],
      children: {
        lanes: leaf('id', 'name', 'kind'),
        nodes: leaf('id', 'kind', 'label', 'laneId', 'x', 'y', 'notes'),
        edges: leaf('id', 'from', 'to', 'kind', 'label'),
      },
    },
    decisions: {
      keys: ['id', 'nodeId', 'title', 'description', 'action', 'factors', 'tier', 'tierReason', 'controls',
        'outputOwnerId', 'overrideById', 'escalateToId', 'logging', 'onError'],
      children: { factors: leaf('reversible', 'customerFacing', 'financialExposure', 'affectsRights', 'personalData') },
    },
    metrics: {
      keys: ['id', 'name', 'kind', 'unit', 'direction', 'baseline', 'target', 'kill', 'cadence', 'ownerId',
        'decisionIds', 'observations'],
      children: {
        baseline: leaf('value', 'from', 'to', 'sampleSize', 'source', 'method'),
        target: leaf('value', 'by'),
        kill: leaf('threshold', 'evaluateOn', 'action'),
        observations: leaf('date', 'value', 'note'),
      },
    },
    ownership: leaf('workflowOwnerId', 'governanceOwnerId', 'measurementCadence', 'escalationPath'),
    raci: leaf('subjectId', 'personId', 'role'),
    roadmap: {
      keys: ['id', 'title', 'description', 'phase', 'weeks', 'dependsOn', 'ownerId', 'decisionIds', 'metricIds', 'gate'],
      children: { gate: leaf('metricIds', 'note') },
    },
    parkingLot: leaf('id', 'text', 'raisedAt', 'raisedBy', 'status', 'resolution', 'convertedTo'),
    signoffs: leaf('personId', 'role', 'date', 'decision', 'note'),
    audit: leaf('at', 'actorId', 'action', 'subjectId', 'detail'),
  },
};

/** Arrays of version 1.0 that a file may omit; the writer always writes them. */
const ARRAYS: Readonly<Record<string, readonly string[]>> = {
  '': ['people', 'decisions', 'metrics', 'raci', 'roadmap', 'audit'],
  sprint: ['days'], workflow: ['lanes', 'nodes', 'edges'], decisions: ['controls', 'logging'],
  metrics: ['decisionIds', 'observations'], ownership: ['escalationPath'],
  roadmap: ['dependsOn', 'decisionIds', 'metricIds'], gate: ['metricIds'],
};

/**
 * Arrays added in 1.1, written only when they hold something: a workbook that never used them
 * saves exactly as before, so an older app's file does not change just by being saved, and a
 * day's empty `blocks` already means "the default agenda's blocks".
 */
const ARRAYS_WHEN_USED: Readonly<Record<string, readonly string[]>> = {
  '': ['parkingLot', 'signoffs'], pilot: ['stakeholders'], days: ['blocks'],
};

export function serializeWorkbook(w: Workbook): string {
  return JSON.stringify(order(w, WORKBOOK, ''), null, 2) + '\n';
}

function order(value: unknown, shape: Shape | undefined, name: string): unknown {
  if (Array.isArray(value)) return value.map((item) => order(item, shape, name));
  if (value === null || typeof value !== 'object' || !shape) return value;
  const source = value as Record<string, unknown>;
  // Own properties only, on both sides: an unknown key named like an Object.prototype member
  // ("toString", "valueOf", "hasOwnProperty" …) is data, and `key in out` would call it present.
  const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
  const out: Record<string, unknown> = {};
  const defaults = ARRAYS[name] ?? [];
  const whenUsed = ARRAYS_WHEN_USED[name] ?? [];
  for (const key of shape.keys) {
    const v = own(source, key) ? source[key] : undefined;
    if (whenUsed.includes(key) && Array.isArray(v) && v.length === 0) continue;
    if (v !== undefined) out[key] = order(v, shape.children?.[key], key);
    else if (defaults.includes(key)) out[key] = [];
  }
  for (const key of Object.keys(source)) {
    if (!own(out, key) && !shape.keys.includes(key) && source[key] !== undefined) out[key] = source[key];
  }
  return out;
}
