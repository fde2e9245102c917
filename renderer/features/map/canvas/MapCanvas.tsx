/**
 * The canvas: a viewport (focusable, the keyboard's home on the map) over a world layer that
 * the camera transforms. In the world: lane bands (the drop targets), connectors, nodes and the
 * working overlays; above it: the lane names, the legend, the minimap and the empty-map hint.
 */
import { useDroppable } from '@dnd-kit/core';
import { useCallback, useEffect, useRef, type ReactElement, type RefObject } from 'react';
import { useDoc } from '../../../state/editor/context';
import { screenReaderInstructions } from '../dnd/announcements';
import { CANVAS_DROP_ID } from '../dnd/collision';
import type { DropData } from '../dnd/types';
import { setMapUi,  } from '../state/mapUiStore';
import { useMapUi } from '../state/hooks';
import { currentView, openingView, setView } from '../state/view';
import { CanvasContext } from './CanvasContext';
import { EmptyHint } from './EmptyHint';
import { DropHighlight, LaneBands } from './LaneBands';
import { LaneHeaders } from './LaneHeaders';
import { DragEdgeHost } from './DragEdgeLayer';
import { EdgeLayer, NodeLayer } from './Layers';
import { NODE_HELP_ID } from './MapNode';
import { NodeDragProxy } from '../dnd/NodeDragProxy';
import { Legend } from '../common/Legend';
import { Minimap } from './Minimap';
import { LintSummary } from './LintSummary';
import { Overlays } from './Overlays';
import { useCanvasKeys } from './useCanvasKeys';
import { useClipboard } from './useClipboard';
import { useGestures } from './useGestures';
import { useViewTransform } from './useViewTransform';
import { useMap } from '../state/controller';

const DROP: DropData = { band: -1 };

export function MapCanvas({ viewportRef, onSearch }: { viewportRef: RefObject<HTMLDivElement | null>; onSearch: () => void }): ReactElement {
  const world = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const headers = useRef<HTMLDivElement>(null);
  const keys = useCanvasKeys(onSearch);
  const { api, handlers } = useGestures(viewportRef, keys.space);
  const { setNodeRef } = useDroppable({ id: CANVAS_DROP_ID, data: DROP });
  const panning = useMapUi((s) => s.panning);
  const linking = useMapUi((s) => s.linking !== null);
  useViewTransform(grid, world, headers);
  useClipboard(viewportRef);
  useCanvasSize(viewportRef);
  useNoNativeScroll(viewportRef);

  const ref = useCallback((el: HTMLDivElement | null) => {
    viewportRef.current = el;
    setNodeRef(el);
  }, [viewportRef, setNodeRef]);

  return (
    <CanvasContext.Provider value={api}>
      <div
        ref={ref}
        className={`map-viewport${panning ? ' is-panning' : ''}${linking ? ' is-linking' : ''}`}
        tabIndex={0}
        role="group"
        aria-roledescription="canvas"
        aria-label="Workflow map"
        aria-describedby="map-canvas-help"
        onKeyDown={keys.onKeyDown}
        onKeyUp={keys.onKeyUp}
        onBlur={keys.onBlur}
        {...handlers}
      >
        <div ref={grid} className="map-grid" aria-hidden="true" />
        <div ref={world} className="map-world">
          <DragEdgeHost>
            <LaneBands />
            <EdgeLayer />
            <NodeLayer />
          </DragEdgeHost>
          <DropHighlight />
          <Overlays />
          <NodeDragProxy />
        </div>
        <LaneHeaders ref={headers} />
        <EmptyHint />
        <div className="map-lint-corner" data-map-item=""><LintSummary /></div>
        <Legend />
        <Minimap />
        <p id={NODE_HELP_ID} className="visually-hidden">{screenReaderInstructions.draggable}</p>
        <p id="map-canvas-help" className="visually-hidden">
          Tab moves between nodes. Arrow keys move the selected nodes, with Shift in bigger steps. Enter edits a label,
          Delete removes the selection, Control+A selects everything, Control+D duplicates, Control+C and Control+V copy and paste.
          Plus and minus zoom, Shift+1 fits the whole map. Hold Space and drag to pan. Connect nodes from the inspector.
        </p>
      </div>
    </CanvasContext.Provider>
  );
}

/** Keeps the canvas size in the map store; the first time it is known, frames the map. */
function useCanvasSize(viewport: RefObject<HTMLDivElement | null>): void {
  const map = useMap();
  const workbookId = useDoc((d) => d.workbook.id);
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => {
      const size = { w: el.clientWidth, h: el.clientHeight };
      const prev = map.ui.getState().size;
      if (prev.w !== size.w || prev.h !== size.h) setMapUi(map, { size });
      setMapUi(map, { overlays: overlayRects(el) });
      if (size.w > 0 && !currentView(map)) setView(map, openingView(map));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.querySelectorAll(OVERLAYS).forEach((o) => observer.observe(o));
    return () => observer.disconnect();
  }, [viewport, workbookId]);
}

/** What floats over the canvas and must not cover a fitted map. */
const OVERLAYS = '.map-legend, .map-minimap, .map-lint-corner';

function overlayRects(viewport: HTMLElement): { x: number; y: number; w: number; h: number }[] {
  const at = viewport.getBoundingClientRect();
  return [...viewport.querySelectorAll(OVERLAYS)]
    .map((o) => o.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - at.left, y: r.top - at.top, w: r.width, h: r.height }));
}

/**
 * The camera is the only way the canvas moves. The browser would otherwise scroll the
 * viewport or the stage around it (overflow: hidden still scrolls) to show a focused node, and
 * the lane names, legend and minimap would slide away with it — and dnd-kit would add that
 * scroll to a drag in progress. Focus pans the camera instead (MapNode).
 */
function useNoNativeScroll(viewport: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const el = viewport.current;
    const stage = el?.closest<HTMLElement>('.stage') ?? null;
    const targets = [el, stage].filter((t): t is HTMLElement => t !== null);
    const reset = (e: Event) => {
      const t = e.currentTarget as HTMLElement;
      if (t.scrollLeft !== 0 || t.scrollTop !== 0) t.scrollTo(0, 0);
    };
    targets.forEach((t) => t.addEventListener('scroll', reset));
    return () => targets.forEach((t) => t.removeEventListener('scroll', reset));
  }, [viewport]);
}
