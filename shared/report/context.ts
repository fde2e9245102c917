/**
 * Everything a document section needs, derived once per export: the workbook, its derived
 * values from shared/logic, lookups by id, and the locale's formatter.
 */
import type { Decision, Metric, Person, Problem, RoadmapItem, Workbook } from '../model';
import {
  assessReadiness, assessTiers, scheduleRoadmap, scorecard, triggeredKills, earlyBreaches,
  type MetricScore, type Readiness, type Schedule, type ScheduledItem, type TierAssessment, type TriggeredKill, type KillBreach,
} from '../logic';
import { formatterFor, type Formatter } from './locale';
import { controlLabel } from './labels';

export interface ControlInfo { readonly id: string; readonly name: string; readonly description?: string }

export interface ReportContext {
  readonly w: Workbook;
  readonly problems: readonly Problem[];
  readonly fmt: Formatter;
  /** The document's date, YYYY-MM-DD (the export's clock, passed in). */
  readonly today: string;
  readonly tiers: ReadonlyMap<string, TierAssessment>;
  readonly scores: ReadonlyMap<string, MetricScore>;
  readonly schedule: Schedule;
  readonly scheduled: ReadonlyMap<string, ScheduledItem>;
  readonly readiness: Readiness;
  /** The triggered kill criteria, in file order: the reasons for a `stop` verdict. */
  readonly kills: readonly TriggeredKill[];
  /** Kill thresholds breached before their criteria are judged, in file order: warnings a reader must still see. */
  readonly earlyBreaches: readonly KillBreach[];
  /** SHA-256 of the workbook's canonical text, when the caller computed it. */
  readonly fingerprint: string | undefined;
  readonly catalog: readonly ControlInfo[];
  person(id: string | undefined): string;
  decision(id: string): Decision | undefined;
  metric(id: string): Metric | undefined;
  item(id: string): RoadmapItem | undefined;
  control(id: string): string;
}

export function createContext(
  w: Workbook, problems: readonly Problem[], today: string, catalog: readonly ControlInfo[] = [], fingerprint?: string,
): ReportContext {
  const scoreList = scorecard(w);
  const schedule = scheduleRoadmap(w, scoreList);
  const people = new Map<string, Person>(w.people.map((p) => [p.id, p]));
  const decisions = new Map(w.decisions.map((d) => [d.id, d]));
  const metrics = new Map(w.metrics.map((m) => [m.id, m]));
  const items = new Map(w.roadmap.map((r) => [r.id, r]));
  const controlNames = new Map(catalog.map((c) => [c.id, c.name]));
  const fmt = formatterFor(w);
  return {
    w, problems, today, catalog,
    fmt,
    tiers: new Map(assessTiers(w, fmt.money).map((t) => [t.decisionId, t])),
    scores: new Map(scoreList.map((s) => [s.metricId, s])),
    schedule,
    scheduled: new Map(schedule.items.map((s) => [s.itemId, s])),
    readiness: assessReadiness(w, problems, scoreList),
    kills: triggeredKills(w, scoreList),
    earlyBreaches: earlyBreaches(w, scoreList),
    fingerprint,
    person: (id) => {
      if (id === undefined) return '—';
      const p = people.get(id);
      return p ? (p.role ? `${p.name} (${p.role})` : p.name) : `unknown person “${id}”`;
    },
    decision: (id) => decisions.get(id),
    metric: (id) => metrics.get(id),
    item: (id) => items.get(id),
    control: (id) => controlLabel(id, controlNames),
  };
}
