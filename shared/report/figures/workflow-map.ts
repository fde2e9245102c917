/**
 * The workflow map at the canvas's layout: lanes as stacked bands (each as tall as its
 * content), nodes at their canvas positions within their lane, connectors routed as orthogonal
 * lines with arrowheads, and a legend of connector kinds. AI steps carry an "AI" badge. The
 * canvas (renderer/features/map) places nodes by layoutMap, and the Map stage's image export
 * draws this figure; the documents draw the map on a grid of their own (figures/map/).
 */
import type { Edge, Workbook, WorkflowNode } from '../../model';
import type { Figure, Shape } from '../types';
import { EDGE_KIND_LABEL, NODE_KIND_LABEL } from '../labels';
import { BAND, EDGE_STROKE, GRID, INK, LANE_FILL, MUTED, NODE_STYLE, WHITE } from './palette';

/** Lane kinds as the small caption under a lane's name. */
const LANE_KIND_WORD: Readonly<Record<string, string>> = { role: 'Role', system: 'System', ai: 'AI', external: 'External' };

export const NODE_W = 150;
export const NODE_H = 56;
/** Space between a lane's edge and its nearest node. */
export const PAD = 18;
/** Width of the lane label column on the left. */
export const LABEL_W = 104;
export const EMPTY_LANE_H = 44;
const LEGEND_H = 34;

export interface Box { x: number; y: number; w: number; h: number }
/** One lane as a band; `id` is the lane's id, `''` for the band of nodes without a (known) lane. */
export interface Band { id: string; name: string; kind: string; fill: string; top: number; height: number }

/**
 * Where each node and lane goes in the figure. Also used to size the figure, and by the map
 * canvas (renderer/features/map), so that the canvas and the exported figure agree.
 */
export function layoutMap(w: Pick<Workbook, 'workflow'>): { boxes: Map<string, Box>; bands: Band[]; width: number; height: number } {
  const nodes = w.workflow.nodes;
  const lanes = w.workflow.lanes;
  const laneIds = new Set(lanes.map((l) => l.id));
  const [minX, maxX] = extent(nodes, (n) => n.x);
  const groups = new Map<string, WorkflowNode[]>();
  for (const n of nodes) {
    const key = n.laneId !== undefined && laneIds.has(n.laneId) ? n.laneId : '';
    const list = groups.get(key);
    if (list) list.push(n);
    else groups.set(key, [n]);
  }
  const rows = lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind as string, fill: LANE_FILL[l.kind] }));
  if (groups.has('')) rows.push({ id: '', name: lanes.length ? 'No lane' : '', kind: '', fill: BAND });

  const boxes = new Map<string, Box>();
  const bands: Band[] = [];
  let top = 0;
  for (const row of rows) {
    const members = groups.get(row.id) ?? [];
    const [minY, maxY] = extent(members, (n) => n.y);
    const height = members.length ? maxY - minY + NODE_H + 2 * PAD : EMPTY_LANE_H;
    for (const n of members) {
      boxes.set(n.id, { x: LABEL_W + PAD + (n.x - minX), y: top + PAD + (n.y - minY), w: NODE_W, h: NODE_H });
    }
    bands.push({ id: row.id, name: row.name, kind: row.kind, fill: row.fill, top, height });
    top += height;
  }
  return { boxes, bands, width: LABEL_W + (maxX - minX) + NODE_W + 2 * PAD, height: top + LEGEND_H };
}

/** Smallest and largest of `at` over `nodes`, [0, 0] for none; a loop, since spreading 150,000 values overflows the stack. */
function extent(nodes: readonly WorkflowNode[], at: (n: WorkflowNode) => number): [number, number] {
  if (nodes.length === 0) return [0, 0];
  let lo = Infinity, hi = -Infinity;
  for (const n of nodes) { const v = at(n); if (v < lo) lo = v; if (v > hi) hi = v; }
  return [lo, hi];
}

function drawMap(w: Workbook, layout: ReturnType<typeof layoutMap>): Figure {
  const { bands, height, boxes, width } = layout;
  const shapes: Shape[] = [];
  for (const band of bands) {
    shapes.push({ kind: 'rect', x: 0, y: band.top, w: width, h: band.height, fill: WHITE, stroke: { color: GRID, width: 0.8 } });
    shapes.push({ kind: 'rect', x: 0, y: band.top, w: LABEL_W, h: band.height, fill: band.fill, stroke: { color: GRID, width: 0.8 } });
    shapes.push({ kind: 'text', x: LABEL_W / 2, y: band.top, boxHeight: band.height - (band.kind ? 12 : 0), text: band.name, size: 8.5, bold: true, color: INK, align: 'center', maxWidth: LABEL_W - 12, maxLines: 4 });
    if (band.kind) shapes.push({ kind: 'text', x: LABEL_W / 2, y: band.top + band.height - 18, text: LANE_KIND_WORD[band.kind] ?? band.kind, size: 7, color: MUTED, align: 'center' });
  }
  // Connectors under the nodes, so arrowheads end at the node's edge rather than over its label.
  for (const e of w.workflow.edges) shapes.push(...edgeShapes(e, boxes));
  for (const n of w.workflow.nodes) {
    const box = boxes.get(n.id);
    if (box) shapes.push(...nodeShapes(n, box));
  }
  shapes.push(...legend(height - LEGEND_H + 10, width));
  return { width, height, shapes };
}

/** The whole map in one figure at the canvas's layout, whatever its size: the Map stage's image export. */
export function workflowMapFigure(w: Workbook): Figure {
  return drawMap(w, layoutMap(w));
}

function nodeShapes(n: WorkflowNode, b: Box): Shape[] {
  const style = NODE_STYLE[n.kind];
  const cx = b.x + b.w / 2;
  const label = (maxWidth: number, maxLines = 3): Shape =>
    ({ kind: 'text', x: cx, y: b.y, boxHeight: b.h, text: n.label || NODE_KIND_LABEL[n.kind], size: 7.5, color: INK, align: 'center', maxWidth, maxLines });
  switch (n.kind) {
    case 'start':
    case 'end':
      return [{ kind: 'rect', ...b, radius: b.h / 2, fill: style.fill, stroke: style.stroke }, label(b.w - 28)];
    case 'decision':
      return [{ kind: 'polygon', points: [[cx, b.y], [b.x + b.w, b.y + b.h / 2], [cx, b.y + b.h], [b.x, b.y + b.h / 2]], fill: style.fill, stroke: style.stroke }, label(b.w * 0.62)];
    case 'ai-step':
      return [
        { kind: 'rect', ...b, radius: 8, fill: style.fill, stroke: style.stroke },
        { kind: 'rect', x: b.x + 5, y: b.y + 5, w: 16, h: 11, radius: 2, fill: style.stroke.color },
        { kind: 'text', x: b.x + 13, y: b.y + 6.3, text: 'AI', size: 7, bold: true, color: WHITE, align: 'center' },
        // Centred clear of the badge on both sides.
        label(b.w - 50),
      ];
    default:
      return [{ kind: 'rect', ...b, radius: n.kind === 'step' ? 6 : 2, fill: style.fill, stroke: style.stroke }, label(b.w - 14)];
  }
}

/** An orthogonal route between two boxes: sideways when there is room, otherwise over or under. */
export function route(a: Box, b: Box): [number, number][] {
  const ay = a.y + a.h / 2, by = b.y + b.h / 2;
  if (b.x >= a.x + a.w + 12) {
    const mx = (a.x + a.w + b.x) / 2;
    return [[a.x + a.w, ay], [mx, ay], [mx, by], [b.x, by]];
  }
  if (b.x + b.w <= a.x - 12) {
    const mx = (b.x + b.w + a.x) / 2;
    return [[a.x, ay], [mx, ay], [mx, by], [b.x + b.w, by]];
  }
  const ax = a.x + a.w / 2, bx = b.x + b.w / 2;
  if (b.y >= a.y + a.h + 12) {
    const my = (a.y + a.h + b.y) / 2;
    return [[ax, a.y + a.h], [ax, my], [bx, my], [bx, b.y]];
  }
  if (b.y + b.h <= a.y - 12) {
    const my = (b.y + b.h + a.y) / 2;
    return [[ax, a.y], [ax, my], [bx, my], [bx, b.y + b.h]];
  }
  // Overlapping boxes: loop under both.
  const below = Math.max(a.y + a.h, b.y + b.h) + 14;
  return [[ax, a.y + a.h], [ax, below], [bx, below], [bx, b.y + b.h]];
}

function edgeShapes(e: Edge, boxes: ReadonlyMap<string, Box>): Shape[] {
  const a = boxes.get(e.from), b = boxes.get(e.to);
  if (!a || !b || e.from === e.to) return [];
  const points = route(a, b);
  const shapes: Shape[] = [{ kind: 'polyline', points, stroke: EDGE_STROKE[e.kind], arrow: true }];
  if (e.label) {
    const [p1, p2] = [points[1]!, points[2]!];
    shapes.push({ kind: 'text', x: (p1[0] + p2[0]) / 2 + 3, y: (p1[1] + p2[1]) / 2 - 5, text: e.label, size: 7, color: MUTED, align: 'left', maxWidth: 110, maxLines: 2 });
  }
  return shapes;
}

function legend(y: number, width: number): Shape[] {
  const shapes: Shape[] = [];
  let x = 8;
  const step = Math.max(86, Math.min(130, (width - 16) / 5));
  for (const kind of ['flow', 'triggers', 'reads', 'writes', 'handoff'] as const) {
    shapes.push({ kind: 'polyline', points: [[x, y + 6], [x + 30, y + 6]], stroke: EDGE_STROKE[kind], arrow: true });
    shapes.push({ kind: 'text', x: x + 36, y: y, text: EDGE_KIND_LABEL[kind], size: 7, color: INK, align: 'left' });
    x += step;
  }
  return shapes;
}
