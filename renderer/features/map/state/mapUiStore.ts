/**
 * The map's transient ui state, in a small store of its own so that 60 updates a second (a drag,
 * a rubber band) never touch the workbook store or its history: the drag offset of the moved
 * nodes, the connector being drawn, the hovered and inline-edited node, the search, the size
 * of the canvas, and the screen-reader announcements. Selection and camera live in the ui
 * slice (state/uiSlice.ts).
 */
import { create } from 'zustand';
import type { EdgeKind, NodeKind } from '../../../../shared/model';
import type { Offset } from '../geometry/edgePath';
import type { Guide } from '../geometry/snap';
import type { Size } from '../geometry/viewport';

export interface MoveDrag {
  readonly kind: 'move';
  readonly ids: ReadonlySet<string>;
  readonly primary: string;
  readonly offset: Offset;
  readonly guides: readonly Guide[];
  readonly keyboard: boolean;
}
export interface PaletteDrag { readonly kind: 'palette'; readonly nodeKind: NodeKind }

/** A connector being drawn from a node's handle, or one end of a selected connector being moved. */
export interface Linking {
  readonly from: string;
  readonly reconnect?: { readonly edgeId: string; readonly end: 'from' | 'to' };
  /** The pointer, in canvas units. */
  readonly x: number;
  readonly y: number;
  readonly over: string | null;
}

export interface Marquee { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

export interface MapUiState {
  readonly drag: MoveDrag | PaletteDrag | null;
  readonly linking: Linking | null;
  readonly marquee: Marquee | null;
  readonly hovered: string | null;
  readonly editing: string | null;
  readonly search: string;
  readonly size: Size;
  readonly connectorKind: EdgeKind;
  readonly panning: boolean;
  readonly announcement: { readonly text: string; readonly n: number };
}

const initial: MapUiState = {
  drag: null, linking: null, marquee: null, hovered: null, editing: null, search: '',
  size: { w: 0, h: 0 }, connectorKind: 'flow', panning: false, announcement: { text: '', n: 0 },
};

export const useMapUi = create<MapUiState>()(() => initial);

export const setMapUi = (patch: Partial<MapUiState>): void => useMapUi.setState(patch);

/** Says `text` in the map's live region (polite): moves, connections, deletions. */
export function announce(text: string): void {
  useMapUi.setState((s) => ({ announcement: { text, n: s.announcement.n + 1 } }));
}

/** Back to a fresh map (tests; a new workbook keeps nothing of the last one's drag). */
export function resetMapUi(): void {
  useMapUi.setState(initial, true);
}
