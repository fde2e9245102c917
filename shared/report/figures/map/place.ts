/**
 * Where a connector's label goes: the first spot along its route where the label's box (as
 * measure.ts estimates it, a little wider than the text will be) touches no node, no lane name
 * and no label placed before it, and, where there is such a spot, no other connector either: a
 * label beside the next line over reads as that line's. A label with no spot at all is not
 * squeezed in: the caller puts a number there if one fits, and the words in the figure's list
 * below the map.
 */
import type { Box } from './panel';
import type { Point } from './route';

const CELL = 48;

interface Owned extends Box {
  /** The connector a line belongs to; none for a node, a lane name or a label. */
  readonly owner?: number;
}

/** Boxes already taken, hashed by area so a thousand-node map checks only its neighbours. */
export class Occupancy {
  private readonly buckets = new Map<string, Owned[]>();

  constructor(private readonly bounds: Box) {}

  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.w) / CELL); i++) {
      for (let j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.h) / CELL); j++) out.push(`${i},${j}`);
    }
    return out;
  }

  add(b: Owned): void {
    for (const k of this.keys(b)) {
      const list = this.buckets.get(k);
      if (list) list.push(b); else this.buckets.set(k, [b]);
    }
  }

  /** Whether `b` lies inside the bounds and touches nothing taken, the lines of connector `own` aside. */
  free(b: Box, own?: number): boolean {
    const { bounds } = this;
    if (b.x < bounds.x || b.y < bounds.y || b.x + b.w > bounds.x + bounds.w || b.y + b.h > bounds.y + bounds.h) return false;
    for (const k of this.keys(b)) {
      for (const o of this.buckets.get(k) ?? []) {
        if (o.owner !== undefined && o.owner === own) continue;
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

/**
 * Half the width of the band around a connector's line that another connector's label keeps
 * out of: a label sits 1.5–2 pt from its own line, so one this close to another line, or to
 * one drawn over its own, would read as that line's.
 */
const LINE_HALF = 3;

/** Adds the lines of connector `owner`'s route to `lines`. */
export function addRoute(lines: Occupancy, owner: number, points: readonly Point[]): void {
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i]!, [bx, by] = points[i + 1]!;
    lines.add({ x: Math.min(ax, bx) - LINE_HALF, y: Math.min(ay, by) - LINE_HALF, w: Math.abs(bx - ax) + 2 * LINE_HALF, h: Math.abs(by - ay) + 2 * LINE_HALF, owner });
  }
}

/**
 * The first free spot, taken: the first that crosses no connector but `own` when `lines` are
 * given and one does, else the first free of nodes and labels; null when every spot is taken.
 */
export function place(occupied: Occupancy, spots: readonly Box[], lines?: Occupancy, own?: number): Box | null {
  return (lines && placeClear(occupied, spots, lines, own)) || take(occupied, spots.find((s) => occupied.free(s)));
}

/** The first spot that touches nothing taken and crosses no connector but `own`, taken; null when none does. */
export function placeClear(occupied: Occupancy, spots: readonly Box[], lines: Occupancy, own: number | undefined): Box | null {
  return take(occupied, spots.find((s) => occupied.free(s) && lines.free(s, own)));
}

function take(occupied: Occupancy, spot: Box | undefined): Box | null {
  if (!spot) return null;
  occupied.add(spot);
  return spot;
}
