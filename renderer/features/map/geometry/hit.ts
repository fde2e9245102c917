/** Which nodes are at a point or inside a rubber band, from the layout (no DOM queries). */
import type { WorkflowNode } from '../../../../shared/model';
import type { Box, CanvasLayout } from './canvasLayout';
import { intersects } from './cull';

/** The topmost node under canvas point (x, y), or null. Later nodes are drawn on top. */
export function nodeAt(nodes: readonly WorkflowNode[], layout: CanvasLayout, x: number, y: number, except?: string): string | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const id = nodes[i]!.id;
    if (id === except) continue;
    const b = layout.boxes.get(id);
    if (b && x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) return id;
  }
  return null;
}

/** Nodes touched by a rubber band from (x0, y0) to (x1, y1), in any direction. */
export function nodesInRect(nodes: readonly WorkflowNode[], layout: CanvasLayout, x0: number, y0: number, x1: number, y1: number): string[] {
  const rect = normalizedRect(x0, y0, x1, y1);
  return nodes.filter((n) => {
    const b = layout.boxes.get(n.id);
    return b !== undefined && intersects(b, rect);
  }).map((n) => n.id);
}

export function normalizedRect(x0: number, y0: number, x1: number, y1: number): Box {
  return { x: Math.min(x0, x1), y: Math.min(y0, y1), w: Math.abs(x1 - x0), h: Math.abs(y1 - y0) };
}
