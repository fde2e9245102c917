/** From a workbook to the rows IndexedDB keeps: canonical text plus the library's summary. */
import { findLoadProblems } from '../../shared/format/problems';
import { serializeWorkbook } from '../../shared/format/serialize';
import { assessReadiness, questionSummary, scorecard, triggeredKills, type MetricScore, type Readiness, type Verdict } from '../../shared/logic';
import type { Workbook } from '../../shared/model';
import type { LibrarySummary, StoppedMetric, WorkbookRow } from './db';

/** A workbook's scorecard and readiness: computed once per save for both the row's summary and the library's (summaries.ts). */
export interface Assessed { readonly scores: readonly MetricScore[]; readonly readiness: Readiness }

export function assess(w: Workbook): Assessed {
  const scores = scorecard(w);
  return { scores, readiness: assessReadiness(w, findLoadProblems(w), scores) };
}

export function summarize(w: Workbook, assessed: Assessed = assess(w)): LibrarySummary {
  const { scores, readiness } = assessed;
  const questions = questionSummary(readiness);
  const blockers = readiness.gaps.filter((g) => g.severity === 'blocker').length;
  const titles = new Map(w.roadmap.map((r) => [r.id, r.title.trim() || r.id]));
  const named = (ids: readonly string[]) => ids.map((id) => ({ name: titles.get(id) ?? id }));
  const stops: StoppedMetric[] = triggeredKills(w, scores).map((k) => ({
    metric: { name: k.metricName }, unit: k.unit, latest: k.latest, latestDate: k.latestDate, threshold: k.threshold,
    evaluateOn: k.evaluateOn, blocked: named(k.blockedItemIds), waiting: named(k.waitingItemIds),
  }));
  return { ready: readiness.ready, verdict: readiness.verdict, blockers, warnings: readiness.gaps.length - blockers, questions, stops };
}

/**
 * A stored summary with its verdict. Rows written before rules 1.1 have none: they say ready or
 * not ready, and no stop, until the workbook is next saved (opening it recomputes everything).
 */
export function withVerdict(summary: LibrarySummary): LibrarySummary & { readonly verdict: Verdict; readonly stops: readonly StoppedMetric[] } {
  return { ...summary, verdict: summary.verdict ?? (summary.ready ? 'ready' : 'not-ready'), stops: summary.stops ?? [] };
}

export function rowOf(w: Workbook, savedAt: number, summary: LibrarySummary = summarize(w)): WorkbookRow {
  return {
    id: w.id,
    title: w.title,
    ...(w.organization !== undefined ? { organization: w.organization } : {}),
    pilotName: w.pilot.name,
    updatedAt: w.updatedAt,
    savedAt,
    schemaVersion: w.schemaVersion,
    text: serializeWorkbook(w),
    summary,
  };
}
