/**
 * Which row revision a workbook object is: the one it was read from, or written as. The store
 * opens exactly the object the library read, so autosave learns here what the working copy was
 * based on without the store carrying storage details, and a write based on an older revision
 * than the row's is refused (renderer/db/autosave). Kept by object identity, so a workbook
 * made in memory (never read or written) has no revision.
 */
import type { Workbook } from '../../shared/model';
import type { WorkbookRow } from './db';

const revisions = new WeakMap<Workbook, number>();

export function revisionOf(w: Workbook): number | undefined {
  return revisions.get(w);
}

export function noteRevision(w: Workbook, revision: number): void {
  revisions.set(w, revision);
}

/** A stored row's revision (0 for rows from before revisions); null when there is no row. */
export function rowRevision(row: WorkbookRow | undefined): number | null {
  return row ? row.revision ?? 0 : null;
}
