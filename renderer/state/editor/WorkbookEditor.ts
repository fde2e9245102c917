/**
 * One object per open workbook (ARCHITECTURE.md; in the spirit of tldraw's `Editor`): made when
 * a workbook opens and dropped when it closes, it owns the document with its undo history, the
 * save status in a small store of its own, each stage's selection, the focus request of a
 * "Fix" link, and the stages' UI controllers (the map's selection, camera and drag), made on
 * first use by the stage that needs one. Components subscribe to these stores with narrow
 * selectors through the editor's React context (context.ts); nothing here is module-level, so
 * a test makes a fresh editor and has a fresh everything.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FileRef } from '../../../shared/host';
import type { Workbook } from '../../../shared/model';
import type { Command } from '../commands/command';
import { applyCommand, redoOnce, undoOnce } from './history';
import type { Clock, DocState, FocusRequest, OpenOptions, SaveStatus, Selection, Session, ToastRequest } from './types';

export interface EditorOptions extends OpenOptions {
  /** The session's number, unique in the page (the app counts them). */
  readonly sessionId: number;
  readonly clock: Clock;
  /** How the editor asks the app to show a message (toasts are app-wide). */
  readonly notify: (toast: ToastRequest) => number;
}

/** A stage's UI controller: made once per editor; `clearSelection` runs when the stage changes. */
export interface StageController {
  clearSelection?(): void;
  dispose?(): void;
}

export class WorkbookEditor {
  readonly session: Session;
  readonly clock: Clock;
  /** The workbook, its history and its file: what undo, autosave and Save work on. */
  readonly doc: StoreApi<DocState>;
  /** Autosave's progress, apart from the document: the top bar redraws, no stage does. */
  readonly save: StoreApi<{ readonly status: SaveStatus }>;
  /** The record each stage's editor shows (kind and id), never in undo history. */
  readonly selection: StoreApi<{ readonly current: Selection | null }>;
  /** Where a screen should go once shown (a readiness "Fix" link, a jump from another stage). */
  readonly focus: StoreApi<{ readonly request: FocusRequest | null }>;
  readonly notify: (toast: ToastRequest) => number;
  private readonly controllers = new Map<(editor: WorkbookEditor) => StageController, StageController>();
  private nonce = 0;

  constructor(workbook: Workbook, options: EditorOptions) {
    this.session = { id: options.sessionId, workbookId: workbook.id, source: options.source ?? 'library' };
    this.clock = options.clock;
    this.notify = options.notify;
    this.doc = createStore<DocState>()(() => ({
      workbook, past: [], future: [], burst: null,
      loadProblems: options.problems ?? [], migratedFrom: options.migratedFrom ?? null,
      file: options.file ?? null, fileBaseline: options.file ? workbook : null,
    }));
    this.save = createStore(() => ({ status: { state: 'idle' } as SaveStatus }));
    this.selection = createStore(() => ({ current: null as Selection | null }));
    this.focus = createStore(() => ({ request: null as FocusRequest | null }));
  }

  get workbook(): Workbook {
    return this.doc.getState().workbook;
  }

  /** Runs a command on the workbook; false when it changed nothing. */
  readonly execute = (cmd: Command): boolean => {
    const change = applyCommand(this.doc.getState(), cmd, this.clock.now());
    if (change) this.doc.setState(change);
    return change !== null;
  };

  readonly undo = (): void => {
    const change = undoOnce(this.doc.getState());
    if (change) this.doc.setState(change);
  };

  readonly redo = (): void => {
    const change = redoOnce(this.doc.getState());
    if (change) this.doc.setState(change);
  };

  /** Ends the current burst: the next command starts a new undo entry (a field lost focus). */
  readonly sealHistory = (): void => {
    if (this.doc.getState().burst !== null) this.doc.setState({ burst: null });
  };

  /** The file now holds `saved`: the top bar's dirty mark compares the workbook with it. */
  readonly markFileSaved = (file: FileRef, saved: Workbook): void => this.doc.setState({ file, fileBaseline: saved });

  readonly setSaveStatus = (status: SaveStatus): void => this.save.setState({ status });

  readonly select = (current: Selection | null): void => this.selection.setState({ current });

  readonly requestFocus = (target: FocusRequest['target']): void => this.focus.setState({ request: { target, nonce: ++this.nonce } });

  readonly clearFocusRequest = (): void => {
    if (this.focus.getState().request !== null) this.focus.setState({ request: null });
  };

  /** A message with Undo, for edits that take something away ("Removed …"). */
  readonly notifyUndoable = (message: string): number =>
    this.notify({ tone: 'info', message, action: { label: 'Undo', run: this.undo } });

  /** Another stage is shown: no stage keeps a selection the person can no longer see. */
  clearSelections(): void {
    this.select(null);
    for (const c of this.controllers.values()) c.clearSelection?.();
  }

  /**
   * The stage controller `make` builds for this editor, made on first use and kept while the
   * workbook is open (so the map's camera survives a visit to another stage).
   */
  controller<T extends StageController>(make: (editor: WorkbookEditor) => T): T {
    let c = this.controllers.get(make);
    if (!c) this.controllers.set(make, (c = make(this)));
    return c as T;
  }

  dispose(): void {
    for (const c of this.controllers.values()) c.dispose?.();
    this.controllers.clear();
  }
}
