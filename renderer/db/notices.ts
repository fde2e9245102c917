/**
 * What the working copy has to tell the user beyond "Saved": that the open workbook is open in
 * another tab or window too (said up front), or that another tab or window changed it after this
 * one loaded it, so this tab's writes are refused (renderer/db/autosave) and its own version is
 * kept in History instead. A small store of its own, written by autosave and presence, read by
 * the top bar's save status.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface StaleNotice {
  /** The store session (one opening of a workbook) whose writes are refused. */
  readonly sessionId: number;
  readonly workbookId: string;
  /** When this tab's version was last kept in History; null while it had nothing unsaved. */
  readonly keptAt: number | null;
}

export interface ElsewhereNotice {
  readonly workbookId: string;
  /** How many other tabs or windows have it open. */
  readonly tabs: number;
}

export interface WorkingCopyNotices {
  readonly stale: StaleNotice | null;
  readonly elsewhere: ElsewhereNotice | null;
}

export type NoticesStore = StoreApi<WorkingCopyNotices>;

export function createNotices(): NoticesStore {
  return createStore<WorkingCopyNotices>(() => ({ stale: null, elsewhere: null }));
}

/** The page's notices. */
export const workingCopyNotices: NoticesStore = createNotices();

/** The save status's words for a refused write. */
export const STALE_MESSAGE = 'Not saved: this workbook was changed in another tab or window. Nothing from this tab is written over it; what you change here is kept in History.';
