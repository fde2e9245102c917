/**
 * Figure geometry both renderers agree on: the arrowhead of a polyline, how a figure is
 * scaled into the text width, dash patterns at a scale, and outlines of rounded rectangles
 * and ellipses as points.
 */
import type { Figure, FigureBlock, PolylineShape } from '../../report/types';

export type Point = readonly [number, number];

export interface Arrow {
  /** The three corners of the head, tip first. */
  readonly head: readonly [Point, Point, Point];
  /** The polyline with its last point pulled back to the head's base, so a thick line does not poke through the tip. */
  readonly shaft: readonly Point[];
}

/** Arrowhead size grows with the line, but stays visible for hairlines. */
export function arrowFor(shape: PolylineShape): Arrow | null {
  const pts = shape.points;
  if (!shape.arrow || pts.length < 2) return null;
  const tip = pts[pts.length - 1]!;
  // The last point that differs from the tip gives the direction.
  let k = pts.length - 2;
  while (k > 0 && pts[k]![0] === tip[0] && pts[k]![1] === tip[1]) k--;
  const from = pts[k]!;
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return null;
  const ux = dx / len, uy = dy / len;
  const length = Math.min(4 + shape.stroke.width * 2.5, len);
  const half = length * 0.45;
  const bx = tip[0] - ux * length, by = tip[1] - uy * length;
  const head: [Point, Point, Point] = [
    [tip[0], tip[1]],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ];
  // Pull back to just inside the head so the joint is covered.
  const back = length * 0.8;
  const shaft = pts.slice(0, k + 1).concat([[tip[0] - ux * back, tip[1] - uy * back] as const]);
  return { head, shaft };
}

/**
 * How far a figure on a turned page of its own (a workflow map) may grow to fill it: its text
 * drawn at 7 points reads at about 9 on the page, and a small map no longer floats in a page of
 * white.
 */
const TURNED_PAGE_GROWTH = 1.35;

/** Scale (≤ `most`) that fits the figure into `maxWidth` × `maxHeight`. */
export function fitScale(figure: Figure, maxWidth: number, maxHeight = Infinity, most = 1): number {
  const w = figure.width > 0 ? figure.width : 1;
  const h = figure.height > 0 ? figure.height : 1;
  return Math.min(most, maxWidth / w, maxHeight / h);
}

/** The scale a figure block is set at in `maxWidth` × `maxHeight`: a landscape one may grow to fill its page. */
export function blockScale(block: FigureBlock, maxWidth: number, maxHeight = Infinity): number {
  return fitScale(block.figure, maxWidth, maxHeight, block.orientation === 'landscape' ? TURNED_PAGE_GROWTH : 1);
}

/**
 * A dash pattern scaled by `k`, stretched as a whole so that its shortest dash or gap is at
 * least `minimum` (a pixel, a hairline): a huge map scaled to a page would otherwise cut one
 * connector into millions of invisible dashes (gigabytes in the rasterizer, a PDF no viewer
 * can draw). Undefined for a solid line, or a pattern with nothing to draw.
 */
export function visibleDash(dash: readonly number[] | undefined, k: number, minimum: number): number[] | undefined {
  if (!dash || dash.length === 0 || !dash.every((d) => Number.isFinite(d) && d >= 0)) return undefined;
  const positive = dash.filter((d) => d > 0);
  if (positive.length === 0 || !(k > 0) || !Number.isFinite(k)) return undefined;
  const stretch = Math.max(k, minimum / Math.min(...positive));
  return dash.map((d) => d * stretch);
}

/** Points of an ellipse, enough segments that the chord error stays under `tolerance`. */
export function ellipsePoints(cx: number, cy: number, rx: number, ry: number, tolerance: number): Point[] {
  const r = Math.max(Math.abs(rx), Math.abs(ry));
  const n = Math.max(8, Math.min(256, Math.ceil(Math.PI / Math.acos(Math.max(-1, 1 - tolerance / Math.max(r, tolerance))))));
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    out.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return out;
}

/** A (possibly rounded) rectangle as points, clockwise on screen (y down). */
export function roundedRectPoints(x: number, y: number, w: number, h: number, radius: number, tolerance: number): Point[] {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  if (r === 0) return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]];
  const steps = Math.max(2, Math.min(32, Math.ceil((Math.PI / 2) / Math.acos(Math.max(-1, 1 - tolerance / Math.max(r, tolerance))))));
  const out: Point[] = [];
  const corner = (cx: number, cy: number, start: number): void => {
    for (let i = 0; i <= steps; i++) {
      const a = start + (i / steps) * (Math.PI / 2);
      out.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
  };
  corner(x + w - r, y + r, -Math.PI / 2);
  corner(x + w - r, y + h - r, 0);
  corner(x + r, y + h - r, Math.PI / 2);
  corner(x + r, y + r, Math.PI);
  return out;
}

/** Cuts a polyline into the dashes of `pattern` (on, off, on, …), in the polyline's units. */
export function dashPolyline(points: readonly Point[], pattern: readonly number[]): Point[][] {
  const dashes = pattern.filter((d) => Number.isFinite(d) && d >= 0);
  const total = dashes.reduce((a, b) => a + b, 0);
  if (dashes.length === 0 || total <= 0) return [points.slice()];
  const cycle = dashes.length % 2 === 0 ? dashes : dashes.concat(dashes);
  const out: Point[][] = [];
  let index = 0;
  let left = cycle[0]!;
  let on = true;
  let current: Point[] = on ? [points[0]!] : [];
  for (let i = 1; i < points.length; i++) {
    let [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    let seg = Math.hypot(bx - ax, by - ay);
    while (seg > 0) {
      const step = Math.min(seg, left);
      const t = step / seg;
      const nx = ax + (bx - ax) * t, ny = ay + (by - ay) * t;
      if (on) current.push([nx, ny]);
      ax = nx; ay = ny; seg -= step; left -= step;
      if (left <= 1e-9) {
        if (on && current.length > 1) out.push(current);
        on = !on;
        index = (index + 1) % cycle.length;
        left = cycle[index]!;
        current = on ? [[ax, ay]] : [];
        if (left === 0 && !on) continue;
      }
    }
  }
  if (on && current.length > 1) out.push(current);
  return out;
}
