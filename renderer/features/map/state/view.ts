/**
 * The camera's moves: read it, set it, zoom it, fit it (camera.ts keeps it, live and in the ui
 * slice). The view of another workbook (left over from the last one opened) counts as no
 * view, so a map always opens framed.
 */
import { useAppStore } from '../../../state/store';
import { liveView, moveCamera } from './camera';
import { boundsOf, contentBounds, LABEL_W, type Box } from '../geometry/canvasLayout';
import { fitView, revealBox, stepZoom, zoomAround, type View } from '../geometry/viewport';
import { layoutOf } from './hooks';
import { useMapUi } from './mapUiStore';

export const DEFAULT_VIEW: View = { x: 0, y: 0, zoom: 1 };

export const currentView = liveView;

export const viewOrDefault = (): View => liveView() ?? DEFAULT_VIEW;

/** Sets the camera; `continuous` for the frames of a pan or zoom gesture (see camera.ts). */
export function setView(v: View, continuous = false): void {
  moveCamera(v, continuous);
}

const size = () => useMapUi.getState().size;

/** The whole map including the lane labels. */
function mapBounds(): Box | null {
  const layout = layoutOf(useAppStore.getState());
  const content = contentBounds(layout);
  if (!content) return layout.bands.length ? { x: 0, y: 0, w: LABEL_W + 400, h: layout.height } : null;
  return boundsOf([content, { x: 0, y: 0, w: LABEL_W, h: layout.height }]);
}

/**
 * How a map opens: whole when it fits at a readable zoom; otherwise at a readable zoom from its
 * top-left corner (a projector shows labels, not a thumbnail), with the minimap for the rest.
 */
export function openingView(): View {
  const bounds = mapBounds();
  const s = size();
  if (!bounds || s.w === 0) return DEFAULT_VIEW;
  const fit = fitView(bounds, s, 24, 1.1);
  if (fit.zoom >= 0.7) return fit;
  const zoom = 0.85;
  return { x: bounds.x - 12 / zoom, y: bounds.y - 12 / zoom, zoom };
}

export function fitAll(): void {
  const bounds = mapBounds();
  if (bounds && size().w > 0) setView(fitView(bounds, size(), 32, 1.25));
}

export function fitBoxes(ids: readonly string[]): void {
  const layout = layoutOf(useAppStore.getState());
  const bounds = boundsOf(ids.map((id) => layout.boxes.get(id)).filter((b): b is Box => b !== undefined));
  if (bounds && size().w > 0) setView(fitView(bounds, size(), 64, 1.5));
}

/** Scrolls the least needed to show node `id`. */
export function reveal(id: string): void {
  const box = layoutOf(useAppStore.getState()).boxes.get(id);
  const v = viewOrDefault();
  if (box && size().w > 0) setView(revealBox(v, box, size()));
}

/** One zoom step in or out around the centre of the canvas (buttons, keys). */
export function zoomStep(direction: 1 | -1): void {
  const v = viewOrDefault();
  const s = size();
  setView(zoomAround(v, stepZoom(v.zoom, direction), s.w / 2, s.h / 2));
}

export function zoomTo(zoom: number): void {
  const v = viewOrDefault();
  const s = size();
  setView(zoomAround(v, zoom, s.w / 2, s.h / 2));
}

export function panBy(dxScreen: number, dyScreen: number, continuous = false): void {
  const v = viewOrDefault();
  setView({ ...v, x: v.x + dxScreen / v.zoom, y: v.y + dyScreen / v.zoom }, continuous);
}
