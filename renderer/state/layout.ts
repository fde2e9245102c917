/**
 * The window's layout for one workbook: whether the sidebar, the inspector and the stage
 * toolbars are shown. A facilitator collapses them to give the room the map; the choice is
 * remembered per workbook (renderer/db/layoutPrefs.ts keeps it) but is no part of the
 * document: it never enters undo history or the `.sprintbook` file. One store per open
 * workbook, made by the editor on first use like the stages' controllers.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useEditor } from './editor/context';
import { IS_MAC, layoutShortcut } from './layoutKeys';
import type { StageController, WorkbookEditor } from './editor/WorkbookEditor';

export type LayoutPart = 'sidebar' | 'inspector' | 'toolbars';

/** `true` = shown. */
export type LayoutPrefs = Readonly<Record<LayoutPart, boolean>>;

export const LAYOUT_PARTS: readonly LayoutPart[] = ['sidebar', 'inspector', 'toolbars'];

export const DEFAULT_LAYOUT: LayoutPrefs = { sidebar: true, inspector: true, toolbars: true };

export interface LayoutController extends StageController {
  readonly store: StoreApi<LayoutPrefs>;
  toggle(part: LayoutPart): void;
  /** Takes a stored record as it is read back: anything but booleans is ignored. */
  restore(stored: unknown): void;
}

export function layoutController(_editor: WorkbookEditor): LayoutController {
  const store = createStore<LayoutPrefs>(() => DEFAULT_LAYOUT);
  return {
    store,
    toggle: (part) => store.setState({ [part]: !store.getState()[part] }),
    restore: (stored) => store.setState(parseLayout(stored)),
  };
}

export function parseLayout(stored: unknown): LayoutPrefs {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const pick = (part: LayoutPart) => (typeof record[part] === 'boolean' ? (record[part] as boolean) : DEFAULT_LAYOUT[part]);
  return { sidebar: pick('sidebar'), inspector: pick('inspector'), toolbars: pick('toolbars') };
}

/** The layout of the open workbook (for the components of its window). */
export function useLayoutController(): LayoutController {
  return useEditor().controller(layoutController);
}

/** Whether `part` is shown in the open workbook's window. */
export function useLayoutShown(part: LayoutPart): boolean {
  return useStore(useLayoutController().store, (s) => s[part]);
}

const NAMES: Readonly<Record<LayoutPart, string>> = { sidebar: 'sidebar', inspector: 'inspector', toolbars: 'toolbars' };

/** What a show/hide button of `part` needs: its state, its action, its words and its keys. */
export function useLayoutToggle(part: LayoutPart): { shown: boolean; toggle: () => void; label: string; shortcut: string; ariaKeys: string } {
  const layout = useLayoutController();
  const shown = useLayoutShown(part);
  const keys = layoutShortcut(part, IS_MAC);
  return { shown, toggle: () => layout.toggle(part), label: `${shown ? 'Hide' : 'Show'} the ${NAMES[part]}`, shortcut: keys.label, ariaKeys: keys.aria };
}
