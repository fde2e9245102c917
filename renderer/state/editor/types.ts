/**
 * The shapes an open workbook's editor holds: the document with its history, the save status,
 * a stage's selection and the focus request a "Fix" link makes. Nothing here is app-wide: the
 * route, toasts and dialogs are the app store's (state/appStore.ts).
 */
import type { FileRef } from '../../../shared/host';
import type { Problem, Workbook } from '../../../shared/model';

export interface Clock { now(): Date }

/** One open workbook; a new session (and a new editor) starts each time a workbook is opened. */
export interface Session {
  readonly id: number;
  readonly workbookId: string;
  /** Where it came from, for messages ("Opened support-triage.sprintbook"). */
  readonly source: 'library' | 'file' | 'new' | 'snapshot';
}

/** The working copy in IndexedDB: written by renderer/db/autosave, shown in the top bar. */
export type SaveStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'pending' | 'saving' }
  | { readonly state: 'saved'; readonly at: number }
  | { readonly state: 'error'; readonly message: string };

export interface OpenOptions {
  readonly problems?: readonly Problem[];
  readonly file?: FileRef | null;
  readonly migratedFrom?: number;
  readonly source?: Session['source'];
}

export interface HistoryEntry {
  /** The workbook before the command (on the undo stack) or after it (on the redo stack). */
  readonly workbook: Workbook;
  readonly label: string;
}

/** The document: the workbook, its undo/redo stacks, and where it came from. */
export interface DocState {
  readonly workbook: Workbook;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** The coalescing key of the newest undo entry while it may still absorb commands. */
  readonly burst: { readonly key: string; readonly at: number; readonly windowMs: number } | null;
  /** The problems found when the workbook was opened (dangling references), for the banner. */
  readonly loadProblems: readonly Problem[];
  readonly migratedFrom: number | null;
  /** The `.sprintbook` file this workbook was opened from or last saved to. */
  readonly file: FileRef | null;
  /** The workbook as it was when last saved to (or opened from) the file: dirty when different. */
  readonly fileBaseline: Workbook | null;
}

/** What is selected in a stage (a person, a decision, a metric…), by kind and id. Never in undo history. */
export interface Selection { readonly kind: string; readonly id: string }

/**
 * A place a screen should show once it is up (a readiness gap's "Fix" link, a jump from
 * another stage): a record by id and a field in it (state/navigation.ts), never an index.
 */
export interface FocusRequest {
  readonly target: { readonly recordId?: string; readonly field?: string };
  readonly nonce: number;
}

/** A message for the person, shown by the app (the editor only asks for it). */
export interface ToastRequest {
  readonly tone: 'info' | 'success' | 'error';
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
  /** Milliseconds before it goes away by itself; null keeps it until dismissed. */
  readonly timeoutMs?: number | null;
}
