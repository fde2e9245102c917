/**
 * The map's transient ui state, in a small store of its own (on the map controller) so that 60
 * updates a second (a drag, a rubber band) never touch the document or its history: the drag
 * offset of the moved nodes, the connector being drawn, the hovered and inline-edited node, the
 * search, the size of the canvas, and the screen-reader announcements.
 */
import type { StoreApi } from 'zustand/vanilla';
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
  /** What floats over the canvas (legend, minimap, gap badge), in canvas-relative screen pixels: "Zoom to fit" keeps clear of it. */
  readonly overlays: readonly { readonly x: number; readonly y: number; readonly w: number; readonly h: number }[];
  readonly connectorKind: EdgeKind;
  readonly panning: boolean;
  readonly announcement: { readonly text: string; readonly n: number };
}

export const INITIAL_MAP_UI: MapUiState = {
  drag: null, linking: null, marquee: null, hovered: null, editing: null, search: '',
  size: { w: 0, h: 0 }, overlays: [], connectorKind: 'flow', panning: false, announcement: { text: '', n: 0 },
};

/** Whatever holds a map's ui store (the map controller). */
interface HasUi { readonly ui: StoreApi<MapUiState> }

export const setMapUi = (map: HasUi, patch: Partial<MapUiState>): void => map.ui.setState(patch);

/** Says `text` in the map's live region (polite): moves, connections, deletions. */
export function announce(map: HasUi, text: string): void {
  map.ui.setState((s) => ({ announcement: { text, n: s.announcement.n + 1 } }));
}
