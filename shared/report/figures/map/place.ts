/**
 * Where a connector's label goes: the first spot along its route where the label's box (as
 * measure.ts estimates it, a little wider than the text will be) touches no node, no lane name
 * and no label placed before it. A label with no such spot is not squeezed in: the caller
 * puts a number there if one fits, and the words in the figure's list below the map.
 */
import type { Box } from './panel';
import type { Point } from './route';

const CELL = 48;

/** Boxes already taken, hashed by area so a thousand-node map checks only its neighbours. */
export class Occupancy {
  private readonly buckets = new Map<string, Box[]>();

  constructor(private readonly bounds: Box) {}

  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.w) / CELL); i++) {
      for (let j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.h) / CELL); j++) out.push(`${i},${j}`);
    }
    return out;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.buckets.get(k);
      if (list) list.push(b); else this.buckets.set(k, [b]);
    }
  }

  free(b: Box): boolean {
    const { bounds } = this;
    if (b.x < bounds.x || b.y < bounds.y || b.x + b.w > bounds.x + bounds.w || b.y + b.h > bounds.y + bounds.h) return false;
    for (const k of this.keys(b)) {
      for (const o of this.buckets.get(k) ?? []) {
        if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return false;
      }
    }
    return true;
  }
}

/**
 * Spots for a `w` × `h` box beside a route: over and under its horizontal runs, either side of
 * its vertical ones, the longest runs first, each at its middle and then toward its ends.
 */
export function spotsAlong(points: readonly Point[], w: number, h: number): Box[] {
  const segments: { a: Point; b: Point; length: number }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!, b = points[i + 1]!;
    segments.push({ a, b, length: Math.hypot(b[0] - a[0], b[1] - a[1]) });
  }
  segments.sort((p, q) => q.length - p.length);
  const out: Box[] = [];
  for (const { a, b } of segments) {
    for (const t of [0.5, 0.3, 0.7, 0.15, 0.85]) {
      const x = a[0] + (b[0] - a[0]) * t, y = a[1] + (b[1] - a[1]) * t;
      if (a[1] === b[1]) {
        out.push({ x: x - w / 2, y: y - h - 1.5, w, h }, { x: x - w / 2, y: y + 1.5, w, h });
      } else {
        out.push({ x: x + 2, y: y - h / 2, w, h }, { x: x - 2 - w, y: y - h / 2, w, h });
      }
    }
  }
  // Last, on the line itself (the label's white ground interrupts it).
  for (const { a, b } of segments) {
    for (const t of [0.5, 0.3, 0.7]) out.push({ x: a[0] + (b[0] - a[0]) * t - w / 2, y: a[1] + (b[1] - a[1]) * t - h / 2, w, h });
  }
  return out;
}

/** The first free spot, taken; null when every spot is taken. */
export function place(occupied: Occupancy, spots: readonly Box[]): Box | null {
  for (const s of spots) {
    if (occupied.free(s)) {
      occupied.add(s);
      return s;
    }
  }
  return null;
}
