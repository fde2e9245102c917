/**
 * What a portfolio of sprints asks of each workbook at a glance (issue 15): title, organization,
 * verdict, blockers per question, the triggered kill criteria and the gated roadmap items in
 * schedule order (the next gate is picked from them on the day it is shown: next-gate.ts). One
 * function for both places that show it: `sprintbook portfolio` and the library's portfolio
 * view, which keeps these facts in a small summary at save time.
 */
import { QUESTIONS, type Problem, type Question, type Workbook } from '../model';
import { scheduledGates, type NextGate } from './next-gate';
import { assessReadiness, questionSummary, type Readiness, type Verdict } from './readiness';
import { scheduleRoadmap } from './schedule';
import { scorecard, type MetricScore } from './scorecard';
import { triggeredKills } from './kill-impact';

export interface PortfolioFacts {
  readonly title: string;
  /** Trimmed; null when the workbook names none. */
  readonly organization: string | null;
  readonly verdict: Verdict;
  readonly blockers: Readonly<Record<Question, number>>;
  /** Metric names. */
  readonly killsTriggered: readonly string[];
  /** Every gated roadmap item the schedule places, in schedule order. */
  readonly gates: readonly NextGate[];
  readonly updatedAt: string;
}

/**
 * `problems`: the workbook's load problems (shared/format's `findLoadProblems`), which readiness
 * counts. A caller that has the scorecard and readiness already (the library's save) passes them.
 */
export function portfolioFacts(
  w: Workbook, problems: readonly Problem[],
  known?: { readonly scores: readonly MetricScore[]; readonly readiness: Readiness },
): PortfolioFacts {
  const scores = known?.scores ?? scorecard(w);
  const readiness = known?.readiness ?? assessReadiness(w, problems, scores);
  const summary = questionSummary(readiness);
  return {
    title: w.title,
    organization: w.organization?.trim() ? w.organization.trim() : null,
    verdict: readiness.verdict,
    blockers: Object.fromEntries(QUESTIONS.map((q) => [q, summary[q].blockers])) as Record<Question, number>,
    killsTriggered: triggeredKills(w, scores).map((k) => k.metricName),
    gates: scheduledGates(w, scheduleRoadmap(w, scores)),
    updatedAt: w.updatedAt,
  };
}
