/**
 * Derived values, computed by shared/logic and never stored: each is memoized on the
 * workbook's identity, so every component asking for readiness during one render of one
 * workbook gets the same object (stable for React, computed once).
 */
import { findReferenceProblems } from '../../shared/format/references';
import { assessReadiness, assessTiers, questionSummary, scheduleRoadmap, scorecard } from '../../shared/logic';
import type { Workbook } from '../../shared/model';
import { agendaProgress } from './agenda';
import type { AppState } from './types';

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

/** Dangling references and cycles of the workbook as it is now: fixed ones disappear. */
export const deriveProblems = memoByWorkbook(findReferenceProblems);
export const deriveReadiness = memoByWorkbook((w) => assessReadiness(w, deriveProblems(w)));
export const deriveQuestionSummary = memoByWorkbook((w) => questionSummary(deriveReadiness(w)));
export const deriveTiers = memoByWorkbook(assessTiers);
export const deriveScorecard = memoByWorkbook(scorecard);
export const deriveSchedule = memoByWorkbook((w) => scheduleRoadmap(w, deriveScorecard(w)));
export const deriveAgenda = memoByWorkbook((w) => agendaProgress(w, deriveReadiness(w), deriveSchedule(w), deriveProblems(w)));

// ---- store selectors -------------------------------------------------------------------------

export const selectWorkbook = (s: AppState) => s.workbook;
export const selectCanUndo = (s: AppState) => s.past.length > 0;
export const selectCanRedo = (s: AppState) => s.future.length > 0;
export const selectUndoLabel = (s: AppState) => s.past[s.past.length - 1]?.label ?? null;
export const selectRedoLabel = (s: AppState) => s.future[s.future.length - 1]?.label ?? null;
/** Unsaved changes to the `.sprintbook` file (the IndexedDB copy is saved regardless). */
export const selectFileDirty = (s: AppState) => s.workbook !== null && s.workbook !== s.fileBaseline;
export const selectStage = (s: AppState) => (s.route.screen === 'workbook' ? s.route.stage : null);

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
