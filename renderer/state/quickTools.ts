/**
 * Which of the window's quick tools is open: capturing a question for the parking lot, the
 * parking-lot panel (with the item to show, when a search or a link asked for one), or Search
 * everything. One controller per open workbook (state/editor), so the parking and search
 * features, which may not import each other, can open one another through it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StageController, WorkbookEditor } from './editor/WorkbookEditor';

export type QuickTool =
  | { readonly kind: 'capture' }
  | { readonly kind: 'parking-lot'; readonly itemId: string | null }
  | { readonly kind: 'search' };

export interface QuickTools extends StageController {
  readonly store: StoreApi<{ readonly open: QuickTool | null }>;
}

const makeQuickTools = (): QuickTools => ({ store: createStore(() => ({ open: null as QuickTool | null })) });

export const quickToolsOf = (editor: WorkbookEditor): QuickTools => editor.controller(makeQuickTools);

export function openQuickTool(editor: WorkbookEditor, tool: QuickTool): void {
  quickToolsOf(editor).store.setState({ open: tool });
}

export function closeQuickTool(editor: WorkbookEditor): void {
  const { store } = quickToolsOf(editor);
  if (store.getState().open !== null) store.setState({ open: null });
}

/** The parking-lot panel, showing item `itemId` (highlighted, its list chosen) when given. */
export const showParkingLot = (editor: WorkbookEditor, itemId: string | null = null): void =>
  openQuickTool(editor, { kind: 'parking-lot', itemId });
