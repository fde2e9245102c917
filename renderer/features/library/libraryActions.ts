/** The library's operations with their messages: duplicate, rename, delete with Undo. */
import { describeStorageError } from '../../db/errors';
import { deleteWorkbook, duplicateWorkbook, renameWorkbook, restoreDeleted } from '../../db/library';
import { services } from '../../services';
import { useAppStore } from '../../state/store';

const toast = (...args: Parameters<ReturnType<typeof useAppStore.getState>['pushToast']>) => useAppStore.getState().pushToast(...args);

async function attempt(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    toast({ tone: 'error', message: describeStorageError(e) });
  }
}

export const duplicate = (id: string) => attempt(async () => {
  const copy = await duplicateWorkbook(services().db, id, Date.now());
  toast({ tone: 'success', message: `Duplicated as “${copy.title}”.` });
});

export const rename = (id: string, title: string) => attempt(() => renameWorkbook(services().db, id, title, Date.now()));

export const remove = (id: string) => attempt(async () => {
  const deleted = await deleteWorkbook(services().db, id);
  if (!deleted) return;
  toast({
    tone: 'info',
    message: `Deleted “${deleted.row.title}”.`,
    timeoutMs: 10_000,
    action: { label: 'Undo', run: () => void attempt(() => restoreDeleted(services().db, deleted)) },
  });
});
