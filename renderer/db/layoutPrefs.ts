/**
 * Where each workbook's window layout (state/layout.ts) is kept: one row of the `meta` table
 * per workbook, apart from the workbook's own row, so it never reaches the `.sprintbook` file,
 * a snapshot or the undo history. A failed write only loses the layout, so it is not reported.
 */
import { getDb } from './db';

const key = (workbookId: string) => `layout:${workbookId}`;

/** The stored layout of `workbookId` as it was written (unchecked: parseLayout reads it), or null. */
export async function readLayoutPrefs(workbookId: string): Promise<unknown> {
  const row = await getDb().meta.get(key(workbookId));
  return row?.value ?? null;
}

export async function writeLayoutPrefs(workbookId: string, prefs: object): Promise<void> {
  await getDb().meta.put({ key: key(workbookId), value: { ...prefs } });
}

export async function forgetLayoutPrefs(workbookId: string): Promise<void> {
  await getDb().meta.delete(key(workbookId));
}
