/**
 * The canvas's layout of the map: the exported figure's layout (shared layoutMap), so lanes and
 * node placement agree with the document, with one difference: the canvas keeps the model's x
 * as it is instead of cropping to the leftmost node, so moving that node does not slide the
 * whole map sideways. Lanes are bands as tall as their content; within a lane, a node's y is
 * relative to the lane's topmost node.
 */
import type { Lane, Workflow } from '../../../../shared/model';
import { EMPTY_LANE_H, LABEL_W, layoutMap, NODE_H, NODE_W, PAD, type Box } from '../../../../shared/report/figures/workflow-map';

export { EMPTY_LANE_H, LABEL_W, NODE_H, NODE_W, PAD, type Box };

/** The snapping grid, in canvas units (the model's units). */
export const GRID = 20;
/** Left edge of a node at model x = origin (the lane label column plus padding). */
export const CONTENT_LEFT = LABEL_W + PAD;

export interface CanvasBand {
  /** The lane, or null for the band of nodes without a (known) lane. */
  readonly laneId: string | null;
  readonly lane: Lane | null;
  readonly name: string;
  readonly top: number;
  readonly height: number;
}

export interface CanvasLayout {
  readonly boxes: ReadonlyMap<string, Box>;
  readonly bands: readonly CanvasBand[];
  /** Right edge of the rightmost node plus padding, and the bottom of the last band. */
  readonly width: number;
  readonly height: number;
  /** The model x drawn at CONTENT_LEFT: 0, or the leftmost x when a file has negative ones. */
  readonly originX: number;
  /** The band index of every node. */
  readonly bandOf: ReadonlyMap<string, number>;
}

export function canvasLayout(workflow: Workflow): CanvasLayout {
  const figure = layoutMap({ workflow });
  const minX = workflow.nodes.length ? workflow.nodes.reduce((m, n) => Math.min(m, n.x), Infinity) : 0;
  const originX = Math.min(0, minX);
  const shift = minX - originX;
  const boxes = new Map<string, Box>();
  for (const [id, b] of figure.boxes) boxes.set(id, { ...b, x: b.x + shift });
  const lanes = new Map(workflow.lanes.map((l) => [l.id, l]));
  const bands = figure.bands.map((b) => {
    const lane = b.id === '' ? null : lanes.get(b.id) ?? null;
    return { laneId: lane ? lane.id : null, lane, name: b.name, top: b.top, height: b.height };
  });
  const bandOf = new Map<string, number>();
  for (const n of workflow.nodes) {
    const box = boxes.get(n.id);
    if (box) bandOf.set(n.id, bandIndexAt(bands, box.y + box.h / 2));
  }
  const last = bands[bands.length - 1];
  return { boxes, bands, width: figure.width + shift, height: last ? last.top + last.height : 0, originX, bandOf };
}

/** The band under canvas y: above the first band counts as the first, below the last as none (-1). */
export function bandIndexAt(bands: readonly CanvasBand[], y: number): number {
  if (bands.length === 0) return -1;
  if (y < bands[0]!.top) return 0;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (y < b.top + b.height) return i;
  }
  return -1;
}

/** Model x for a node whose left edge is at canvas x. */
export const modelX = (layout: CanvasLayout, canvasX: number): number => canvasX - CONTENT_LEFT + layout.originX;

/** Canvas x of a node's left edge at model x. */
export const canvasX = (layout: CanvasLayout, x: number): number => x - layout.originX + CONTENT_LEFT;

/** The smallest rectangle holding every node box (null without nodes). */
export function contentBounds(layout: CanvasLayout): Box | null {
  if (layout.boxes.size === 0) return null;
  return boundsOf(layout.boxes.values());
}

export function boundsOf(boxes: Iterable<Box>): Box | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w); y1 = Math.max(y1, b.y + b.h);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
