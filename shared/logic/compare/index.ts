/**
 * What changed between two versions of a workbook (issue 13, "Day snapshots and what
 * changed"): records added, removed and changed with their fields, lists reordered, tier
 * changes, readiness and its verdict before and after, and how many audit entries were added.
 *
 * Readiness needs each version's load problems (dangling references, cycles), which
 * `shared/format` finds and this layer may not import: the caller passes `findLoadProblems`
 * (or any function giving a workbook's problems), so it cannot be forgotten.
 */
import type { Problem, Workbook } from '../../model';
import { auditCount } from './audit-count';
import { diffRecords } from './diff-records';
import { readinessChange } from './readiness-change';
import { tierChanges } from './tier-changes';
import type { WorkbookComparison } from './types';

export type { FieldChange, ValueChange, SetChange, ListChange, EntryChange, OrderChange, RecordChange, Reordering, TierChange, ReadinessChange, WorkbookComparison } from './types';
export type { RecordKind, RecordRef, PartKind, ListKind } from './records';

export type FindProblems = (w: Workbook) => readonly Problem[];

export function compareWorkbooks(before: Workbook, after: Workbook, findProblems: FindProblems): WorkbookComparison {
  const { records, reorderings } = diffRecords(before, after);
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const r of records) counts[r.change]++;
  return {
    records,
    reorderings,
    tierChanges: tierChanges(before, after),
    readiness: readinessChange(before, after, { before: findProblems(before), after: findProblems(after) }),
    audit: auditCount(before.audit, after.audit),
    counts,
  };
}
