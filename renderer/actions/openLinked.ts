/**
 * "Open file…" of a file whose workbook the library keeps, linked to a file with a base (the
 * text this working copy last read or wrote there): when the file changed since that base,
 * the working copy opens and the merge is offered (issue 15), instead of asking whether to
 * replace the working copy or keep both. The opened file becomes the workbook's file at once,
 * with the same base, so a Save after Cancel offers the merge again rather than overwrite it.
 */
import { serializeWorkbook } from '../../shared/format/serialize';
import type { FileRef } from '../../shared/host';
import { linkFile } from '../db/fileLinks';
import { readStored } from '../db/library';
import { services } from '../db/services';
import type { AppStore } from '../state/appStore';
import type { AppDialog } from '../state/types';
import { offerMerge } from './fileMerge';

type Opened = Extract<AppDialog, { kind: 'already-in-library' }>['opened'];

/** True when it opened the working copy and offered the merge; false: the caller asks as before. */
export async function openChangedLinkedFile(app: AppStore, opened: Opened, base: string): Promise<boolean> {
  const theirsText = serializeWorkbook(opened.workbook);
  if (theirsText === base) return false; // the file holds nothing this copy has not seen
  let stored;
  try {
    stored = await readStored(services().db, opened.workbook.id);
  } catch {
    return false;
  }
  if (!stored?.ok) return false;
  const ours = stored.workbook;
  const file: FileRef = opened.file;
  try {
    await linkFile(services().db, ours.id, file, null, base);
  } catch {
    return false; // without the link a later Save could not check the file: ask as before
  }
  const s = app.getState();
  const editor = s.openWorkbook(ours, {
    problems: stored.problems, file, source: 'library',
    ...(stored.migratedFrom !== undefined ? { migratedFrom: stored.migratedFrom } : {}),
  });
  editor.markFileSaved(file, opened.workbook); // the file holds theirs: the working copy differs from it
  s.navigate({ screen: 'workbook', workbookId: ours.id, stage: 'overview' });
  return offerMerge(app, { base, ours, theirs: opened.workbook, theirsText, file, when: 'open' });
}
