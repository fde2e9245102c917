/** The library's operations with their messages: duplicate, rename, delete with Undo. */
import { describeStorageError } from '../../db/errors';
import { deleteWorkbook, duplicateWorkbook, renameWorkbook, restoreDeleted } from '../../db/library';
import { services } from '../../db/services';
import type { AppStore } from '../../state/appStore';

async function attempt(app: AppStore, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    app.getState().pushToast({ tone: 'error', message: describeStorageError(e) });
  }
}

export const duplicate = (app: AppStore, id: string) => attempt(app, async () => {
  const copy = await duplicateWorkbook(services().db, id, Date.now());
  app.getState().pushToast({ tone: 'success', message: `Duplicated as “${copy.title}”.` });
});

export const rename = (app: AppStore, id: string, title: string) => attempt(app, () => renameWorkbook(services().db, id, title, Date.now()));

export const remove = (app: AppStore, id: string) => attempt(app, async () => {
  const deleted = await deleteWorkbook(services().db, id);
  if (!deleted) return;
  app.getState().pushToast({
    tone: 'info',
    message: `Deleted “${deleted.row.title}”.`,
    timeoutMs: 10_000,
    action: { label: 'Undo', run: () => void attempt(app, () => restoreDeleted(services().db, deleted)) },
  });
});
