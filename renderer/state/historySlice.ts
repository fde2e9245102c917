/**
 * Undo/redo over whole workbooks: the model is immutable, so an entry is simply the workbook
 * before a command (structural sharing keeps that cheap). Selection and route live in the ui
 * slice and never enter history. A burst of commands with one coalescing key is one entry; a
 * command declared `history: false` is applied under the whole history too, so no undo or
 * redo can take it back.
 */
import type { StateCreator } from 'zustand';
import { runCommand } from './commands/command';
import type { AppState, HistoryEntry, HistorySlice } from './types';

/** Enough for a whole day of edits; the oldest entries go first. */
export const HISTORY_LIMIT = 200;
export const COALESCE_WINDOW_MS = 1500;

const capped = (entries: readonly HistoryEntry[]) => (entries.length > HISTORY_LIMIT ? entries.slice(entries.length - HISTORY_LIMIT) : entries);

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  burst: null,

  execute: (cmd) => {
    const { workbook, past, future, burst, clock } = get();
    if (!workbook) return false;
    const now = clock.now();
    const next = runCommand(workbook, cmd, now);
    if (next === workbook) return false;

    if (cmd.history === false) {
      const rebase = (e: HistoryEntry): HistoryEntry => ({ ...e, workbook: runCommand(e.workbook, cmd, now) });
      set({ workbook: next, past: past.map(rebase), future: future.map(rebase) });
      return true;
    }

    const t = now.getTime();
    const merges = cmd.coalesce !== undefined && burst !== null && burst.key === cmd.coalesce && t - burst.at <= burst.windowMs && past.length > 0;
    set({
      workbook: next,
      // Merging keeps the entry's "before" workbook: undo returns to before the whole burst.
      past: merges ? past : capped([...past, { workbook, label: cmd.label }]),
      future: [],
      burst: cmd.coalesce === undefined ? null : { key: cmd.coalesce, at: t, windowMs: cmd.coalesceWindowMs ?? COALESCE_WINDOW_MS },
    });
    return true;
  },

  undo: () => {
    const { workbook, past, future } = get();
    const entry = past[past.length - 1];
    if (!workbook || !entry) return;
    set({ workbook: entry.workbook, past: past.slice(0, -1), future: [...future, { workbook, label: entry.label }], burst: null });
  },

  redo: () => {
    const { workbook, past, future } = get();
    const entry = future[future.length - 1];
    if (!workbook || !entry) return;
    set({ workbook: entry.workbook, future: future.slice(0, -1), past: capped([...past, { workbook, label: entry.label }]), burst: null });
  },

  sealHistory: () => {
    if (get().burst !== null) set({ burst: null });
  },
});
