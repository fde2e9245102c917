/**
 * The shape of the one store: three typed slices. The workbook slice holds the open workbook
 * and where it came from; the history slice the undo/redo stacks and the command entry point;
 * the ui slice what the user is looking at (never part of undo history).
 */
import type { Refusal } from '../../shared/format/faults';
import type { FileRef } from '../../shared/host';
import type { Problem, Workbook } from '../../shared/model';
import type { Command } from './commands/command';
import type { StageId } from './stages';

/** One open workbook; a new session starts each time a workbook is opened. */
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

export interface WorkbookSlice {
  readonly workbook: Workbook | null;
  readonly session: Session | null;
  /** The problems found when the workbook was opened (dangling references), for the banner. */
  readonly loadProblems: readonly Problem[];
  readonly migratedFrom: number | null;
  /** The `.sprintbook` file this workbook was opened from or last saved to. */
  readonly file: FileRef | null;
  /** The workbook as it was when last saved to (or opened from) the file: dirty when different. */
  readonly fileBaseline: Workbook | null;
  readonly saveStatus: SaveStatus;
  /** Why the browser's storage cannot be used at all (unavailable, blocked by another window). */
  readonly storageError: string | null;

  openWorkbook(workbook: Workbook, options?: OpenOptions): void;
  closeWorkbook(): void;
  markFileSaved(file: FileRef, saved: Workbook): void;
  setSaveStatus(status: SaveStatus): void;
  setStorageError(message: string | null): void;
}

export interface HistoryEntry {
  /** The workbook before the command (on the undo stack) or after it (on the redo stack). */
  readonly workbook: Workbook;
  readonly label: string;
}

export interface HistorySlice {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** The coalescing key of the newest undo entry while it may still absorb commands. */
  readonly burst: { readonly key: string; readonly at: number; readonly windowMs: number } | null;

  /** Runs a command on the open workbook; false when nothing is open or nothing changed. */
  execute(command: Command): boolean;
  undo(): void;
  redo(): void;
  /** Ends the current burst: the next command starts a new undo entry (a field lost focus). */
  sealHistory(): void;
}

export type Route =
  | { readonly screen: 'library' }
  | { readonly screen: 'workbook'; readonly workbookId: string; readonly stage: StageId };

/** What is selected in a stage (a person, later a node or a decision). Never in undo history. */
export interface Selection { readonly kind: string; readonly id: string }

/** What is selected on the workflow map: nodes and connectors, by id. Never in undo history. */
export interface MapSelection { readonly nodeIds: readonly string[]; readonly edgeIds: readonly string[] }

/** The map's camera: the canvas point at the view's top-left corner, the zoom, and whose map it shows. */
export interface MapViewport { readonly workbookId: string; readonly x: number; readonly y: number; readonly zoom: number }

export interface Toast {
  readonly id: number;
  readonly tone: 'info' | 'success' | 'error';
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
  /** Milliseconds before it goes away by itself; null keeps it until dismissed. */
  readonly timeoutMs: number | null;
}

/** App-wide dialogs that any entry point (library, top bar, native menu) can raise. */
export type AppDialog =
  | { readonly kind: 'refused'; readonly fileName: string; readonly refusal: Refusal }
  | {
      /** The file's workbook id is already in the library: replace it, or keep both? */
      readonly kind: 'already-in-library';
      readonly fileName: string;
      readonly opened: { readonly workbook: Workbook; readonly problems: readonly Problem[]; readonly migratedFrom?: number; readonly file: FileRef };
      readonly storedTitle: string;
      readonly storedSavedAt: number;
    }
  | { readonly kind: 'history' };

export interface UiSlice {
  readonly route: Route;
  readonly selection: Selection | null;
  /** A field a screen should focus once it is shown (a readiness gap's "Fix" link). */
  readonly focusRequest: { readonly target: string; readonly nonce: number } | null;
  readonly toasts: readonly Toast[];
  readonly dialog: AppDialog | null;
  /** The workflow map's selection and camera (renderer/features/map); a new route clears the selection. */
  readonly mapSelection: MapSelection;
  readonly mapViewport: MapViewport | null;

  navigate(route: Route): void;
  showStage(stage: StageId): void;
  select(selection: Selection | null): void;
  requestFocus(target: string): void;
  clearFocusRequest(): void;
  pushToast(toast: Omit<Toast, 'id' | 'timeoutMs'> & { timeoutMs?: number | null }): number;
  dismissToast(id: number): void;
  showDialog(dialog: AppDialog): void;
  closeDialog(): void;
  selectOnMap(selection: MapSelection): void;
  setMapViewport(viewport: MapViewport): void;
}

export interface Clock { now(): Date }

export type AppState = WorkbookSlice & HistorySlice & UiSlice & { readonly clock: Clock };
