/** From a workbook to the rows IndexedDB keeps: canonical text plus the library's summary. */
import { findReferenceProblems } from '../../shared/format/references';
import { serializeWorkbook } from '../../shared/format/serialize';
import { assessReadiness, questionSummary } from '../../shared/logic';
import type { Workbook } from '../../shared/model';
import type { LibrarySummary, WorkbookRow } from './db';

export function summarize(w: Workbook): LibrarySummary {
  const readiness = assessReadiness(w, findReferenceProblems(w));
  const questions = questionSummary(readiness);
  const blockers = readiness.gaps.filter((g) => g.severity === 'blocker').length;
  return { ready: readiness.ready, blockers, warnings: readiness.gaps.length - blockers, questions };
}

export function rowOf(w: Workbook, savedAt: number): WorkbookRow {
  return {
    id: w.id,
    title: w.title,
    ...(w.organization !== undefined ? { organization: w.organization } : {}),
    pilotName: w.pilot.name,
    updatedAt: w.updatedAt,
    savedAt,
    schemaVersion: w.schemaVersion,
    text: serializeWorkbook(w),
    summary: summarize(w),
  };
}
