/**
 * A connector's line on the canvas: the figure's orthogonal route (shared `route`), as an SVG
 * path, with its label beside the middle of its longest segment. (The printed figure puts
 * labels on the middle segment; on a live canvas, where many connectors share that segment's
 * height, the longest segment spreads them apart.)
 */
import { wrapAndClamp } from '../../../../shared/export/text/wrap';
import { route } from '../../../../shared/report/figures/workflow-map';
import type { Box } from './canvasLayout';

export type Point = readonly [number, number];

export interface Offset { readonly dx: number; readonly dy: number }

const moved = (b: Box, o: Offset | null): Box => (o ? { ...b, x: b.x + o.dx, y: b.y + o.dy } : b);

export function edgePoints(a: Box, b: Box, offsetA: Offset | null = null, offsetB: Offset | null = null): Point[] {
  return route(moved(a, offsetA), moved(b, offsetB));
}

/**
 * Connectors between the same two nodes share a route; the canvas fans them out (the k-th
 * one's middle segment 12 units aside, alternately) so that each line and label can be seen
 * and picked.
 */
export function fanOut(points: Point[], k: number): Point[] {
  if (k === 0 || points.length !== 4) return points;
  const shift = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 12;
  const [p0, p1, p2, p3] = points as [Point, Point, Point, Point];
  // A straight line moves sideways as a whole; a bent one moves its middle segment.
  if (points.every(([x]) => x === p0[0])) return points.map(([x, y]) => [x + shift, y] as const);
  if (points.every(([, y]) => y === p0[1])) return points.map(([x, y]) => [x, y + shift] as const);
  return p0[1] === p1[1]
    ? [p0, [p1[0] + shift, p1[1]], [p2[0] + shift, p2[1]], p3]
    : [p0, [p1[0], p1[1] + shift], [p2[0], p2[1] + shift], p3];
}

export function pathOf(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join('');
}

export interface LabelSpot { readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' }

/**
 * Where the label sits: beside a vertical longest segment, above a horizontal one; the k-th of
 * several connectors between the same nodes (fanOut) a line or two further along, so their
 * labels do not print over each other.
 */
export function labelSpot(points: readonly Point[], k = 0): LabelSpot {
  const along = k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 34;
  let best = 0, length = -1;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i]!, [bx, by] = points[i + 1]!;
    const l = Math.abs(bx - ax) + Math.abs(by - ay);
    if (l > length) {
      length = l;
      best = i;
    }
  }
  const [ax, ay] = points[best]!, [bx, by] = points[best + 1] ?? points[best]!;
  if (ax === bx) return { x: ax + 6, y: (ay + by) / 2 + 4 + along, anchor: 'start' };
  return { x: (ax + bx) / 2 + along * 2, y: ay - 6, anchor: 'middle' };
}

/** The arrowhead at the end of a route, as a path, and the route pulled back under it (so a thick line does not poke through the tip). */
export function arrowHead(points: readonly Point[], length = 10, half = 4.5): { d: string; shaft: Point[] } {
  const tip = points[points.length - 1]!;
  let k = points.length - 2;
  while (k > 0 && points[k]![0] === tip[0] && points[k]![1] === tip[1]) k--;
  const from = points[Math.max(0, k)]!;
  const dx = tip[0] - from[0], dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return { d: '', shaft: [...points] };
  const ux = dx / len, uy = dy / len;
  const l = Math.min(length, len);
  const bx = tip[0] - ux * l, by = tip[1] - uy * l;
  const d = `M${round(tip[0])} ${round(tip[1])}L${round(bx - uy * half)} ${round(by + ux * half)}L${round(bx + uy * half)} ${round(by - ux * half)}Z`;
  const shaft = [...points.slice(0, k + 1), [tip[0] - ux * l * 0.7, tip[1] - uy * l * 0.7] as const];
  return { d, shaft };
}

/**
 * A label in lines of at most `width` canvas units (an estimate: the canvas does not measure
 * text), three at most. Beside a vertical line it stays narrow, as the next line may be near.
 */
export function labelLines(label: string, width = 112): string[] {
  return wrapAndClamp(label, width, 3, (s) => Array.from(s).length * 6.4);
}

const round = (n: number): number => Math.round(n * 10) / 10;
