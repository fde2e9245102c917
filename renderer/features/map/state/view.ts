/**
 * The camera's moves: read it, set it, zoom it, fit it (the map controller's camera keeps it,
 * live and committed). A map that was never framed has no view, so it opens framed.
 */
import { boundsOf, contentBounds, LABEL_W, type Box } from '../geometry/canvasLayout';
import { fitClear } from '../geometry/clearFit';
import { fitView, revealBox, stepZoom, zoomAround, type View } from '../geometry/viewport';
import type { MapController } from './controller';
import { layoutOf } from './hooks';

export const DEFAULT_VIEW: View = { x: 0, y: 0, zoom: 1 };

export const currentView = (map: MapController): View | null => map.camera.view();

export const viewOrDefault = (map: MapController): View => map.camera.view() ?? DEFAULT_VIEW;

/** Sets the camera; `continuous` for the frames of a pan or zoom gesture (see camera.ts). */
export function setView(map: MapController, v: View, continuous = false): void {
  map.camera.move(v, continuous);
}

const size = (map: MapController) => map.ui.getState().size;
const layout = (map: MapController) => layoutOf(map.editor.workbook);

/** The whole map including the lane labels. */
function mapBounds(map: MapController): Box | null {
  const l = layout(map);
  const content = contentBounds(l);
  if (!content) return l.bands.length ? { x: 0, y: 0, w: LABEL_W + 400, h: l.height } : null;
  return boundsOf([content, { x: 0, y: 0, w: LABEL_W, h: l.height }]);
}

/**
 * How a map opens: whole when it fits at a readable zoom; otherwise at a readable zoom from its
 * top-left corner (a projector shows labels, not a thumbnail), with the minimap for the rest.
 */
export function openingView(map: MapController): View {
  const bounds = mapBounds(map);
  const s = size(map);
  if (!bounds || s.w === 0) return DEFAULT_VIEW;
  const fit = fitClear(bounds, s, map.ui.getState().overlays, 24, 1.1);
  if (fit.zoom >= 0.7) return fit;
  const zoom = 0.85;
  return { x: bounds.x - 12 / zoom, y: bounds.y - 12 / zoom, zoom };
}

export function fitAll(map: MapController): void {
  const bounds = mapBounds(map);
  if (bounds && size(map).w > 0) setView(map, fitClear(bounds, size(map), map.ui.getState().overlays, 24, 1.25));
}

export function fitBoxes(map: MapController, ids: readonly string[]): void {
  const l = layout(map);
  const bounds = boundsOf(ids.map((id) => l.boxes.get(id)).filter((b): b is Box => b !== undefined));
  if (bounds && size(map).w > 0) setView(map, fitView(bounds, size(map), 64, 1.5));
}

/** Scrolls the least needed to show node `id`. */
export function reveal(map: MapController, id: string): void {
  const box = layout(map).boxes.get(id);
  const v = viewOrDefault(map);
  if (box && size(map).w > 0) setView(map, revealBox(v, box, size(map)));
}

/** One zoom step in or out around the centre of the canvas (buttons, keys). */
export function zoomStep(map: MapController, direction: 1 | -1): void {
  const v = viewOrDefault(map);
  const s = size(map);
  setView(map, zoomAround(v, stepZoom(v.zoom, direction), s.w / 2, s.h / 2));
}

export function zoomTo(map: MapController, zoom: number): void {
  const v = viewOrDefault(map);
  const s = size(map);
  setView(map, zoomAround(v, zoom, s.w / 2, s.h / 2));
}

export function panBy(map: MapController, dxScreen: number, dyScreen: number, continuous = false): void {
  const v = viewOrDefault(map);
  setView(map, { ...v, x: v.x + dxScreen / v.zoom, y: v.y + dyScreen / v.zoom }, continuous);
}
