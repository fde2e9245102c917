/**
 * The library: every workbook kept in IndexedDB. Creating, importing, duplicating, renaming
 * and deleting (with the rows kept so an Undo toast can put them back). All of it goes
 * through the same guard as autosave: a workbook from a newer Sprintbook is never overwritten.
 */
import type { Workbook } from '../../shared/model';
import type { SnapshotRow, SprintbookDb, WorkbookRow } from './db';
import { loadText, type LoadResult } from './loader';
import { noteRevision, rowRevision } from './revisions';
import { writeOver } from './rows';
import { snapshotNow } from './snapshots';
import { entryOfStored } from './summaries';
import { pageChannel } from './tabChannel';

/** A workbook id nobody else has: workbooks travel between machines as files. */
export function newWorkbookId(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  return `wb-${random}`;
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Writes `w` as a library row over whatever is stored (a new revision, so a tab editing it is
 * told), unless the stored row is from a newer Sprintbook.
 */
export async function putWorkbook(db: SprintbookDb, w: Workbook, now: number): Promise<void> {
  await writeOver(db, w, now);
}

/**
 * A new workbook from a template's text (a starter .sprintbook): a fresh id and fresh
 * timestamps, so two workbooks made from one template never collide.
 */
export async function createFromTemplate(db: SprintbookDb, templateText: string, now: number, title?: string): Promise<Workbook> {
  const loaded = await loadText(templateText);
  if (!loaded.ok) throw new Error(`The template does not open: ${loaded.refusal.reason}`);
  const at = stamp(now);
  const w: Workbook = { ...loaded.workbook, id: newWorkbookId(), createdAt: at, updatedAt: at, ...(title ? { title } : {}) };
  await putWorkbook(db, w, now);
  return w;
}

/** Opens a stored workbook: null when it is not in the library. */
export async function readStored(db: SprintbookDb, id: string): Promise<LoadResult | null> {
  const row = await db.workbooks.get(id);
  if (!row) return null;
  const loaded = await loadText(row.text);
  // What autosave will base its writes of this workbook on (renderer/db/revisions).
  if (loaded.ok) noteRevision(loaded.workbook, rowRevision(row) ?? 0);
  return loaded;
}

export async function duplicateWorkbook(db: SprintbookDb, id: string, now: number): Promise<Workbook> {
  const loaded = await readStored(db, id);
  if (!loaded) throw new Error('That workbook is no longer in the library.');
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  const at = stamp(now);
  const title = copyTitle(loaded.workbook.title);
  const copy: Workbook = { ...loaded.workbook, id: newWorkbookId(), title, createdAt: at, updatedAt: at };
  await putWorkbook(db, copy, now);
  return copy;
}

/**
 * Keeps `w` (a version only this tab has) as a new library workbook beside the stored one:
 * a fresh id, "(copy)" after its title, no file.
 */
export async function keepAsNewWorkbook(db: SprintbookDb, w: Workbook, now: number): Promise<Workbook> {
  const at = stamp(now);
  const copy: Workbook = { ...w, id: newWorkbookId(), title: copyTitle(w.title), createdAt: at, updatedAt: at };
  await putWorkbook(db, copy, now);
  return copy;
}

/** "Title (copy)", kept within the format's 200 characters. */
export function copyTitle(title: string): string {
  const suffix = ' (copy)';
  const chars = Array.from(title);
  return chars.length + suffix.length <= 200 ? title + suffix : chars.slice(0, 200 - suffix.length).join('') + suffix;
}

export async function renameWorkbook(db: SprintbookDb, id: string, title: string, now: number): Promise<void> {
  const loaded = await readStored(db, id);
  if (!loaded) throw new Error('That workbook is no longer in the library.');
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  await putWorkbook(db, { ...loaded.workbook, title, updatedAt: stamp(now) }, now);
}

/** What a delete removed, to put back from the Undo toast. */
export interface Deleted { readonly row: WorkbookRow; readonly snapshots: readonly SnapshotRow[] }

export async function deleteWorkbook(db: SprintbookDb, id: string): Promise<Deleted | null> {
  return db.transaction('rw', db.workbooks, db.snapshots, db.summaries, async () => {
    const row = await db.workbooks.get(id);
    if (!row) return null;
    const snapshots = await db.snapshots.where('workbookId').equals(id).toArray();
    await db.snapshots.where('workbookId').equals(id).delete();
    await db.workbooks.delete(id);
    await db.summaries.delete(id);
    return { row, snapshots };
  });
}

/**
 * Puts a deleted workbook back. If a tab still editing it wrote it again meanwhile, the restored
 * row is a newer revision than that write, so that tab is told and keeps its version aside.
 */
export async function restoreDeleted(db: SprintbookDb, deleted: Deleted): Promise<void> {
  const entry = entryOfStored(deleted.row); // outside the transaction: no foreign work inside it
  const revision = await db.transaction('rw', db.workbooks, db.snapshots, db.summaries, async () => {
    const current = rowRevision(await db.workbooks.get(deleted.row.id));
    const next = Math.max(current ?? 0, rowRevision(deleted.row) ?? 0) + 1;
    await db.workbooks.put({ ...deleted.row, revision: next });
    await db.summaries.put({ ...entry, revision: next });
    await db.snapshots.bulkPut([...deleted.snapshots]);
    return next;
  });
  pageChannel().post({ kind: 'written', workbookId: deleted.row.id, revision });
}

/**
 * Puts a workbook opened from a file into the library. `replace` overwrites a stored workbook
 * with the same id, after keeping the stored one as a snapshot (it stays in History).
 */
export async function importWorkbook(db: SprintbookDb, w: Workbook, now: number, mode: 'new' | 'replace' | 'copy'): Promise<Workbook> {
  if (mode === 'copy') {
    const copy = { ...w, id: newWorkbookId() };
    await putWorkbook(db, copy, now);
    return copy;
  }
  if (mode === 'replace') {
    const stored = await readStored(db, w.id);
    if (stored?.ok) await snapshotNow(db, stored.workbook, 'before-replace', now);
  }
  await putWorkbook(db, w, now);
  return w;
}
