/** Creating and opening workbooks from the library, and leaving them. */
import { describeStorageError } from '../db/errors';
import { createFromTemplate, readStored } from '../db/library';
import { loadText, type LoadResult } from '../db/loader';
import { services } from '../db/services';
import { restoreFileLink } from './files';
import type { AppStore } from '../state/appStore';

/** A new workbook from a template's text, opened on Overview. */
export async function createWorkbook(app: AppStore, templateText: string): Promise<void> {
  const s = app.getState();
  try {
    const w = await createFromTemplate(services().db, templateText, Date.now());
    s.openWorkbook(w, { source: 'new' });
    s.navigate({ screen: 'workbook', workbookId: w.id, stage: 'overview' });
  } catch (e) {
    // Without storage the workbook still opens, in memory; the save status keeps saying why.
    const loaded = await loadText(templateText);
    s.pushToast({ tone: 'error', message: describeStorageError(e) });
    if (!loaded.ok) return;
    s.openWorkbook(loaded.workbook, { source: 'new' });
    s.navigate({ screen: 'workbook', workbookId: loaded.workbook.id, stage: 'overview' });
  }
}

export type StoredOpen = { readonly state: 'opened' } | { readonly state: 'missing' } | { readonly state: 'refused'; readonly result: Extract<LoadResult, { ok: false }> };

/** Opens a library workbook into the store (the route already names it). */
export async function openStored(app: AppStore, id: string): Promise<StoredOpen> {
  const s = () => app.getState();
  if (s().editor?.workbook.id === id) return { state: 'opened' };
  await services().autosave.flush();
  const loaded = await readStored(services().db, id);
  if (!loaded) return { state: 'missing' };
  if (!loaded.ok) return { state: 'refused', result: loaded };
  // Another open may have finished while this one read: the route decides which one wins.
  const route = s().route;
  if (route.screen === 'workbook' && route.workbookId === id && s().editor?.workbook.id !== id) {
    s().openWorkbook(loaded.workbook, {
      problems: loaded.problems, source: 'library',
      ...(loaded.migratedFrom !== undefined ? { migratedFrom: loaded.migratedFrom } : {}),
    });
    await restoreFileLink(app, loaded.workbook); // Save writes its file again without asking
  }
  return { state: 'opened' };
}

/** Back to the library: pending changes are written first, then the workbook is closed. */
export async function goToLibrary(app: AppStore): Promise<void> {
  app.getState().navigate({ screen: 'library' });
  await services().autosave.flush();
  if (app.getState().route.screen === 'library') app.getState().closeWorkbook();
}
