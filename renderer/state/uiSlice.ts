/** The ui slice: route (screen and stage), selection, focus requests and toasts. */
import type { StateCreator } from 'zustand';
import type { AppState, MapSelection, UiSlice } from './types';

export const NO_MAP_SELECTION: MapSelection = { nodeIds: [], edgeIds: [] };

let toastIds = 0;
let focusNonce = 0;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  route: { screen: 'library' },
  selection: null,
  focusRequest: null,
  toasts: [],
  dialog: null,
  mapSelection: NO_MAP_SELECTION,
  mapViewport: null,

  navigate: (route) => set({ route, selection: null, mapSelection: NO_MAP_SELECTION }),
  showStage: (stage) => {
    const { route } = get();
    if (route.screen === 'workbook' && route.stage !== stage) set({ route: { ...route, stage }, selection: null, mapSelection: NO_MAP_SELECTION });
  },
  select: (selection) => set({ selection }),
  requestFocus: (target) => set({ focusRequest: { target, nonce: ++focusNonce } }),
  clearFocusRequest: () => set({ focusRequest: null }),

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
  selectOnMap: (mapSelection) => set({ mapSelection }),
  setMapViewport: (mapViewport) => set({ mapViewport }),
});
