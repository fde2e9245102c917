/**
 * Startup wiring, once per page: the page's app store, storage, autosave, route, shortcuts,
 * menu, window title, launch file.
 */
import { startAutosave } from '../db/autosave';
import { getDb } from '../db/db';
import { preloadLoader } from '../db/loader';
import { startPresence } from '../db/presence';
import { openStorage } from '../db/storage';
import { openTabChannel, setPageChannel } from '../db/tabChannel';
import { getHost } from '../host';
import { openFile, openLaunchFile, saveFile } from '../actions/files';
import { createWorkbook, goToLibrary } from '../actions/workbooks';
import { BLANK_TEMPLATE } from '../actions/templates';
import { setServices } from '../db/services';
import { createAppStore, watchOpenDocument, type AppStore } from '../state/appStore';
import type { WorkbookEditor } from '../state/editor/WorkbookEditor';
import { selectFileDirty } from '../state/selectors';
import { isAvailableStage } from './stages';
import { syncRouteWithHash } from './router';
import { installShortcuts } from './shortcuts';

export function bootstrap(): AppStore {
  const app = createAppStore();
  const host = getHost();
  const db = getDb();
  // Sibling tabs hear which workbook is open where and which revision was written.
  const channel = openTabChannel();
  setPageChannel(channel);
  const autosave = startAutosave({ db, app, page: { window, document }, channel });
  startPresence({ app, channel, page: { window } });
  setServices({ host, db, autosave });
  void openStorage(db, app.getState());

  syncRouteWithHash(app, isAvailableStage);

  const mac = /mac/i.test(navigator.platform || navigator.userAgent);
  const editor = () => app.getState().editor;
  installShortcuts(host, {
    undo: () => editor()?.undo(),
    redo: () => editor()?.redo(),
    save: () => void saveFile(app, false),
    saveAs: () => void saveFile(app, true),
    open: () => void openFile(app),
    newWorkbook: () => void createWorkbook(app, BLANK_TEMPLATE.text),
    exportDocuments: () => app.getState().showStage('export'),
    library: () => void goToLibrary(app),
  }, mac);

  // The window title and the close prompt follow the file's dirty state.
  let shown = '';
  const reportDocument = (open: WorkbookEditor | null) => {
    const doc = open?.doc.getState();
    const state = { title: doc?.workbook.title ?? 'Library', dirty: !!doc && selectFileDirty(doc) && doc.file !== null };
    const key = JSON.stringify(state);
    if (key !== shown) {
      shown = key;
      host.setDocumentState(state);
    }
  };
  watchOpenDocument(app, reportDocument);
  reportDocument(editor());

  void openLaunchFile(app);
  // The library shows without the format's loader; fetch it while the user looks at the library.
  window.addEventListener('load', () => setTimeout(preloadLoader, 0), { once: true });
  return app;
}
