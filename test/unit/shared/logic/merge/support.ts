/** Helpers for the merge tests: merge with the real load problems, check that the result loads, read conflicts briefly. */
import { expect } from 'vitest';
import { findLoadProblems, loadWorkbook, serializeWorkbook } from '../../../../../shared/format';
import { mergeWorkbooks, type MergeResult, type Side } from '../../../../../shared/logic';
import type { Workbook } from '../../../../../shared/model';

export function merge(base: Workbook, ours: Workbook, theirs: Workbook, choices?: ReadonlyMap<string, Side>): MergeResult {
  return mergeWorkbooks(base, ours, theirs, { findProblems: findLoadProblems, ...(choices ? { choices } : {}) });
}

/** The merged workbook after a round trip through the file format, which must open it. */
export function reloaded(result: MergeResult): Workbook {
  const r = loadWorkbook(serializeWorkbook(result.workbook));
  if (!r.ok) expect.fail(`the merged workbook does not load: ${r.refusal.reason} ${JSON.stringify(r.refusal.faults)}`);
  return r.workbook;
}

export const canonical = (w: Workbook) => serializeWorkbook(w);

/** "type id" per conflict, the shortest way to say which conflicts a merge found. */
export const conflictsOf = (r: MergeResult) => r.conflicts.map((c) => `${c.type} ${c.id}`);
