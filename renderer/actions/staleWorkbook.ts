/**
 * The ways forward for a tab whose workbook was changed in another tab or window: take the newer
 * version (reload), or keep this tab's version as a workbook of its own. Either way nothing typed
 * here is lost: autosave already keeps it in History while the tab is stale.
 */
import { describeStorageError } from '../db/errors';
import { keepAsNewWorkbook } from '../db/library';
import { services } from '../db/services';
import type { AppStore } from '../state/appStore';

/** Reloads the page, which opens the stored (newer) version; this tab's version stays in History. */
export async function reloadNewerVersion(reload: () => void = () => window.location.reload()): Promise<void> {
  await services().autosave.flush(); // this tab's last keystrokes go to History first
  reload();
}

/** Puts this tab's version into the library as a new workbook and opens it there. */
export async function keepMineAsNewWorkbook(app: AppStore): Promise<void> {
  const { editor, route } = app.getState();
  if (!editor) return;
  await services().autosave.flush();
  const mine = editor.workbook;
  const s = app.getState();
  try {
    const copy = await keepAsNewWorkbook(services().db, mine, Date.now());
    s.openWorkbook(copy, { source: 'library' });
    s.navigate({ screen: 'workbook', workbookId: copy.id, stage: route.screen === 'workbook' ? route.stage : 'overview' });
    s.pushToast({ tone: 'success', message: `Your version is now its own workbook, “${copy.title}”. The other version stays as it was.` });
  } catch (e) {
    s.pushToast({ tone: 'error', message: `Your version could not be kept as a new workbook: ${describeStorageError(e)} It is still in this workbook's History.` });
  }
}
