/**
 * Rolling snapshots: while a workbook is edited, the version it had before the latest burst
 * of changes is kept every five minutes, for seven days, at most fifty per workbook. Restoring
 * one first snapshots the current state, so nothing is ever lost by restoring. A stale tab's own
 * version (renderer/db/autosave) is kept here too, and for good.
 */
import Dexie from 'dexie';
import type { Workbook } from '../../shared/model';
import type { SnapshotReason, SnapshotRow, SprintbookDb, WorkbookRow } from './db';
import { endOfDayIfDue } from './namedSnapshots';
import { summarize } from './records';
import { serializeWorkbook } from '../../shared/format/serialize';

export const SNAPSHOT_EVERY_MS = 5 * 60_000;
export const SNAPSHOT_KEEP_MS = 7 * 24 * 60 * 60_000;
export const SNAPSHOTS_PER_WORKBOOK = 50;

const byTime = (db: SprintbookDb, workbookId: string) =>
  db.snapshots.where('[workbookId+takenAt]').between([workbookId, Dexie.minKey], [workbookId, Dexie.maxKey]);

/**
 * Called inside autosave's transaction, before `previous` is overwritten: keeps `previous`
 * as a snapshot when the newest snapshot is five minutes older than it (or there is none).
 */
export async function snapshotIfDue(db: SprintbookDb, previous: WorkbookRow | undefined, now: number): Promise<void> {
  if (!previous) return;
  await endOfDayIfDue(db, previous, now);
  const newest = await byTime(db, previous.id).last();
  if (newest && previous.savedAt - newest.takenAt < SNAPSHOT_EVERY_MS) return;
  await db.snapshots.add({
    workbookId: previous.id, takenAt: previous.savedAt, reason: 'periodic',
    title: previous.title, text: previous.text, summary: previous.summary,
  });
  await prune(db, previous.id, now);
}

/** Keeps `w` as it is now (before a restore or a replace), whatever the time since the last one. */
export async function snapshotNow(db: SprintbookDb, w: Workbook, reason: SnapshotReason, now: number): Promise<void> {
  await db.transaction('rw', db.snapshots, async () => {
    await db.snapshots.add({ workbookId: w.id, takenAt: now, reason, title: w.title, text: serializeWorkbook(w), summary: summarize(w) });
    await prune(db, w.id, now);
  });
}

/**
 * Keeps a version this tab could not write (another tab or window changed the workbook first)
 * as a snapshot, so it can be restored from History; it is never pruned. `id` is the snapshot kept earlier in the
 * same session: it is replaced, so a tab that keeps typing leaves one entry, its latest version.
 * Resolves to the snapshot's id.
 */
export async function keepAside(db: SprintbookDb, w: Workbook, now: number, id?: number): Promise<number> {
  const row: SnapshotRow = {
    ...(id !== undefined ? { id } : {}),
    workbookId: w.id, takenAt: now, reason: 'changed-elsewhere', title: w.title, text: serializeWorkbook(w), summary: summarize(w),
  };
  return db.transaction('rw', db.snapshots, async () => {
    const kept = await db.snapshots.put(row);
    await prune(db, w.id, now);
    return kept as number; // `++id`: Dexie hands back the number it assigned (or the id given)
  });
}

/** Newest first. */
export async function listSnapshots(db: SprintbookDb, workbookId: string): Promise<SnapshotRow[]> {
  return (await byTime(db, workbookId).reverse().toArray());
}

/**
 * A version kept aside from a stale tab may be the only copy of that work (it never reached the
 * working copy), so unlike the versions kept while editing it is never pruned: it goes only with
 * its workbook. There is at most one per stale session, so they cannot pile up. Named snapshots
 * (namedSnapshots.ts) are kept on purpose and never pruned either.
 */
const prunable = (s: SnapshotRow) => s.reason === 'periodic' || s.reason === 'before-restore' || s.reason === 'before-replace';

async function prune(db: SprintbookDb, workbookId: string, now: number): Promise<void> {
  await db.snapshots.where('[workbookId+takenAt]').between([workbookId, Dexie.minKey], [workbookId, now - SNAPSHOT_KEEP_MS]).filter(prunable).delete();
  const count = await byTime(db, workbookId).filter(prunable).count();
  if (count > SNAPSHOTS_PER_WORKBOOK) {
    const oldest = await byTime(db, workbookId).filter(prunable).limit(count - SNAPSHOTS_PER_WORKBOOK).primaryKeys();
    await db.snapshots.bulkDelete(oldest);
  }
}

/** Drops every snapshot older than seven days (at startup: workbooks not edited lately too). */
export async function pruneAllSnapshots(db: SprintbookDb, now: number): Promise<void> {
  await db.snapshots.filter((s) => prunable(s) && s.takenAt < now - SNAPSHOT_KEEP_MS).delete();
}
