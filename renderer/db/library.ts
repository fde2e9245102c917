/**
 * The library: every workbook kept in IndexedDB. Creating, importing, duplicating, renaming
 * and deleting (with the rows kept so an Undo toast can put them back). All of it goes
 * through the same guard as autosave: a workbook from a newer Sprintbook is never overwritten.
 */
import { CURRENT_SCHEMA_VERSION, type Workbook } from '../../shared/model';
import type { SnapshotRow, SprintbookDb, WorkbookRow } from './db';
import { NewerSchemaError } from './errors';
import { loadText, type LoadResult } from './loader';
import { rowOf } from './records';
import { snapshotNow } from './snapshots';

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

/** Writes `w` as a library row, unless the stored row is from a newer Sprintbook. */
export async function putWorkbook(db: SprintbookDb, w: Workbook, now: number): Promise<void> {
  const row = rowOf(w, now);
  await db.transaction('rw', db.workbooks, async () => {
    const existing = await db.workbooks.get(w.id);
    if (existing && existing.schemaVersion > CURRENT_SCHEMA_VERSION) throw new NewerSchemaError(existing.schemaVersion);
    await db.workbooks.put(row);
  });
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
  return row ? loadText(row.text) : null;
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
  return db.transaction('rw', db.workbooks, db.snapshots, async () => {
    const row = await db.workbooks.get(id);
    if (!row) return null;
    const snapshots = await db.snapshots.where('workbookId').equals(id).toArray();
    await db.snapshots.where('workbookId').equals(id).delete();
    await db.workbooks.delete(id);
    return { row, snapshots };
  });
}

export async function restoreDeleted(db: SprintbookDb, deleted: Deleted): Promise<void> {
  await db.transaction('rw', db.workbooks, db.snapshots, async () => {
    await db.workbooks.put(deleted.row);
    await db.snapshots.bulkPut([...deleted.snapshots]);
  });
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
