/**
 * Opening and saving `.sprintbook` files, wherever the request comes from (library, top bar,
 * native menu, a file the app was launched with). A refused file changes nothing and says
 * why; an opened one goes into the library and opens, its problems listed. The workbook keeps
 * its link to the file (renderer/db/fileLinks), so after a reload or a restart Save writes the
 * same file without asking for it. The link keeps the file's text as last read or written: when
 * the file changed on disk since, Save and opening offer a merge instead (fileMerge.ts).
 */
import { serializeWorkbook } from '../../shared/format/serialize';
import type { FileRef, OpenedFile } from '../../shared/host';
import type { Problem, Workbook } from '../../shared/model';
import { describeStorageError } from '../db/errors';
import { linkFile, storedFileLink } from '../db/fileLinks';
import { importWorkbook } from '../db/library';
import { loadBytes } from '../db/loader';
import { revisionOf } from '../db/revisions';
import { services } from '../db/services';
import { workbookFileName } from '../state/fileNames';
import type { AppStore } from '../state/appStore';
import type { AppDialog } from '../state/types';
import { checkLinkedFile } from './fileMerge';
import { openChangedLinkedFile } from './openLinked';

/** Shows the open dialog, then opens what was picked. */
export async function openFile(app: AppStore): Promise<void> {
  const picked = await services().host.openWorkbook();
  if (!picked.ok) {
    if (picked.error.code !== 'cancelled') app.getState().pushToast({ tone: 'error', message: `The file could not be opened: ${picked.error.message}` });
    return;
  }
  await openPicked(app, picked.value);
}

/** The file the app was launched with (double-click on a .sprintbook), if any. */
export async function openLaunchFile(app: AppStore): Promise<void> {
  const launched = await services().host.takeLaunchFile();
  if (launched.ok && launched.value) await openPicked(app, launched.value);
}

export async function openPicked(app: AppStore, file: OpenedFile): Promise<void> {
  const loaded = await loadBytes(file.bytes);
  if (!loaded.ok) {
    app.getState().showDialog({ kind: 'refused', fileName: file.name, refusal: loaded.refusal });
    return;
  }
  const opened = {
    workbook: loaded.workbook, problems: loaded.problems, file: { handle: file.handle, name: file.name },
    ...(loaded.migratedFrom !== undefined ? { migratedFrom: loaded.migratedFrom } : {}),
  };
  let stored;
  try {
    // What the open workbook still has pending is written first: the file may replace it.
    await services().autosave.flush();
    stored = await services().db.workbooks.get(loaded.workbook.id);
  } catch {
    stored = undefined; // storage unavailable: open in memory; the save status says so
  }
  // The library's copy was linked to a file that changed since: open it and offer the merge.
  if (stored?.file?.base !== undefined && (await openChangedLinkedFile(app, opened, stored.file.base))) return;
  if (stored) {
    app.getState().showDialog({ kind: 'already-in-library', fileName: file.name, opened, storedTitle: stored.title, storedSavedAt: stored.savedAt });
    return;
  }
  await finishOpen(app, opened, 'new');
}

type Opened = Extract<AppDialog, { kind: 'already-in-library' }>['opened'];

/** Puts the opened workbook into the library (new, replacing the stored one, or as a copy) and shows it. */
export async function finishOpen(app: AppStore, opened: Opened, mode: 'new' | 'replace' | 'copy'): Promise<void> {
  const s = app.getState();
  let workbook: Workbook = opened.workbook;
  try {
    workbook = await importWorkbook(services().db, opened.workbook, Date.now(), mode);
  } catch (e) {
    s.pushToast({ tone: 'error', message: `Opened, but not kept in the library: ${describeStorageError(e)}` });
    if (mode === 'copy') return;
  }
  // A copy has a new id, so it is no longer the file's workbook: Save asks where.
  const file = mode === 'copy' ? null : opened.file;
  if (file) await keepFileLink(workbook, file, serializeWorkbook(opened.workbook));
  s.openWorkbook(workbook, {
    problems: opened.problems, file, source: 'file',
    ...(opened.migratedFrom !== undefined ? { migratedFrom: opened.migratedFrom } : {}),
  });
  s.navigate({ screen: 'workbook', workbookId: workbook.id, stage: 'overview' });
  s.pushToast({ tone: 'success', message: openedMessage(opened.file.name, opened.problems) });
}

function openedMessage(name: string, problems: readonly Problem[]): string {
  if (problems.length === 0) return `Opened ${name}.`;
  return `Opened ${name} with ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: see the list on Overview.`;
}

/** Save (to the file it came from) or Save As (always asks). Returns true when saved. */
export async function saveFile(app: AppStore, saveAs = false): Promise<boolean> {
  const { editor, pushToast } = app.getState();
  if (!editor) return false;
  const { workbook, file } = editor.doc.getState();
  // The file changed on disk since this copy last read or wrote it: merge first, never overwrite.
  if (!saveAs && file && (await checkLinkedFile(app, workbook, file, 'save')).state === 'stopped') return false;
  const text = serializeWorkbook(workbook);
  let result = await services().host.saveWorkbook(saveAs ? null : file?.handle ?? null, workbookFileName(workbook.title), text);
  if (!result.ok && result.error.code === 'unknown-handle' && file) {
    // The host no longer knows the file (site data cleared, a handle from long ago): ask where.
    pushToast({ tone: 'info', message: `Sprintbook can no longer reach ${file.name}: choose where to save it.` });
    result = await services().host.saveWorkbook(null, file.name, text);
  }
  if (!result.ok) {
    if (result.error.code !== 'cancelled') pushToast({ tone: 'error', message: `Not saved: ${result.error.message}` });
    return false;
  }
  // The workbook may have changed while the dialog was open: what was written is `workbook`.
  // The same editor, or a later one of the same workbook: its file is the one just written.
  const now = app.getState().editor;
  if (now?.workbook.id === workbook.id) now.markFileSaved(result.value, workbook);
  pushToast({ tone: 'success', message: `Saved ${result.value.name}.` });
  await keepFileLink(workbook, result.value, text);
  return true;
}

/**
 * Keeps the link from `w`'s working copy to `file`, which now holds `w` as `text` (canonical). The
 * link names the row revision that is `w` (autosave writes it first, when it is still what the
 * store shows), so a reload knows whether the file lacks changes, and keeps `text` as the base
 * of a merge should the file change on disk.
 */
async function keepFileLink(w: Workbook, file: FileRef, text: string): Promise<void> {
  try {
    await services().autosave.flush();
    await linkFile(services().db, w.id, file, revisionOf(w) ?? null, text);
  } catch {
    // Storage unavailable: the link lasts for this session; the save status already says why.
  }
}

/**
 * After a workbook opens from the library: its file, if it has one, so Save writes there without
 * asking. When the working copy moved on since the file was written, the file lacks changes: a
 * baseline that is not the open workbook says so. When the file itself changed on disk since it
 * was last read or written, a merge is offered.
 */
export async function restoreFileLink(app: AppStore, w: Workbook): Promise<void> {
  let link;
  try {
    link = await storedFileLink(services().db, w.id);
  } catch {
    return;
  }
  const editor = app.getState().editor;
  if (!link || editor?.session.workbookId !== w.id || editor.doc.getState().file) return;
  const clean = link.revision !== null && link.revision === revisionOf(w);
  const file = { handle: link.handle, name: link.name };
  editor.markFileSaved(file, clean ? w : { ...w });
  await checkLinkedFile(app, w, file, 'open');
}
