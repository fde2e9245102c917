/**
 * Snapping while a node is dragged: to the centre line of a nearby node (an alignment guide is
 * shown), otherwise to the grid. The grid runs in model units: x on multiples of GRID, y on
 * multiples of GRID below the top of the lane under the node, so snapped nodes share rows.
 */
import { bandIndexAt, CONTENT_LEFT, GRID, PAD, type Box, type CanvasLayout } from './canvasLayout';

/** A guide line: vertical (`axis: 'x'`) at x = `at` from y = `from` to `to`, or horizontal. */
export interface Guide { readonly axis: 'x' | 'y'; readonly at: number; readonly from: number; readonly to: number }

export interface Snapped { readonly dx: number; readonly dy: number; readonly guides: readonly Guide[] }

export interface SnapOptions {
  /** Screen pixels per canvas unit: the guide threshold is in pixels. */
  readonly zoom: number;
  /** Guides for pointer drags; keyboard steps stay on the grid. */
  readonly guides: boolean;
  /** Only nodes in this rectangle (what is on screen) offer guides. */
  readonly near?: Box;
  /** The leftmost box edge of the moved group: the group never goes under the lane labels. */
  readonly groupLeft?: number;
}

const THRESHOLD_PX = 8;

export function snapDrag(layout: CanvasLayout, moving: ReadonlySet<string>, primaryId: string, rawDx: number, rawDy: number, options: SnapOptions): Snapped {
  const box = layout.boxes.get(primaryId);
  if (!box) return { dx: rawDx, dy: rawDy, guides: [] };
  const minDx = CONTENT_LEFT - (options.groupLeft ?? box.x);
  const tx = box.x + Math.max(minDx, rawDx);
  const ty = box.y + rawDy;
  const cx = tx + box.w / 2, cy = ty + box.h / 2;
  const threshold = THRESHOLD_PX / options.zoom;
  let bestX: { d: number; at: number } | null = null;
  let bestY: { d: number; at: number } | null = null;
  const others: Box[] = [];
  if (options.guides) {
    for (const [id, b] of layout.boxes) {
      if (moving.has(id)) continue;
      const n = options.near;
      if (n && (b.x + b.w < n.x || b.x > n.x + n.w || b.y + b.h < n.y || b.y > n.y + n.h)) continue;
      others.push(b);
      const bx = b.x + b.w / 2, by = b.y + b.h / 2;
      const ddx = Math.abs(bx - cx), ddy = Math.abs(by - cy);
      if (ddx <= threshold && (!bestX || ddx < bestX.d)) bestX = { d: ddx, at: bx };
      if (ddy <= threshold && (!bestY || ddy < bestY.d)) bestY = { d: ddy, at: by };
    }
  }
  const x = bestX ? bestX.at - box.w / 2 : Math.max(CONTENT_LEFT, snapX(layout, tx));
  const y = bestY ? bestY.at - box.h / 2 : snapY(layout, ty, box.h);
  const guides: Guide[] = [];
  if (bestX) guides.push(guideLine('x', bestX.at, { x, y, w: box.w, h: box.h }, others.filter((b) => b.x + b.w / 2 === bestX!.at)));
  if (bestY) guides.push(guideLine('y', bestY.at, { x, y, w: box.w, h: box.h }, others.filter((b) => b.y + b.h / 2 === bestY!.at)));
  return { dx: x - box.x, dy: y - box.y, guides };
}

/** Canvas x whose model x is on the grid. */
export function snapX(layout: CanvasLayout, x: number): number {
  const origin = CONTENT_LEFT - layout.originX;
  return origin + Math.round((x - origin) / GRID) * GRID;
}

/** Canvas y on the grid of the lane under the node's centre (lane top + PAD + k·GRID). */
export function snapY(layout: CanvasLayout, y: number, h: number): number {
  const band = layout.bands[bandIndexAt(layout.bands, y + h / 2)];
  const origin = (band ? band.top : layout.height) + PAD;
  return origin + Math.round((y - origin) / GRID) * GRID;
}

function guideLine(axis: 'x' | 'y', at: number, moved: Box, aligned: readonly Box[]): Guide {
  const all = [moved, ...aligned];
  if (axis === 'x') return { axis, at, from: Math.min(...all.map((b) => b.y)) - 8, to: Math.max(...all.map((b) => b.y + b.h)) + 8 };
  return { axis, at, from: Math.min(...all.map((b) => b.x)) - 8, to: Math.max(...all.map((b) => b.x + b.w)) + 8 };
}
