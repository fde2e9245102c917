/**
 * Shared fixtures for the renderer's tests: starter workbooks, a fixed clock, and a fresh app
 * store per test with a workbook open in a fresh editor. Nothing is reset between tests:
 * each makes its own app (`freshApp`, `openInFreshStore`), remembered here as "the test's
 * app" for `state()` and for `render` (render.tsx), which provides it.
 */
import { loadWorkbook } from '../../../shared/format';
import type { Workbook } from '../../../shared/model';
import { mapOf } from '../../../renderer/features/map/state/controller';
import type { View } from '../../../renderer/features/map/geometry/viewport';
import { createAppStore, type AppStore } from '../../../renderer/state/appStore';
import type { WorkbookEditor } from '../../../renderer/state/editor/WorkbookEditor';
import type { AppState, Clock, DocState } from '../../../renderer/state/types';
// Imported as the renderer imports them (Vite's ?raw): works in the node and jsdom environments alike.
import blank from '../../../templates/starters/blank.sprintbook?raw';
import supportTriage from '../../../templates/starters/support-triage.sprintbook?raw';

export function templateText(name: 'blank' | 'support-triage'): string {
  return name === 'blank' ? blank : supportTriage;
}

export function template(name: 'blank' | 'support-triage'): Workbook {
  const loaded = loadWorkbook(templateText(name));
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  return loaded.workbook;
}

/** A clock that only moves when told to. */
export function manualClock(start = Date.parse('2026-11-02T09:00:00Z')) {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

let current: AppStore | null = null;

/** A new app store (nothing open), which becomes the test's app. */
export function freshApp(clock?: Clock): AppStore {
  current = createAppStore(clock);
  return current;
}

/** The test's app store (made by the last `freshApp` or `openInFreshStore`). */
export function testApp(): AppStore {
  return current ?? freshApp();
}

/** The open workbook's editor in the test's app. */
export function testEditor(): WorkbookEditor {
  const editor = testApp().getState().editor;
  if (!editor) throw new Error('No workbook is open in this test.');
  return editor;
}

/** A fresh app with `w` open in a fresh editor, and a manual clock. */
export function openInFreshStore(w: Workbook = template('blank')) {
  const clock = manualClock();
  const app = freshApp(clock);
  const editor = app.getState().openWorkbook(w);
  return { clock, app, editor, store: app };
}

/**
 * What a test reads of the app and its open editor, in one place: the app's route, toasts and
 * actions; the document, history, save status, selection and focus request of the open
 * editor; the map's selection and camera. Read afresh on each call.
 */
export interface TestView extends Omit<AppState, 'editor'>, Omit<DocState, 'workbook'> {
  readonly workbook: Workbook | null;
  readonly editor: WorkbookEditor | null;
  readonly saveStatus: ReturnType<WorkbookEditor['save']['getState']>['status'];
  readonly session: WorkbookEditor['session'] | null;
  readonly selection: ReturnType<WorkbookEditor['selection']['getState']>['current'];
  readonly focusRequest: ReturnType<WorkbookEditor['focus']['getState']>['request'];
  readonly mapSelection: { readonly nodeIds: readonly string[]; readonly edgeIds: readonly string[] };
  execute: WorkbookEditor['execute'];
  undo(): void;
  redo(): void;
  sealHistory(): void;
  select: WorkbookEditor['select'];
  requestFocus: WorkbookEditor['requestFocus'];
  markFileSaved: WorkbookEditor['markFileSaved'];
  selectOnMap(selection: { readonly nodeIds: readonly string[]; readonly edgeIds: readonly string[] }): void;
  setMapViewport(view: View): void;
}

export function state(): TestView {
  const s = testApp().getState();
  const e = s.editor;
  const need = (): WorkbookEditor => {
    if (!e) throw new Error('No workbook is open in this test.');
    return e;
  };
  const doc = e?.doc.getState();
  return {
    ...s,
    past: [], future: [], burst: null, loadProblems: [], migratedFrom: null, file: null, fileBaseline: null,
    ...doc,
    editor: e,
    workbook: doc?.workbook ?? null,
    saveStatus: e ? e.save.getState().status : { state: 'idle' },
    session: e?.session ?? null,
    selection: e?.selection.getState().current ?? null,
    focusRequest: e?.focus.getState().request ?? null,
    mapSelection: e ? mapOf(e).selection.getState().current : { nodeIds: [], edgeIds: [] },
    execute: (cmd) => need().execute(cmd),
    undo: () => need().undo(),
    redo: () => need().redo(),
    sealHistory: () => need().sealHistory(),
    select: (sel) => need().select(sel),
    requestFocus: (target) => need().requestFocus(target),
    markFileSaved: (file, saved) => need().markFileSaved(file, saved),
    selectOnMap: (current) => mapOf(need()).selection.setState({ current }),
    setMapViewport: (view) => mapOf(need()).camera.committed.setState({ view }),
  };
}
