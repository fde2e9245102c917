/** Startup wiring, once per page: storage, autosave, route, shortcuts, menu, window title, launch file. */
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
import { setServices } from '../services';
import { selectFileDirty } from '../state/selectors';
import { useAppStore } from '../state/store';
import { isAvailableStage } from './stages';
import { syncRouteWithHash } from './router';
import { installShortcuts } from './shortcuts';

export function bootstrap(): void {
  const host = getHost();
  const db = getDb();
  const store = useAppStore;
  // Sibling tabs hear which workbook is open where and which revision was written.
  const channel = openTabChannel();
  setPageChannel(channel);
  const autosave = startAutosave({ db, store, page: { window, document }, channel });
  startPresence({ store, channel, page: { window } });
  setServices({ host, db, autosave });
  void openStorage(db, store.getState());

  syncRouteWithHash(store, isAvailableStage);

  const mac = /mac/i.test(navigator.platform || navigator.userAgent);
  installShortcuts(host, {
    undo: () => store.getState().undo(),
    redo: () => store.getState().redo(),
    save: () => void saveFile(false),
    saveAs: () => void saveFile(true),
    open: () => void openFile(),
    newWorkbook: () => void createWorkbook(BLANK_TEMPLATE.text),
    exportDocuments: () => store.getState().showStage('export'),
    library: () => void goToLibrary(),
  }, mac);

  // The window title and the close prompt follow the file's dirty state.
  let shown = '';
  const reportDocument = () => {
    const s = store.getState();
    const state = { title: s.workbook?.title ?? 'Library', dirty: selectFileDirty(s) && s.file !== null };
    const key = JSON.stringify(state);
    if (key !== shown) {
      shown = key;
      host.setDocumentState(state);
    }
  };
  store.subscribe(reportDocument);
  reportDocument();

  void openLaunchFile();
  // The library shows without the format's loader; fetch it while the user looks at the library.
  window.addEventListener('load', () => setTimeout(preloadLoader, 0), { once: true });
}
