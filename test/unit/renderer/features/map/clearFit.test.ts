import { describe, expect, it } from 'vitest';
import type { Box } from '../../../../../renderer/features/map/geometry/canvasLayout';
import { clearRects, fitClear } from '../../../../../renderer/features/map/geometry/clearFit';

/** Where a canvas box lands on screen under `v`. */
const onScreen = (v: { x: number; y: number; zoom: number }, b: Box): Box => ({ x: (b.x - v.x) * v.zoom, y: (b.y - v.y) * v.zoom, w: b.w * v.zoom, h: b.h * v.zoom });
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const SIZE = { w: 1220, h: 600 };
const LEGEND: Box = { x: 12, y: 548, w: 530, h: 40 };
const MINIMAP: Box = { x: 1000, y: 470, w: 208, h: 118 };
const BADGE: Box = { x: 1020, y: 10, w: 188, h: 32 };

describe('zoom to fit around the overlays', () => {
  it('fits a wide map where neither the legend, the minimap nor the gap badge covers any of it', () => {
    const bounds: Box = { x: 0, y: 0, w: 2400, h: 700 };
    const view = fitClear(bounds, SIZE, [LEGEND, MINIMAP, BADGE], 24, 1.25);
    const shown = onScreen(view, bounds);
    for (const overlay of [LEGEND, MINIMAP, BADGE]) expect(overlaps(shown, overlay)).toBe(false);
    expect(shown.x).toBeGreaterThanOrEqual(0);
    expect(shown.x + shown.w).toBeLessThanOrEqual(SIZE.w);
    expect(shown.y + shown.h).toBeLessThanOrEqual(SIZE.h);
  });

  it('keeps the whole canvas when nothing floats over it', () => {
    const bounds: Box = { x: 100, y: 50, w: 1000, h: 500 };
    const view = fitClear(bounds, SIZE, [], 24, 1.25);
    expect(view.zoom).toBeCloseTo(Math.min(1.25, (600 - 48) / 500));
  });

  it('offers only rectangles that stay clear of every overlay', () => {
    for (const r of clearRects(SIZE, [LEGEND, MINIMAP, BADGE])) {
      for (const o of [LEGEND, MINIMAP, BADGE]) expect(overlaps(r, o)).toBe(false);
    }
  });
});
