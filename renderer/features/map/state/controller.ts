/**
 * The map's UI controller, one per open workbook (made by the workbook's editor on first use,
 * kept while it is open): the selection, the camera, the transient ui of gestures (a drag's
 * offset, the connector being drawn, the rubber band, inline editing, announcements), the
 * keyboard drag's step count and the one draggable proxy that stands in for every node. All of
 * it was module-level state once; here a new workbook, or a test, starts from a fresh one.
 */
import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useEditor } from '../../../state/editor/context';
import type { StageController, WorkbookEditor } from '../../../state/editor/WorkbookEditor';
import { Camera } from './camera';
import { INITIAL_MAP_UI, type MapUiState } from './mapUiStore';

/** What is selected on the workflow map: nodes and connectors, by id. Never in undo history. */
export interface MapSelection { readonly nodeIds: readonly string[]; readonly edgeIds: readonly string[] }

export const NO_MAP_SELECTION: MapSelection = { nodeIds: [], edgeIds: [] };

/** The invisible element dnd-kit drags for whichever node was grabbed (dnd/NodeDragProxy). */
export interface DragProxy {
  listeners: DraggableSyntheticListeners;
  element: HTMLDivElement | null;
  readonly data: { readonly type: 'node'; id: string };
}

export class MapController implements StageController {
  readonly selection: StoreApi<{ readonly current: MapSelection }> = createStore(() => ({ current: NO_MAP_SELECTION }));
  readonly camera = new Camera();
  readonly ui: StoreApi<MapUiState> = createStore(() => INITIAL_MAP_UI);
  readonly dragProxy: DragProxy = { listeners: undefined, element: null, data: { type: 'node', id: '' } };
  /** Where the keyboard has taken a picked-up node, counted as keys arrive (dnd/keyboard). */
  keyboardTrack: { base: { x: number; y: number }; dx: number; dy: number } | null = null;
  /** The last text pasted and how often, so each paste lands a step further. */
  lastPaste = { text: '', times: 0 };

  constructor(readonly editor: WorkbookEditor) {}

  clearSelection(): void {
    const { nodeIds, edgeIds } = this.selection.getState().current;
    if (nodeIds.length || edgeIds.length) this.selection.setState({ current: NO_MAP_SELECTION });
  }

  /** Leaving the map: no drag, band or inline editor is left half-done (the camera and selection stay). */
  resetUi(): void {
    this.ui.setState(INITIAL_MAP_UI, true);
  }

  dispose(): void {
    this.camera.dispose();
  }
}

const makeMapController = (editor: WorkbookEditor) => new MapController(editor);

/** The map controller of `editor`. */
export const mapOf = (editor: WorkbookEditor): MapController => editor.controller(makeMapController);

/** The map controller of the open workbook. */
export const useMap = (): MapController => mapOf(useEditor());

export function useMapSelection<T>(pick: (s: MapSelection) => T): T {
  return useStore(useMap().selection, (s) => pick(s.current));
}
