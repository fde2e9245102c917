/**
 * Autosave: IndexedDB is the working copy, so every change is written within a second without
 * anyone asking. Writes wait for a short pause in typing (debounce) but never longer than
 * `maxWaitMs` after the first unsaved change, run one at a time, and are flushed when the page
 * is hidden or unloaded. A session's first workbook is what was just loaded: it is never
 * written back, so nothing is written before the initial load finished. A row from a newer
 * Sprintbook is never overwritten. Every failure is shown in the save status.
 *
 * Two tabs or windows on one workbook never overwrite each other: each write names the row
 * revision this session's copy is based on and is refused when another tab wrote since
 * (renderer/db/rows). From then on the session is stale: nothing more of it is written over the
 * row; its version is kept in History instead (one snapshot, replaced as the user keeps typing),
 * and the notices say so until the user reloads or keeps the version as a new workbook. A
 * session also turns stale as soon as another tab says it wrote a newer revision, before anyone
 * types here.
 */
import type { Workbook } from '../../shared/model';
import type { AppStore } from '../state/appStore';
import type { DocState, SaveStatus } from '../state/editor/types';
import type { WorkbookEditor } from '../state/editor/WorkbookEditor';
import type { SprintbookDb } from './db';
import { describeStorageError } from './errors';
import { STALE_MESSAGE, workingCopyNotices, type NoticesStore } from './notices';
import { revisionOf } from './revisions';
import { writeWorkbook } from './rows';
import { keepAside } from './snapshots';
import { pageChannel, type TabChannel } from './tabChannel';

export { writeWorkbook } from './rows';

export interface AutosaveOptions {
  readonly db: SprintbookDb;
  /** The app whose open editor's workbook is saved (and whose save status says how it goes). */
  readonly app: Pick<AppStore, 'getState' | 'subscribe'>;
  /** Quiet time after the last change before writing. */
  readonly debounceMs?: number;
  /** Longest an unsaved change may wait while changes keep coming. */
  readonly maxWaitMs?: number;
  readonly now?: () => number;
  /** Where to listen for the page being hidden or unloaded (absent in unit tests). */
  readonly page?: { readonly window: Window; readonly document: Document } | null;
  /** Where other tabs say what they wrote (default: the page's channel). */
  readonly channel?: TabChannel;
  /** Where a stale session is reported (default: the page's notices). */
  readonly notices?: NoticesStore;
}

export interface Autosave {
  /** Writes any pending change now; resolves when IndexedDB has it (or the write failed). */
  flush(): Promise<void>;
  dispose(): void;
}

/** One session (one opening of a workbook) as autosave sees it. */
interface Tracked {
  readonly sessionId: number | null;
  readonly workbookId: string | null;
  /** The row revision this session's copy is based on; null for a workbook never read or written. */
  basis: number | null;
  /** Another tab wrote since `basis`: nothing of this session is written over the row any more. */
  stale: boolean;
  /** The snapshot holding this session's version while it is stale. */
  keptId?: number;
}

export function startAutosave(options: AutosaveOptions): Autosave {
  const { db, app } = options;
  const debounceMs = options.debounceMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 800;
  const now = options.now ?? Date.now;
  const notices = options.notices ?? workingCopyNotices;
  const editor = () => app.getState().editor;
  const openWorkbook = () => editor()?.workbook ?? null;
  const status = (s: SaveStatus) => editor()?.setSaveStatus(s);

  const track = (e: WorkbookEditor | null): Tracked => ({
    sessionId: e?.session.id ?? null,
    workbookId: e?.workbook.id ?? null,
    basis: e ? revisionOf(e.workbook) ?? null : null,
    stale: false,
  });
  let shown = editor();
  let tracked = track(shown);
  /** The workbook IndexedDB holds for the current session (or, when stale, History does). */
  let stored: Workbook | null = openWorkbook();
  /** The newest workbook not yet written (of whichever session). */
  let pending: { readonly workbook: Workbook; readonly session: Tracked } | null = null;
  /** The workbook being written right now. */
  let inFlight: Workbook | null = null;
  let firstPendingAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** Says that `session` is stale: in the notices while it is the open one, else in a toast. */
  function reportStale(session: Tracked, keptAt: number | null, title: string): void {
    if (session === tracked && session.sessionId !== null && session.workbookId !== null) {
      const before = notices.getState().stale;
      const kept = keptAt ?? (before?.sessionId === session.sessionId ? before.keptAt : null);
      notices.setState({ stale: { sessionId: session.sessionId, workbookId: session.workbookId, keptAt: kept } });
      status({ state: 'error', message: STALE_MESSAGE });
    } else if (keptAt !== null) {
      app.getState().pushToast({
        tone: 'error',
        message: `Your last changes to “${title}” were not saved over a newer version from another tab or window: they are kept in its History.`,
      });
    }
  }

  function writeNext(): Promise<void> {
    chain = chain.then(async () => {
      const job = pending;
      if (!job) return;
      pending = null;
      const { workbook: w, session } = job;
      inFlight = w;
      if (!session.stale && openWorkbook() === w) status({ state: 'saving' });
      try {
        if (!session.stale) {
          const outcome = await writeWorkbook(db, w, now(), session.basis);
          if (outcome.ok) {
            session.basis = outcome.revision;
            if (session === tracked) stored = w;
            if (!pending && openWorkbook() === w) status({ state: 'saved', at: now() });
            return;
          }
          session.stale = true; // refused: another tab or window wrote first
        }
        session.keptId = await keepAside(db, w, now(), session.keptId);
        if (session === tracked) stored = w;
        reportStale(session, now(), w.title);
      } catch (e) {
        pending ??= job; // keep it: the next change or "Retry" writes it again
        if (editor()?.session.workbookId === w.id) status({ state: 'error', message: describeStorageError(e) });
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

  const onDocument = (d: DocState, prev: DocState) => {
    // Only workbook changes matter (history and file changes come through here too).
    if (d.workbook === prev.workbook || d.workbook === pending?.workbook) return;
    if (d.workbook === stored || d.workbook === inFlight) {
      // Undone back to what is stored: nothing left to write.
      if (pending) {
        pending = null;
        clearTimer();
        if (!tracked.stale) status({ state: 'saved', at: now() });
      }
      return;
    }
    pending = { workbook: d.workbook, session: tracked };
    const saving = editor()?.save.getState().status.state;
    if (!tracked.stale && saving !== 'pending' && saving !== 'saving') status({ state: 'pending' });
    schedule();
  };
  let unwatchDocument = shown ? shown.doc.subscribe(onDocument) : () => undefined;
  const unsubscribe = app.subscribe((s) => {
    if (s.editor === shown) return;
    // A change of workbook: what the old one still had pending is written now, not dropped.
    if (pending) {
      clearTimer();
      void writeNext();
    }
    unwatchDocument();
    shown = s.editor;
    tracked = track(shown);
    stored = openWorkbook();
    if (notices.getState().stale) notices.setState({ stale: null });
    unwatchDocument = shown ? shown.doc.subscribe(onDocument) : () => undefined;
  });

  // Another tab wrote a newer revision of the open workbook: stale now, not at the next keystroke.
  const unlisten = (options.channel ?? pageChannel()).listen((message) => {
    if (message.kind !== 'written' || message.workbookId !== tracked.workbookId || tracked.stale) return;
    if (tracked.basis !== null && message.revision <= tracked.basis) return;
    tracked.stale = true;
    reportStale(tracked, null, openWorkbook()?.title ?? '');
    if (pending) void flush();
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
      unwatchDocument();
      unlisten();
      clearTimer();
      options.page?.document.removeEventListener('visibilitychange', onHidden);
      options.page?.window.removeEventListener('pagehide', onPageHide);
    },
  };
}
