/**
 * Derived values, computed by shared/logic and never stored: each is memoized on the
 * workbook's identity, so every component asking for readiness during one render of one
 * workbook gets the same object (stable for React, computed once).
 */
import { findLoadProblems } from '../../shared/format/problems';
import { assessReadiness, assessTiers, questionSummary, scheduleRoadmap, scorecard, triggeredKills, type TriggeredKill, type Verdict } from '../../shared/logic';
import { pointer, type Workbook } from '../../shared/model';
import { agendaProgress } from './agenda';
import type { DocState } from './editor/types';

/** `derive` remembered for the last key it was asked about (compared by identity). */
export function memoOne<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  let last: K | null = null;
  let value: V;
  return (key) => {
    if (key !== last) {
      value = derive(key);
      last = key;
    }
    return value;
  };
}

export function memoByWorkbook<T>(derive: (w: Workbook) => T): (w: Workbook) => T {
  return memoOne(derive);
}

/** The load problems of the workbook as it is now (dangling references, cycles, reversed periods): fixed ones disappear. */
export const deriveProblems = memoByWorkbook(findLoadProblems);
export const deriveScorecard = memoByWorkbook(scorecard);
export const deriveReadiness = memoByWorkbook((w) => assessReadiness(w, deriveProblems(w), deriveScorecard(w)));
export const deriveQuestionSummary = memoByWorkbook((w) => questionSummary(deriveReadiness(w)));
export const deriveTiers = memoByWorkbook(assessTiers);
export const deriveSchedule = memoByWorkbook((w) => scheduleRoadmap(w, deriveScorecard(w)));
export const deriveAgenda = memoByWorkbook((w) => agendaProgress(w, deriveReadiness(w), deriveSchedule(w), deriveProblems(w)));

// ---- the verdict, and why it is "stop" ---------------------------------------------------------

/** A record a stop names, with the JSON pointer its link opens. */
export interface NamedRecord { readonly id: string; readonly name: string; readonly path: string }

/** One triggered kill criterion, as every surface shows it: what was measured, and what it stops. */
export interface StopReason extends Omit<TriggeredKill, 'metricId' | 'metricName' | 'blockedItemIds' | 'waitingItemIds'> {
  readonly metric: NamedRecord;
  readonly blocked: readonly NamedRecord[];
  readonly waiting: readonly NamedRecord[];
}

function stopReasons(w: Workbook, kills: readonly TriggeredKill[]): StopReason[] {
  if (kills.length === 0) return [];
  const metricIndex = new Map(w.metrics.map((m, i) => [m.id, i]));
  const itemIndex = new Map(w.roadmap.map((r, i) => [r.id, i]));
  const item = (id: string): NamedRecord => {
    const i = itemIndex.get(id)!;
    return { id, name: w.roadmap[i]!.title.trim() || id, path: pointer('roadmap', i) };
  };
  return kills.map(({ metricId, metricName, blockedItemIds, waitingItemIds, ...measured }) => ({
    ...measured,
    metric: { id: metricId, name: metricName, path: pointer('metrics', metricIndex.get(metricId)!, 'kill') },
    blocked: blockedItemIds.map(item),
    waiting: waitingItemIds.map(item),
  }));
}

/** Each triggered kill criterion with the records it names: the reasons for a `stop`. */
export const deriveStopReasons = memoByWorkbook((w) => stopReasons(w, triggeredKills(w, deriveScorecard(w))));

/** The verdict at a glance (the sidebar, the stage headers): one object per workbook. */
export interface VerdictView {
  readonly verdict: Verdict;
  readonly ready: boolean;
  readonly blockers: number;
  readonly warnings: number;
  readonly stops: readonly StopReason[];
}

export const deriveVerdict = memoByWorkbook((w): VerdictView => {
  const r = deriveReadiness(w);
  const blockers = r.gaps.filter((g) => g.severity === 'blocker').length;
  return { verdict: r.verdict, ready: r.ready, blockers, warnings: r.gaps.length - blockers, stops: deriveStopReasons(w) };
});

// ---- store selectors -------------------------------------------------------------------------

export const selectCanUndo = (s: DocState) => s.past.length > 0;
export const selectCanRedo = (s: DocState) => s.future.length > 0;
export const selectUndoLabel = (s: DocState) => s.past[s.past.length - 1]?.label ?? null;
export const selectRedoLabel = (s: DocState) => s.future[s.future.length - 1]?.label ?? null;
/** Unsaved changes to the `.sprintbook` file (the IndexedDB copy is saved regardless). */
export const selectFileDirty = (s: DocState) => s.workbook !== s.fileBaseline;

// ---- the decision register ---------------------------------------------------------------------
// (Imports here rather than at the top keep this block one self-contained addition.)
import { decisionGaps, registerRows, type AmountFormat } from '../../shared/logic';
import { formatterFor } from '../../shared/report/locale';

const moneyFormats = new Map<string, AmountFormat>();

/** Amounts in the workbook's currency and locale, as the documents print them (one formatter per pair). */
export function moneyFormatOf(w: Pick<Workbook, 'locale' | 'currency'>): AmountFormat {
  const key = `${w.locale ?? ''}|${w.currency ?? ''}`;
  let format = moneyFormats.get(key);
  if (!format) moneyFormats.set(key, (format = formatterFor(w).money));
  return format;
}

/** Each decision's suggested tier with its reasons (amounts in the workbook's currency), adopted tier, mode and missing controls. */
export const deriveDecisionAssessments = memoByWorkbook((w) => assessTiers(w, moneyFormatOf(w)));
/** The readiness gaps about each decision, by index: what "needs attention" means. */
export const deriveDecisionGaps = memoByWorkbook(decisionGaps);
export const deriveRegisterRows = memoByWorkbook((w) => registerRows(w, deriveDecisionAssessments(w), deriveDecisionGaps(w)));
