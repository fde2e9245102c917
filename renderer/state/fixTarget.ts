/**
 * Where a readiness gap is fixed: the stage and the field, from the gap's JSON pointer. When
 * that stage is not built yet, the closest place that exists: the People list for a missing
 * person, otherwise the agenda day on which the sprint works on that part.
 */
import { STAGE_NAMES, type StageId } from './stages';

export interface FixTarget {
  readonly stage: StageId;
  /** A `data-focus` value on the stage's screen: a JSON pointer, or `agenda/day/N`. */
  readonly focus: string;
  /** For the link: "Overview › People". */
  readonly place: string;
  /** The stage that will fix it directly once it exists. */
  readonly pendingStage?: StageId;
}

const STAGE_OF: Readonly<Record<string, StageId>> = {
  title: 'overview', organization: 'overview', locale: 'overview', currency: 'overview',
  pilot: 'overview', sprint: 'overview', people: 'overview', audit: 'overview',
  workflow: 'map', decisions: 'decisions', policy: 'decisions', metrics: 'metrics',
  ownership: 'owners', raci: 'owners', roadmap: 'roadmap',
};

/** The agenda day on which each stage's work happens. */
const DAY_OF: Readonly<Partial<Record<StageId, number>>> = { map: 2, decisions: 4, metrics: 6, owners: 8, roadmap: 9 };

/** Fields that name a person: until their stage exists, adding the person is the fix at hand. */
const PERSON_FIELD = /^\/(?:decisions\/\d+\/(?:outputOwnerId|overrideById|escalateToId)|metrics\/\d+\/ownerId|roadmap\/\d+\/ownerId|ownership(?:\/|$)|raci(?:\/|$))/;

export function fixTarget(path: string, available: ReadonlySet<StageId>): FixTarget {
  const first = path.split('/')[1] ?? '';
  const stage = STAGE_OF[first] ?? 'overview';
  if (available.has(stage)) {
    return { stage, focus: path, place: stage === 'overview' ? `Overview › ${sectionOf(first)}` : `${STAGE_NAMES[stage]}${partOf(path)}` };
  }
  if (PERSON_FIELD.test(path)) {
    return { stage: 'overview', focus: '/people', place: 'Overview › People', pendingStage: stage };
  }
  const day = DAY_OF[stage] ?? 1;
  return { stage: 'overview', focus: `agenda/day/${day}`, place: `Overview › Day ${day}`, pendingStage: stage };
}

function sectionOf(first: string): string {
  if (first === 'pilot') return 'Pilot';
  if (first === 'people') return 'People';
  if (first === 'sprint') return 'Sprint';
  return 'Workbook';
}

/** The part of a record a gap is about: "Metrics › Kill criterion", "Decisions › Controls". */
const PARTS: Readonly<Record<string, string>> = {
  name: 'Name', baseline: 'Baseline', target: 'Target', kill: 'Kill criterion', ownerId: 'Owner', decisionIds: 'Decisions',
  observations: 'Observations', title: 'Title', weeks: 'Weeks', dependsOn: 'Dependencies', metricIds: 'Metrics', gate: 'Gate',
  tier: 'Tier', tierReason: 'Tier', controls: 'Controls', outputOwnerId: 'Owner of the output', overrideById: 'Override',
  escalateToId: 'Escalation', nodeId: 'Map node', action: 'Action', factors: 'Questions',
  workflowOwnerId: 'Workflow owner', governanceOwnerId: 'Governance owner', measurementCadence: 'Measurement cadence',
  escalationPath: 'Escalation path',
};

function partOf(path: string): string {
  if (/^\/raci(?:\/|$)/.test(path)) return ' › RACI';
  const m = /^\/(?:(?:metrics|roadmap|decisions)\/\d+|ownership)\/([A-Za-z]+)/.exec(path);
  const part = m ? PARTS[m[1]!] : undefined;
  return part ? ` › ${part}` : '';
}
