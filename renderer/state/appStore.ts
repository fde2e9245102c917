/**
 * The app store (zustand): what the page shows whatever workbook is open — route, toasts,
 * dialogs, the storage error — and the open workbook's editor (state/editor). One is made per
 * page at startup (main.tsx) and one per test; it is reached through React context
 * (appContext.ts) or handed to the code that needs it, never imported as a module singleton.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { WorkbookEditor } from './editor/WorkbookEditor';
import type { Clock } from './editor/types';
import type { AppState } from './types';

export type AppStore = StoreApi<AppState>;

const systemClock: Clock = { now: () => new Date() };

export function createAppStore(clock: Clock = systemClock): AppStore {
  let sessions = 0;
  let toastIds = 0;
  return createStore<AppState>()((set, get) => ({
    route: { screen: 'library' },
    toasts: [],
    dialog: null,
    storageError: null,
    editor: null,

    openWorkbook: (workbook, options = {}) => {
      get().editor?.dispose();
      const editor = new WorkbookEditor(workbook, { ...options, sessionId: ++sessions, clock, notify: (t) => get().pushToast(t) });
      set({ editor });
      return editor;
    },
    closeWorkbook: () => {
      get().editor?.dispose();
      set({ editor: null });
    },

    navigate: (route) => {
      set({ route });
      get().editor?.clearSelections();
    },
    showStage: (stage) => {
      const { route, editor } = get();
      if (route.screen !== 'workbook' || route.stage === stage) return;
      set({ route: { ...route, stage } });
      editor?.clearSelections();
    },

    pushToast: ({ timeoutMs, ...toast }) => {
      const id = ++toastIds;
      // Errors stay until dismissed: a message that vanishes while you look away is not shown.
      const timeout = timeoutMs === undefined ? (toast.tone === 'error' ? null : 6000) : timeoutMs;
      set({ toasts: [...get().toasts.slice(-4), { ...toast, id, timeoutMs: timeout }] });
      return id;
    },
    dismissToast: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
    showDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    setStorageError: (storageError) => set({ storageError }),
  }));
}

/** Calls `listener` whenever another editor opens or the open one's document changes; returns the unsubscribe. */
export function watchOpenDocument(app: Pick<AppStore, 'getState' | 'subscribe'>, listener: (editor: WorkbookEditor | null) => void): () => void {
  let editor = app.getState().editor;
  let unwatchDoc = editor ? editor.doc.subscribe(() => listener(editor)) : () => undefined;
  const unwatchApp = app.subscribe((s) => {
    if (s.editor === editor) return;
    unwatchDoc();
    editor = s.editor;
    const watched = editor;
    unwatchDoc = watched ? watched.doc.subscribe(() => listener(watched)) : () => undefined;
    listener(editor);
  });
  return () => {
    unwatchApp();
    unwatchDoc();
  };
}
