/**
 * The link from a working copy to its `.sprintbook` file, kept on the workbook's row so it
 * survives a reload and a restart: Save then writes to the same file without asking for it. The
 * link names the host's handle (the host keeps what is behind it), the row revision the file
 * holds, and the canonical text last read from or written to the file (the base a merge starts
 * from when the file changed on disk meanwhile). Changing the link is not a change of the
 * workbook: it does not count the revision up, so saving to a file in one tab never makes another
 * tab stale.
 */
import type { FileRef } from '../../shared/host';
import type { FileLink, SprintbookDb } from './db';

/**
 * Links workbook `id` to `file`, which now holds the row at `revision` (null: not known) and
 * whose text this working copy last read or wrote is `base`.
 */
export async function linkFile(db: SprintbookDb, id: string, file: FileRef, revision: number | null, base?: string): Promise<void> {
  const link: FileLink = { handle: file.handle, name: file.name, revision, ...(base !== undefined ? { base } : {}) };
  await db.workbooks.update(id, { file: link });
}

/** The file workbook `id` was last opened from or saved to, if any. */
export async function storedFileLink(db: SprintbookDb, id: string): Promise<FileLink | null> {
  return (await db.workbooks.get(id))?.file ?? null;
}
