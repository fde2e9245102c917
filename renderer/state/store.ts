/**
 * The one store (zustand), built from typed slices. Components subscribe with narrow
 * selectors; derived values (readiness, tiers, scorecard, schedule) are never stored: see
 * selectors.ts. `resetAppStore()` puts everything back for the next test.
 */
import { create } from 'zustand';
import { createHistorySlice } from './historySlice';
import type { AppState, Clock } from './types';
import { createUiSlice } from './uiSlice';
import { createWorkbookSlice } from './workbookSlice';

const systemClock: Clock = { now: () => new Date() };

export const useAppStore = create<AppState>()((...a) => ({
  ...createWorkbookSlice(...a),
  ...createHistorySlice(...a),
  ...createUiSlice(...a),
  clock: systemClock,
}));

const initialState = useAppStore.getState();

/** Back to the state of a fresh page (tests; the library after closing a workbook keeps the ui). */
export function resetAppStore(clock: Clock = systemClock): void {
  useAppStore.setState({ ...initialState, clock }, true);
}

export type AppStore = typeof useAppStore;
