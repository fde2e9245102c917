/**
 * Where a readiness gap is fixed: the stage and the field, from the gap's JSON pointer. When
 * that stage is not built yet, the closest place that exists: the People list for a field that
 * names a person (the table of references says which), otherwise the agenda day on which the
 * sprint works on that part. Following the link turns the pointer into a record and a field
 * (state/navigation.ts) at that moment.
 */
import { referenceAt } from '../../shared/model';
import { STAGE_NAMES, type StageId } from './stages';

export interface FixTarget {
  readonly stage: StageId;
  /** Where on the stage's screen: the gap's JSON pointer, or `/people`, or `agenda/day/N`. */
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

/** A field that names a person: until its stage exists, adding the person is the fix at hand. */
const namesPerson = (path: string): boolean => referenceAt(path)?.targets.includes('person') ?? false;

export function fixTarget(path: string, available: ReadonlySet<StageId>): FixTarget {
  const first = path.split('/')[1] ?? '';
  const stage = STAGE_OF[first] ?? 'overview';
  if (available.has(stage)) {
    return { stage, focus: path, place: stage === 'overview' ? `Overview › ${sectionOf(first)}` : `${STAGE_NAMES[stage]}${partOf(path)}` };
  }
  if (namesPerson(path)) {
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

/** The part of a record a gap is about that is not a reference (those are named by the table): "Metrics › Kill criterion". */
const PARTS: Readonly<Record<string, string>> = {
  name: 'Name', baseline: 'Baseline', target: 'Target', kill: 'Kill criterion', observations: 'Observations', title: 'Title',
  weeks: 'Weeks', tier: 'Tier', tierReason: 'Tier', controls: 'Controls', action: 'Action', factors: 'Questions',
  measurementCadence: 'Measurement cadence',
};

function partOf(path: string): string {
  if (/^\/raci(?:\/|$)/.test(path)) return ' › RACI';
  const m = /^\/(?:(?:metrics|roadmap|decisions)\/\d+|ownership)\/([A-Za-z]+)/.exec(path);
  if (!m) return '';
  // A reference is named by the table, whole or nested (`/roadmap/2/gate/metricIds/0` is the gate).
  const reference = referenceAt(path) ?? referenceAt(path.slice(0, m.index + m[0].length));
  const part = reference?.label ?? PARTS[m[1]!];
  return part ? ` › ${part}` : '';
}
