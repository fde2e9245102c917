/**
 * The shape of the app store (appStore.ts): what is app-wide rather than one workbook's — the
 * route, toasts, dialogs, whether storage works, and which workbook's editor is open. What one
 * open workbook holds (document, history, save status, selections) is its editor's
 * (state/editor). Map nodes never subscribe to this store.
 */
import type { Refusal } from '../../shared/format/faults';
import type { FileRef } from '../../shared/host';
import type { Problem, Workbook } from '../../shared/model';
import type { WorkbookEditor } from './editor/WorkbookEditor';
import type { MergeOffer } from './mergeOffer';
import type { OpenOptions, ToastRequest } from './editor/types';
import type { StageId } from './stages';

export type { Clock, DocState, FocusRequest, HistoryEntry, OpenOptions, SaveStatus, Selection, Session, ToastRequest } from './editor/types';

export type Route =
  | { readonly screen: 'library' }
  | { readonly screen: 'workbook'; readonly workbookId: string; readonly stage: StageId };

export interface Toast extends ToastRequest {
  readonly id: number;
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
  | { readonly kind: 'history' }
  /** The linked file changed on disk: merge it into the working copy (features/merge)? */
  | { readonly kind: 'merge'; readonly offer: MergeOffer }
  /** What changed between two versions (features/compare); from History, a snapshot to start from. */
  | { readonly kind: 'compare'; readonly beforeSnapshotId?: number };

export interface AppState {
  readonly route: Route;
  readonly toasts: readonly Toast[];
  readonly dialog: AppDialog | null;
  /** Why the browser's storage cannot be used at all (unavailable, blocked by another window). */
  readonly storageError: string | null;
  /** The open workbook's editor; null in the library. */
  readonly editor: WorkbookEditor | null;

  /** Opens `workbook` in a new editor (a new session, empty history), closing the last one. */
  openWorkbook(workbook: Workbook, options?: OpenOptions): WorkbookEditor;
  closeWorkbook(): void;
  navigate(route: Route): void;
  showStage(stage: StageId): void;
  pushToast(toast: ToastRequest): number;
  dismissToast(id: number): void;
  showDialog(dialog: AppDialog): void;
  closeDialog(): void;
  setStorageError(message: string | null): void;
}
