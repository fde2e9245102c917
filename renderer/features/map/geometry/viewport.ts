/**
 * The camera: `x, y` is the canvas point shown at the view's top-left corner and `zoom` the
 * screen pixels per canvas unit, so screen = (canvas − (x, y)) · zoom.
 */
import type { Box } from './canvasLayout';

export interface View { readonly x: number; readonly y: number; readonly zoom: number }
export interface Size { readonly w: number; readonly h: number }

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 3;
/** The zoom buttons and keys step through these, like a modeler's zoom menu. */
export const ZOOM_STEPS = [0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 2, 2.5, 3] as const;

export const clampZoom = (z: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

export function screenToCanvas(v: View, sx: number, sy: number): [number, number] {
  return [v.x + sx / v.zoom, v.y + sy / v.zoom];
}

export function canvasToScreen(v: View, x: number, y: number): [number, number] {
  return [(x - v.x) * v.zoom, (y - v.y) * v.zoom];
}

/** Zooms to `zoom` keeping the canvas point under screen point (sx, sy) where it is. */
export function zoomAround(v: View, zoom: number, sx: number, sy: number): View {
  const z = clampZoom(zoom);
  const [cx, cy] = screenToCanvas(v, sx, sy);
  return { x: cx - sx / z, y: cy - sy / z, zoom: z };
}

/** The next zoom step in `direction` (+1 in, −1 out) from `zoom`. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > zoom + 1e-6) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((s) => s < zoom - 1e-6) ?? MIN_ZOOM;
}

/** A view that shows `bounds` whole and centred, with `padding` pixels around, never above `maxZoom`. */
export function fitView(bounds: Box, size: Size, padding = 40, maxZoom = 1.25): View {
  const zoom = clampZoom(Math.min(maxZoom, (size.w - 2 * padding) / Math.max(1, bounds.w), (size.h - 2 * padding) / Math.max(1, bounds.h)));
  return { x: bounds.x + bounds.w / 2 - size.w / 2 / zoom, y: bounds.y + bounds.h / 2 - size.h / 2 / zoom, zoom };
}

/** The view moved as little as needed so that `box` is on screen with `margin` pixels to spare. */
export function revealBox(v: View, box: Box, size: Size, margin = 48): View {
  const m = margin / v.zoom;
  const w = size.w / v.zoom, h = size.h / v.zoom;
  let { x, y } = v;
  if (box.w + 2 * m > w) x = box.x + box.w / 2 - w / 2;
  else if (box.x - m < x) x = box.x - m;
  else if (box.x + box.w + m > x + w) x = box.x + box.w + m - w;
  if (box.h + 2 * m > h) y = box.y + box.h / 2 - h / 2;
  else if (box.y - m < y) y = box.y - m;
  else if (box.y + box.h + m > y + h) y = box.y + box.h + m - h;
  return x === v.x && y === v.y ? v : { ...v, x, y };
}

/** The canvas rectangle on screen. */
export function visibleRect(v: View, size: Size): Box {
  return { x: v.x, y: v.y, w: size.w / v.zoom, h: size.h / v.zoom };
}
