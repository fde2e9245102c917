/**
 * "Zoom to fit" around what floats over the canvas: the legend, the minimap and the gap badge
 * cover parts of it, so the map is fitted into the largest clear rectangle between them (the
 * one that gives the highest zoom), and nothing of it lies under them. The clear rectangles
 * are the ones whose edges are the canvas's or the overlays' edges: few overlays, few tries.
 */
import type { Box } from './canvasLayout';
import { clampZoom, type Size, type View } from './viewport';

/** Space kept between the fitted map and an overlay, in screen pixels. */
const GAP = 8;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The clear rectangles of a `size` canvas with `overlays` (screen pixels, relative to the canvas). */
export function clearRects(size: Size, overlays: readonly Box[]): Box[] {
  const grown = overlays.map((o) => ({ x: o.x - GAP, y: o.y - GAP, w: o.w + 2 * GAP, h: o.h + 2 * GAP }));
  const lefts = [0, ...grown.map((o) => o.x + o.w)], rights = [size.w, ...grown.map((o) => o.x)];
  const tops = [0, ...grown.map((o) => o.y + o.h)], bottoms = [size.h, ...grown.map((o) => o.y)];
  const rects: Box[] = [];
  for (const x0 of lefts) for (const x1 of rights) for (const y0 of tops) for (const y1 of bottoms) {
    const r = { x: Math.max(0, x0), y: Math.max(0, y0), w: Math.min(size.w, x1) - Math.max(0, x0), h: Math.min(size.h, y1) - Math.max(0, y0) };
    if (r.w > 0 && r.h > 0 && !grown.some((o) => overlaps(r, o))) rects.push(r);
  }
  return rects;
}

/** A view that shows `bounds` whole, centred in the clear rectangle that allows the highest zoom. */
export function fitClear(bounds: Box, size: Size, overlays: readonly Box[], padding: number, maxZoom: number): View {
  const zoomIn = (r: Box) => clampZoom(Math.min(maxZoom, (r.w - 2 * padding) / Math.max(1, bounds.w), (r.h - 2 * padding) / Math.max(1, bounds.h)));
  const whole: Box = { x: 0, y: 0, w: size.w, h: size.h };
  let best = whole, bestZoom = -Infinity;
  for (const r of overlays.length ? clearRects(size, overlays) : [whole]) {
    const z = zoomIn(r);
    if (z > bestZoom + 1e-9 || (Math.abs(z - bestZoom) <= 1e-9 && r.w * r.h > best.w * best.h)) [best, bestZoom] = [r, z];
  }
  const zoom = bestZoom === -Infinity ? zoomIn(whole) : bestZoom;
  return { x: bounds.x + bounds.w / 2 - (best.x + best.w / 2) / zoom, y: bounds.y + bounds.h / 2 - (best.y + best.h / 2) / zoom, zoom };
}
