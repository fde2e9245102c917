/**
 * The canvas layout after a small change, from the layout before it: a drop moves a node or
 * two, or adds one, and laying out ten thousand nodes again for that was most of a drop's
 * cost. Where a node sits depends on the leftmost and rightmost x of the whole map and the
 * topmost and bottommost y of its lane; while the changed nodes stay strictly inside those
 * extremes (before and after the change), every other box, band and size stays as it was, and
 * only the changed nodes' boxes are placed again. Anything else (a lane added, a node removed
 * or reordered, a node on an extreme) gets a whole new layout (null here).
 */
import type { Workflow, WorkflowNode } from '../../../../shared/model';
import { bandIndexAt, CONTENT_LEFT, NODE_H, NODE_W, PAD, type CanvasLayout } from './canvasLayout';

/** The extremes the boxes were placed against. */
interface Extents {
  readonly minX: number;
  readonly maxX: number;
  /** Topmost and bottommost y of each lane's nodes ('' for nodes without a known lane). */
  readonly lanes: ReadonlyMap<string, { readonly minY: number; readonly maxY: number }>;
}

const extentsOf = new WeakMap<CanvasLayout, Extents>();

const laneKey = (n: WorkflowNode, lanes: ReadonlySet<string>): string => (n.laneId !== undefined && lanes.has(n.laneId) ? n.laneId : '');

function measure(workflow: Workflow, laneIds: ReadonlySet<string>): Extents {
  let minX = Infinity, maxX = -Infinity;
  const lanes = new Map<string, { minY: number; maxY: number }>();
  for (const n of workflow.nodes) {
    if (n.x < minX) minX = n.x;
    if (n.x > maxX) maxX = n.x;
    const key = laneKey(n, laneIds);
    const e = lanes.get(key);
    if (!e) lanes.set(key, { minY: n.y, maxY: n.y });
    else {
      if (n.y < e.minY) e.minY = n.y;
      if (n.y > e.maxY) e.maxY = n.y;
    }
  }
  return { minX, maxX, lanes };
}

/**
 * The layout of `next`, made from `prev` (the layout of `before`) when the change allows it;
 * null when a whole new layout is needed.
 */
export function updateLayout(before: Workflow, prev: CanvasLayout, next: Workflow, maxChanged = 64): CanvasLayout | null {
  if (next.lanes !== before.lanes || next.nodes.length < before.nodes.length) return null;
  const changed: WorkflowNode[] = [];
  const old: (WorkflowNode | undefined)[] = [];
  for (let i = 0; i < next.nodes.length; i++) {
    const n = next.nodes[i]!, o = before.nodes[i];
    if (n === o) continue;
    if (o !== undefined && o.id !== n.id) return null; // reordered or replaced
    changed.push(n);
    old.push(o);
    if (changed.length > maxChanged) return null;
  }
  if (changed.length === 0) return prev;
  const laneIds = new Set(next.lanes.map((l) => l.id));
  let extents = extentsOf.get(prev);
  if (!extents) {
    extents = measure(before, laneIds);
    extentsOf.set(prev, extents);
  }
  const inside = (n: WorkflowNode) => {
    const lane = extents.lanes.get(laneKey(n, laneIds));
    return lane !== undefined && n.x > extents.minX && n.x < extents.maxX && n.y > lane.minY && n.y < lane.maxY;
  };
  if (!changed.every(inside) || !old.every((o) => o === undefined || inside(o))) return null;

  const bandOfLane = new Map(prev.bands.map((b, i) => [b.laneId ?? '', i]));
  const boxes = new Map(prev.boxes);
  const bandOf = new Map(prev.bandOf);
  for (const n of changed) {
    const key = laneKey(n, laneIds);
    const band = prev.bands[bandOfLane.get(key) ?? -1];
    if (!band) return null;
    const placed = { x: CONTENT_LEFT + n.x - prev.originX, y: band.top + PAD + (n.y - extents.lanes.get(key)!.minY), w: NODE_W, h: NODE_H };
    boxes.set(n.id, placed);
    bandOf.set(n.id, bandIndexAt(prev.bands, placed.y + placed.h / 2));
  }
  const layout: CanvasLayout = { ...prev, boxes, bandOf };
  extentsOf.set(layout, extents);
  return layout;
}
