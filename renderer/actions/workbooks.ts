/** Creating and opening workbooks from the library, and leaving them. */
import { describeStorageError } from '../db/errors';
import { createFromTemplate, readStored } from '../db/library';
import { loadText, type LoadResult } from '../db/loader';
import { services } from '../services';
import { restoreFileLink } from './files';
import { useAppStore } from '../state/store';

const store = () => useAppStore.getState();

/** A new workbook from a template's text, opened on Overview. */
export async function createWorkbook(templateText: string): Promise<void> {
  try {
    const w = await createFromTemplate(services().db, templateText, Date.now());
    store().openWorkbook(w, { source: 'new' });
    store().navigate({ screen: 'workbook', workbookId: w.id, stage: 'overview' });
  } catch (e) {
    // Without storage the workbook still opens, in memory; the save status keeps saying why.
    const loaded = await loadText(templateText);
    store().pushToast({ tone: 'error', message: describeStorageError(e) });
    if (!loaded.ok) return;
    store().openWorkbook(loaded.workbook, { source: 'new' });
    store().navigate({ screen: 'workbook', workbookId: loaded.workbook.id, stage: 'overview' });
  }
}

export type StoredOpen = { readonly state: 'opened' } | { readonly state: 'missing' } | { readonly state: 'refused'; readonly result: Extract<LoadResult, { ok: false }> };

/** Opens a library workbook into the store (the route already names it). */
export async function openStored(id: string): Promise<StoredOpen> {
  if (store().workbook?.id === id) return { state: 'opened' };
  await services().autosave.flush();
  const loaded = await readStored(services().db, id);
  if (!loaded) return { state: 'missing' };
  if (!loaded.ok) return { state: 'refused', result: loaded };
  // Another open may have finished while this one read: the route decides which one wins.
  const route = store().route;
  if (route.screen === 'workbook' && route.workbookId === id && store().workbook?.id !== id) {
    store().openWorkbook(loaded.workbook, {
      problems: loaded.problems, source: 'library',
      ...(loaded.migratedFrom !== undefined ? { migratedFrom: loaded.migratedFrom } : {}),
    });
    await restoreFileLink(loaded.workbook); // Save writes its file again without asking
  }
  return { state: 'opened' };
}

/** Back to the library: pending changes are written first, then the workbook is closed. */
export async function goToLibrary(): Promise<void> {
  store().navigate({ screen: 'library' });
  await services().autosave.flush();
  if (store().route.screen === 'library') store().closeWorkbook();
}
