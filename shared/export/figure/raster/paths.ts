/**
 * Turns figure shapes into polygons for the rasterizer: fills as outlines, strokes as
 * polygons of their own (segment quads plus round joins, or outer-minus-inner rings for
 * rectangles and ellipses), dashes cut by the shared geometry.
 */
import type { Point } from '../geometry';
import { dashPolyline, ellipsePoints, roundedRectPoints } from '../geometry';
import type { Rasterizer } from './rasterizer';

/** Chord error allowed when flattening curves, in pixels. */
export const TOLERANCE = 0.2;

function signedArea(xy: readonly number[]): number {
  let a = 0;
  for (let i = 0, n = xy.length; i < n; i += 2) {
    const j = (i + 2) % n;
    a += xy[i]! * xy[j + 1]! - xy[j]! * xy[i + 1]!;
  }
  return a / 2;
}

/** Reverses the polygon if needed so its area has `sign`; strokes are unions of same-signed parts. */
function oriented(xy: number[], sign: 1 | -1): number[] {
  if (Math.sign(signedArea(xy)) === -sign) {
    const out: number[] = [];
    for (let i = xy.length - 2; i >= 0; i -= 2) out.push(xy[i]!, xy[i + 1]!);
    return out;
  }
  return xy;
}

const flat = (pts: readonly Point[]): number[] => pts.flatMap((p) => [p[0], p[1]]);

/** Fills are oriented like strokes, so an arrowhead and its shaft add up instead of cancelling. */
export function fillPoints(r: Rasterizer, pts: readonly Point[]): void {
  r.addPolygon(oriented(flat(pts), 1));
}

/** A ring: the outline grown by half the stroke, minus the outline shrunk by half. */
export function strokeRing(r: Rasterizer, outer: readonly Point[], inner: readonly Point[] | null): void {
  r.addPolygon(oriented(flat(outer), 1));
  if (inner && inner.length >= 3) r.addPolygon(oriented(flat(inner), -1));
}

/** One stroke segment's corners; only read during `addPolygon`. */
const QUAD = new Float64Array(8);

/** Strokes an open or closed polyline with round joins and butt ends; dashes when asked. */
export function strokePolyline(
  r: Rasterizer, pts: readonly Point[], width: number, closed: boolean, dash?: readonly number[],
): void {
  if (pts.length < 2 || !(width > 0)) return;
  const path = closed ? pts.concat([pts[0]!]) : pts.slice();
  const pieces = dash && dash.length > 0 ? dashPolyline(path, dash) : [path];
  const hw = width / 2;
  // Joins are only worth their cost once a line is wide enough to show a notch.
  const joins = width > 1.5;
  for (const piece of pieces) {
    for (let i = 1; i < piece.length; i++) {
      const [ax, ay] = piece[i - 1]!;
      const [bx, by] = piece[i]!;
      const len = Math.hypot(bx - ax, by - ay);
      if (len === 0) continue;
      const nx = (-(by - ay) / len) * hw, ny = ((bx - ax) / len) * hw;
      // The quad a+n, b+n, b−n, a−n has area −2·hw·len: listed the other way round it is
      // positive, as `oriented` would make it. Written straight into a scratch buffer, since
      // a dashed connector is hundreds of these.
      QUAD[0] = ax - nx; QUAD[1] = ay - ny; QUAD[2] = bx - nx; QUAD[3] = by - ny;
      QUAD[4] = bx + nx; QUAD[5] = by + ny; QUAD[6] = ax + nx; QUAD[7] = ay + ny;
      r.addPolygon(QUAD);
      const interior = i < piece.length - 1 || (closed && pieces.length === 1);
      if (joins && interior) r.addPolygon(oriented(flat(ellipsePoints(bx, by, hw, hw, TOLERANCE)), 1));
    }
  }
}

export function rectOutline(x: number, y: number, w: number, h: number, radius: number): Point[] {
  return roundedRectPoints(x, y, w, h, radius, TOLERANCE);
}

/** A rectangle's stroke, centred on its edge like PDF and SVG strokes. */
export function strokeRect(
  r: Rasterizer, x: number, y: number, w: number, h: number, radius: number, width: number, dash?: readonly number[],
): void {
  if (!(width > 0)) return;
  if (dash && dash.length > 0) {
    strokePolyline(r, rectOutline(x, y, w, h, radius), width, true, dash);
    return;
  }
  const hw = width / 2;
  const inner = w > width && h > width ? rectOutline(x + hw, y + hw, w - width, h - width, Math.max(0, radius - hw)) : null;
  strokeRing(r, rectOutline(x - hw, y - hw, w + width, h + width, radius > 0 ? radius + hw : 0), inner);
}

export function strokeEllipse(
  r: Rasterizer, cx: number, cy: number, rx: number, ry: number, width: number, dash?: readonly number[],
): void {
  if (!(width > 0)) return;
  if (dash && dash.length > 0) {
    strokePolyline(r, ellipsePoints(cx, cy, rx, ry, TOLERANCE), width, true, dash);
    return;
  }
  const hw = width / 2;
  const inner = rx > hw && ry > hw ? ellipsePoints(cx, cy, rx - hw, ry - hw, TOLERANCE) : null;
  strokeRing(r, ellipsePoints(cx, cy, rx + hw, ry + hw, TOLERANCE), inner);
}
