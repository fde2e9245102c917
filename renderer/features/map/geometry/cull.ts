/**
 * Culling: only nodes and connectors near the screen are mounted. The rectangle is the screen
 * plus half a screen on each side, rounded out to a coarse grid, so panning re-computes (and
 * re-renders the layers) only when the view crosses a grid line, not on every frame.
 */
import type { Edge, WorkflowNode } from '../../../../shared/model';
import type { Box, CanvasLayout } from './canvasLayout';
import { visibleRect, type Size, type View } from './viewport';

const QUANTUM = 400;

/** A rectangle to mount, as a string (stable while the view stays within the same quanta). */
export function cullKey(v: View | null, size: Size): string {
  if (!v || size.w === 0 || size.h === 0) return 'all';
  const r = visibleRect(v, size);
  const q = (n: number, up: boolean) => (up ? Math.ceil(n / QUANTUM) : Math.floor(n / QUANTUM)) * QUANTUM;
  return [q(r.x - r.w / 2, false), q(r.y - r.h / 2, false), q(r.x + r.w * 1.5, true), q(r.y + r.h * 1.5, true)].join(',');
}

export function rectOfKey(key: string): Box | null {
  if (key === 'all') return null;
  const [x0, y0, x1, y1] = key.split(',').map(Number) as [number, number, number, number];
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export const intersects = (a: Box, b: Box): boolean => a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;

/** Ids of the nodes to mount, in model order (later nodes draw on top). */
export function visibleNodeIds(nodes: readonly WorkflowNode[], layout: CanvasLayout, rect: Box | null): string[] {
  const ids: string[] = [];
  for (const n of nodes) {
    const b = layout.boxes.get(n.id);
    if (b && (!rect || intersects(b, rect))) ids.push(n.id);
  }
  return ids;
}

/** Ids of the connectors whose two nodes' bounding box touches `rect`. */
export function visibleEdgeIds(edges: readonly Edge[], layout: CanvasLayout, rect: Box | null): string[] {
  const ids: string[] = [];
  for (const e of edges) {
    const a = layout.boxes.get(e.from), b = layout.boxes.get(e.to);
    if (!a || !b || e.from === e.to) continue;
    if (!rect) { ids.push(e.id); continue; }
    const x = Math.min(a.x, b.x), y = Math.min(a.y, b.y);
    const span = { x, y: y - 20, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y + 40 };
    if (intersects(span, rect)) ids.push(e.id);
  }
  return ids;
}
