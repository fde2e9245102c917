/**
 * The workbook slice: the open workbook, its load problems, its file, and its save status.
 * Opening a workbook starts a new session and clears undo history: history belongs to one
 * workbook, and undoing into another would be nonsense.
 */
import type { StateCreator } from 'zustand';
import type { AppState, WorkbookSlice } from './types';

let sessions = 0;

export const createWorkbookSlice: StateCreator<AppState, [], [], WorkbookSlice> = (set) => ({
  workbook: null,
  session: null,
  loadProblems: [],
  migratedFrom: null,
  file: null,
  fileBaseline: null,
  saveStatus: { state: 'idle' },
  storageError: null,

  openWorkbook: (workbook, options = {}) =>
    set({
      workbook,
      session: { id: ++sessions, workbookId: workbook.id, source: options.source ?? 'library' },
      loadProblems: options.problems ?? [],
      migratedFrom: options.migratedFrom ?? null,
      file: options.file ?? null,
      fileBaseline: options.file ? workbook : null,
      saveStatus: { state: 'idle' },
      past: [],
      future: [],
      burst: null,
      selection: null,
    }),

  closeWorkbook: () =>
    set({
      workbook: null, session: null, loadProblems: [], migratedFrom: null, file: null, fileBaseline: null,
      saveStatus: { state: 'idle' }, past: [], future: [], burst: null, selection: null,
    }),

  markFileSaved: (file, saved) => set({ file, fileBaseline: saved }),
  setSaveStatus: (saveStatus) => set({ saveStatus }),
  setStorageError: (storageError) => set({ storageError }),
});
