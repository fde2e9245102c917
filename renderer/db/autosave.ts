/**
 * Autosave: IndexedDB is the working copy, so every change is written within a second without
 * anyone asking. Writes wait for a short pause in typing (debounce) but never longer than
 * `maxWaitMs` after the first unsaved change, run one at a time, and are flushed when the page
 * is hidden or unloaded. A session's first workbook is what was just loaded: it is never
 * written back, so nothing is written before the initial load finished. A row from a newer
 * Sprintbook is never overwritten. Every failure is shown in the save status.
 */
import type { StoreApi } from 'zustand';
import { CURRENT_SCHEMA_VERSION, type Workbook } from '../../shared/model';
import type { AppState } from '../state/types';
import type { SprintbookDb } from './db';
import { describeStorageError, NewerSchemaError } from './errors';
import { rowOf } from './records';
import { snapshotIfDue } from './snapshots';

export interface AutosaveOptions {
  readonly db: SprintbookDb;
  readonly store: Pick<StoreApi<AppState>, 'getState' | 'subscribe'>;
  /** Quiet time after the last change before writing. */
  readonly debounceMs?: number;
  /** Longest an unsaved change may wait while changes keep coming. */
  readonly maxWaitMs?: number;
  readonly now?: () => number;
  /** Where to listen for the page being hidden or unloaded (absent in unit tests). */
  readonly page?: { readonly window: Window; readonly document: Document } | null;
}

export interface Autosave {
  /** Writes any pending change now; resolves when IndexedDB has it (or the write failed). */
  flush(): Promise<void>;
  dispose(): void;
}

export async function writeWorkbook(db: SprintbookDb, w: Workbook, now: number): Promise<void> {
  const row = rowOf(w, now); // serialize outside the transaction: no foreign work inside it
  await db.transaction('rw', db.workbooks, db.snapshots, async () => {
    const existing = await db.workbooks.get(w.id);
    if (existing && existing.schemaVersion > CURRENT_SCHEMA_VERSION) throw new NewerSchemaError(existing.schemaVersion);
    await snapshotIfDue(db, existing, now);
    await db.workbooks.put(row);
  });
}

export function startAutosave(options: AutosaveOptions): Autosave {
  const { db, store } = options;
  const debounceMs = options.debounceMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 800;
  const now = options.now ?? Date.now;
  const status = (s: AppState['saveStatus']) => store.getState().setSaveStatus(s);

  let sessionId: number | null = store.getState().session?.id ?? null;
  /** The workbook IndexedDB holds for the current session. */
  let stored: Workbook | null = store.getState().workbook;
  /** The newest workbook not yet written (of whichever session). */
  let pending: Workbook | null = null;
  /** The workbook being written right now. */
  let inFlight: Workbook | null = null;
  let firstPendingAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  function writeNext(): Promise<void> {
    chain = chain.then(async () => {
      const w = pending;
      if (!w) return;
      pending = null;
      inFlight = w;
      const ownSession = sessionId;
      if (store.getState().workbook === w) status({ state: 'saving' });
      try {
        await writeWorkbook(db, w, now());
        if (ownSession === sessionId) stored = w;
        if (!pending && store.getState().workbook === w) status({ state: 'saved', at: now() });
      } catch (e) {
        pending ??= w; // keep it: the next change or "Retry" writes it again
        if (store.getState().session?.workbookId === w.id) status({ state: 'error', message: describeStorageError(e) });
      } finally {
        inFlight = null;
      }
    });
    return chain;
  }

  function schedule(): void {
    const t = now();
    if (timer === null) firstPendingAt = t;
    clearTimer();
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - t));
    timer = setTimeout(() => {
      timer = null;
      void writeNext();
    }, wait);
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if ((s.session?.id ?? null) !== sessionId) {
      // A change of workbook: what the old one still had pending is written now, not dropped.
      if (pending) {
        clearTimer();
        void writeNext();
      }
      sessionId = s.session?.id ?? null;
      stored = s.workbook;
      return;
    }
    // Only workbook changes matter (our own status updates come through here too).
    if (!s.workbook || s.workbook === prev.workbook || s.workbook === pending) return;
    if (s.workbook === stored || s.workbook === inFlight) {
      // Undone back to what is stored: nothing left to write.
      if (pending) {
        pending = null;
        clearTimer();
        status({ state: 'saved', at: now() });
      }
      return;
    }
    pending = s.workbook;
    if (s.saveStatus.state !== 'pending' && s.saveStatus.state !== 'saving') status({ state: 'pending' });
    schedule();
  });

  const flush = (): Promise<void> => {
    clearTimer();
    return writeNext();
  };
  const onHidden = () => {
    if (options.page?.document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  options.page?.document.addEventListener('visibilitychange', onHidden);
  options.page?.window.addEventListener('pagehide', onPageHide);

  return {
    flush,
    dispose() {
      unsubscribe();
      clearTimer();
      options.page?.document.removeEventListener('visibilitychange', onHidden);
      options.page?.window.removeEventListener('pagehide', onPageHide);
    },
  };
}
