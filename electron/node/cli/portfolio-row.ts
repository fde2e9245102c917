/**
 * One row of `sprintbook portfolio`: what a consultancy asks of each sprint at a glance. The
 * verdict and blockers come from readiness with the file's load problems, the triggered kill
 * criteria from the scorecard, the next gate from the schedule. A refused or unreadable file is
 * a row too, with its reason: a portfolio never hides a workbook.
 *
 * The next gate is the first gated roadmap item, in schedule order, that has not started by
 * `today`. With a sprint start date the schedule has dates, and an item starting today has not
 * started yet. Without one the roadmap is not anchored to the calendar, so no item counts as
 * started and the next gate is the first one the schedule reaches (shown by its week). Items a
 * dependency cycle leaves unscheduled have no start and are never the next gate.
 */
import type { Problem, Question, Workbook } from '../../../shared/model';
import { QUESTIONS } from '../../../shared/model';
import type { Fault } from '../../../shared/format';
import {
  assessReadiness, questionSummary, scheduleRoadmap, scorecard, triggeredKills, type Schedule, type Verdict,
} from '../../../shared/logic';

export interface NextGate {
  readonly itemId: string;
  readonly title: string;
  readonly startWeek: number;
  /** Null when the sprint has no start date. */
  readonly startDate: string | null;
  /** Its gate names a metric whose kill criterion is triggered. */
  readonly blocked: boolean;
}

/** Every key is always present, in this order; a value that does not apply is null (an empty list for the kill criteria). */
export interface PortfolioRow {
  /** Relative to the folder listed, with forward slashes. */
  readonly path: string;
  readonly title: string | null;
  readonly organization: string | null;
  readonly verdict: Verdict | 'refused';
  readonly refusal: { readonly reason: string; readonly faults: readonly Fault[] } | null;
  readonly blockers: Readonly<Record<Question, number>> | null;
  /** Metric names. */
  readonly killsTriggered: readonly string[];
  readonly nextGate: NextGate | null;
  readonly updatedAt: string | null;
}

export function openedRow(path: string, w: Workbook, problems: readonly Problem[], today: string): PortfolioRow {
  const scores = scorecard(w);
  const readiness = assessReadiness(w, problems, scores);
  const summary = questionSummary(readiness);
  return {
    path,
    title: w.title,
    organization: w.organization?.trim() ? w.organization.trim() : null,
    verdict: readiness.verdict,
    refusal: null,
    blockers: Object.fromEntries(QUESTIONS.map((q) => [q, summary[q].blockers])) as Record<Question, number>,
    killsTriggered: triggeredKills(w, scores).map((k) => k.metricName),
    nextGate: nextGate(w, scheduleRoadmap(w, scores), today),
    updatedAt: w.updatedAt,
  };
}

export function refusedRow(path: string, reason: string, faults: readonly Fault[] = []): PortfolioRow {
  return {
    path, title: null, organization: null, verdict: 'refused', refusal: { reason, faults },
    blockers: null, killsTriggered: [], nextGate: null, updatedAt: null,
  };
}

export function nextGate(w: Pick<Workbook, 'roadmap'>, schedule: Schedule, today: string): NextGate | null {
  const items = new Map(w.roadmap.map((r) => [r.id, r]));
  const scheduled = new Map(schedule.items.map((s) => [s.itemId, s]));
  for (const id of schedule.order) {
    const item = items.get(id);
    const s = scheduled.get(id);
    if (item?.gate === undefined || s === undefined || s.startWeek === null) continue;
    if (s.startDate !== null && s.startDate < today) continue;
    return { itemId: id, title: item.title.trim() || id, startWeek: s.startWeek, startDate: s.startDate, blocked: s.blocked };
  }
  return null;
}
