/**
 * The register's rows as the screen draws them: each row object keeps its identity from one
 * workbook to the next while nothing it shows changed, so an edit of one decision re-renders
 * one row, not three hundred. The overview is derived from the same rows, once per workbook.
 */
import { tierOverview, type RegisterRow } from '../../../../shared/logic';
import type { Workbook } from '../../../../shared/model';
import { deriveRegisterRows, memoByWorkbook } from '../../../state/selectors';

const sameList = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

export function sameRow(a: RegisterRow, b: RegisterRow): boolean {
  return a.id === b.id && a.index === b.index && a.title === b.title && a.action === b.action && a.factors === b.factors &&
    a.suggested === b.suggested && a.adopted === b.adopted && a.mode === b.mode && a.departs === b.departs &&
    a.reasonMissing === b.reasonMissing && sameList(a.controls, b.controls) && sameList(a.missingControls, b.missingControls) &&
    a.outputOwner === b.outputOwner && a.overrideBy === b.overrideBy && a.escalateTo === b.escalateTo &&
    a.nodeId === b.nodeId && a.nodeLabel === b.nodeLabel && sameList(a.attention, b.attention);
}

let lastRows = new Map<string, RegisterRow>();
let lastList: readonly RegisterRow[] = [];

/** The rows in file order; the same array while every row is the same. */
export const deriveRows = memoByWorkbook((w: Workbook): readonly RegisterRow[] => {
  const next = deriveRegisterRows(w).map((r) => {
    const before = lastRows.get(r.id);
    return before && sameRow(before, r) ? before : r;
  });
  const unchanged = next.length === lastList.length && next.every((r, i) => r === lastList[i]);
  if (!unchanged) {
    lastList = next;
    lastRows = new Map(next.map((r) => [r.id, r]));
  }
  return lastList;
});

export const deriveRowById = memoByWorkbook((w) => new Map(deriveRows(w).map((r) => [r.id, r])));

let lastOverviewRows: readonly RegisterRow[] | null = null;
let lastOverview: ReturnType<typeof tierOverview> | null = null;

/** Counts per tier and mode, action × tier and what needs attention; recomputed only when a row changed. */
export const deriveOverview = memoByWorkbook((w) => {
  const rows = deriveRows(w);
  if (rows !== lastOverviewRows || !lastOverview) {
    lastOverview = tierOverview(rows);
    lastOverviewRows = rows;
  }
  return lastOverview;
});
