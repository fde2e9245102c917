/**
 * Writing a workbook's row, the one way rows change. Every write counts up the row's revision,
 * keeps the row's link to its file, writes the library's summary of it in the same transaction
 * (renderer/db/summaries), and tells the other tabs which revision is now stored.
 * Autosave writes only over the revision its working copy was based on (`writeWorkbook`): when
 * another tab or window wrote in between, the write is refused inside the transaction, so the
 * check and the write cannot be separated by anyone else's write. A row from a newer Sprintbook
 * is never overwritten by either kind of write.
 */
import { CURRENT_SCHEMA_VERSION, type Workbook } from '../../shared/model';
import type { SprintbookDb, WorkbookRow } from './db';
import { NewerSchemaError } from './errors';
import { assess, rowOf, summarize } from './records';
import { noteRevision, rowRevision } from './revisions';
import { snapshotIfDue } from './snapshots';
import { entryOf } from './summaries';
import { pageChannel } from './tabChannel';

export type WriteOutcome =
  | { readonly ok: true; readonly revision: number }
  /** Refused: the stored row is at `storedRevision`, not the revision the write was based on. */
  | { readonly ok: false; readonly storedRevision: number };

interface Commit {
  /** The revision the writer's copy is based on: null for a workbook it never read or wrote. */
  readonly basis: number | null;
  /** Refuse when the stored row is at another revision than `basis` (autosave); else write over it. */
  readonly ifCurrent: boolean;
  /** Keep the overwritten row as a periodic snapshot when one is due (autosave). */
  readonly snapshot: boolean;
}

async function commit(db: SprintbookDb, w: Workbook, now: number, how: Commit): Promise<WriteOutcome> {
  // Serialize and summarize outside the transaction (no foreign work inside it), assessing readiness once.
  const assessed = assess(w);
  const row = rowOf(w, now, summarize(w, assessed));
  const entry = entryOf(row, w, 0, assessed);
  const outcome = await db.transaction('rw', db.workbooks, db.snapshots, db.summaries, async (): Promise<WriteOutcome> => {
    const existing = await db.workbooks.get(w.id);
    if (existing && existing.schemaVersion > CURRENT_SCHEMA_VERSION) throw new NewerSchemaError(existing.schemaVersion);
    const stored = rowRevision(existing);
    // No row at all is never a conflict: a new workbook, or one deleted elsewhere while this
    // tab still edits it, which is put back rather than losing what is typed here.
    if (how.ifCurrent && stored !== null && stored !== how.basis) return { ok: false, storedRevision: stored };
    if (how.snapshot) await snapshotIfDue(db, existing, now);
    const revision = (stored ?? how.basis ?? 0) + 1;
    const next: WorkbookRow = { ...row, revision, ...(existing?.file ? { file: existing.file } : {}) };
    await db.workbooks.put(next);
    await db.summaries.put({ ...entry, revision });
    return { ok: true, revision };
  });
  if (outcome.ok) {
    noteRevision(w, outcome.revision);
    pageChannel().post({ kind: 'written', workbookId: w.id, revision: outcome.revision });
  }
  return outcome;
}

/**
 * Autosave's write: `w` replaces the stored row only if the row is still at `basis` (or gone).
 * The version it replaces is kept as a snapshot when one is due.
 */
export function writeWorkbook(db: SprintbookDb, w: Workbook, now: number, basis: number | null): Promise<WriteOutcome> {
  return commit(db, w, now, { basis, ifCurrent: true, snapshot: true });
}

/**
 * A library operation's write (create, import, rename): one step that read what it needed, so it
 * writes over whatever revision is stored, and any tab editing the workbook is then refused.
 */
export async function writeOver(db: SprintbookDb, w: Workbook, now: number): Promise<number> {
  const outcome = await commit(db, w, now, { basis: null, ifCurrent: false, snapshot: false });
  if (!outcome.ok) throw new Error('A write over the stored row cannot be refused.');
  return outcome.revision;
}
