/**
 * Panels of a document map as figure shapes: lane bands with their names, connectors routed in
 * the gaps (route.ts) with their labels where they fit (place.ts), nodes by kind, and under the
 * map a legend and the list of what did not fit: connector labels shown by number, connectors
 * to steps in another figure. Every text is 7 pt or more at the size the figure is printed.
 */
import type { Edge, EdgeKind, LaneKind, NodeKind, Workbook, WorkflowNode } from '../../../model';
import type { Shape } from '../../types';
import { EDGE_KIND_LABEL, NODE_KIND_LABEL } from '../../labels';
import { EDGE_STROKE, GRID, INK, LANE_FILL, MUTED, NODE_STYLE, WHITE } from '../palette';
import { estimateLines, estimateWidth } from './measure';
import { KIND_H, kindFits, LANE_KIND_SIZE, LANE_NAME_SIZE, LINE, type Box, type PanelLayout } from './panel';
import { addRoute, Occupancy, place, placeClear, spotsAlong } from './place';
import { routeEdges, type Stub } from './route';

export const TEXT = 7;
const LANE_KIND_WORD: Readonly<Record<string, string>> = { role: 'Role', system: 'System', ai: 'AI', external: 'External' };
const EDGE_LABEL_W = 84;

export interface DrawOptions {
  /** Step numbers, shown on the nodes and naming the other end of a stub. */
  readonly numbers?: ReadonlyMap<string, number>;
  /** Connectors to nodes outside a panel drawn as stubs to its edge (a map folded into strips). */
  readonly stubs: boolean;
}

export interface Drawn {
  readonly shapes: Shape[];
  /** Lines for the list under the map: connector labels shown by number, in order. */
  readonly notes: string[];
  /** Connectors with an end outside every panel drawn. */
  readonly outside: number;
}

/** The node's label as a document prints it: its step number first, and "AI" for an AI step. */
export function nodeText(n: WorkflowNode, number: number | undefined): string {
  const label = n.label.trim() || NODE_KIND_LABEL[n.kind];
  return `${number !== undefined ? `${number} ` : ''}${n.kind === 'ai-step' ? 'AI · ' : ''}${label}`;
}

function nodeShapes(n: WorkflowNode, b: Box, layout: PanelLayout, number: number | undefined): Shape[] {
  const style = NODE_STYLE[n.kind];
  const { preset } = layout;
  const inset = n.kind === 'decision' ? 10 : n.kind === 'start' || n.kind === 'end' ? Math.min(10, b.h / 2) : 5;
  const label: Shape = {
    kind: 'text', x: b.x + b.w / 2, y: b.y, boxHeight: b.h, text: nodeText(n, number), size: preset.labelSize, color: INK,
    align: 'center', maxWidth: b.w - 2 * inset, maxLines: preset.labelLines, bold: n.kind === 'ai-step',
  };
  switch (n.kind) {
    case 'start':
    case 'end':
      return [{ kind: 'rect', ...b, radius: b.h / 2, fill: style.fill, stroke: style.stroke }, label];
    case 'decision': {
      // A wide hexagon: pointed like the canvas's diamond, with room for a label inside.
      const k = 8, mid = b.y + b.h / 2;
      return [{ kind: 'polygon', points: [[b.x + k, b.y], [b.x + b.w - k, b.y], [b.x + b.w, mid], [b.x + b.w - k, b.y + b.h], [b.x + k, b.y + b.h], [b.x, mid]], fill: style.fill, stroke: style.stroke }, label];
    }
    default:
      return [{ kind: 'rect', ...b, radius: n.kind === 'ai-step' ? 5 : n.kind === 'step' ? 4 : 1.5, fill: style.fill, stroke: style.stroke }, label];
  }
}

function bandShapes(layout: PanelLayout, right: number): Shape[] {
  const shapes: Shape[] = [];
  const { labelW } = layout;
  for (const band of layout.bands) {
    shapes.push({ kind: 'rect', x: 0, y: band.top, w: right, h: band.height, fill: WHITE, stroke: { color: GRID, width: 0.8 } });
    shapes.push({ kind: 'rect', x: 0, y: band.top, w: labelW, h: band.height, fill: band.lane.kind ? LANE_FILL[band.lane.kind] : '#f8fafc', stroke: { color: GRID, width: 0.8 } });
    const kindH = kindFits(band, labelW) ? KIND_H : 0;
    if (band.lane.name) {
      shapes.push({
        kind: 'text', x: labelW / 2, y: band.top + 2, boxHeight: band.height - kindH - 4, text: band.lane.name, size: LANE_NAME_SIZE,
        bold: true, color: INK, align: 'center', maxWidth: labelW - 8, maxLines: Math.max(1, band.nameLines),
      });
    }
    if (kindH) {
      shapes.push({ kind: 'text', x: labelW / 2, y: band.top + band.height - kindH, text: LANE_KIND_WORD[band.lane.kind] ?? band.lane.kind, size: LANE_KIND_SIZE, color: MUTED, align: 'center' });
    }
  }
  return shapes;
}

/** Draws `layouts` (panels stacked top to bottom, one width) and returns their shapes. */
export function drawPanels(w: Workbook, layouts: readonly PanelLayout[], width: number, options: DrawOptions): Drawn {
  const byId = new Map(w.workflow.nodes.map((n) => [n.id, n]));
  const height = Math.max(0, ...layouts.map((l) => l.top + l.height));
  const occupied = new Occupancy({ x: 0, y: 0, w: width, h: height });
  const shapes: Shape[] = [];
  const labels: Shape[] = [];
  const notes: string[] = [];
  const drawnEnds = new Set<string>();
  for (const l of layouts) {
    shapes.push(...bandShapes(l, width));
    for (const band of l.bands) occupied.add({ x: 0, y: band.top, w: l.labelW, h: band.height });
    for (const b of l.boxes.values()) occupied.add({ x: b.x - 1, y: b.y - 1, w: b.w + 2, h: b.h + 2 });
    for (const id of l.boxes.keys()) drawnEnds.add(id);
  }
  let outside = 0;
  for (const l of layouts) {
    const inside: Edge[] = [], stubs: Stub[] = [];
    for (const e of w.workflow.edges) {
      const a = l.cells.get(e.from), b = l.cells.get(e.to);
      if (a && b) inside.push(e);
      else if (options.stubs && (a || b) && options.numbers) {
        const other = options.numbers.get(a ? e.to : e.from), self = options.numbers.get(a ? e.from : e.to);
        if (other === undefined || self === undefined) continue;
        stubs.push({ edge: e, outside: a ? 'to' : 'from', toward: other > self ? 'right' : 'left' });
      }
    }
    // Every connector of the panel is routed before any label is placed, so a label can keep
    // off the lines drawn after its own as well as those before.
    const routes = routeEdges(l, inside, stubs);
    const lines = new Occupancy({ x: 0, y: 0, w: width, h: height });
    routes.forEach((r, i) => addRoute(lines, i, r.points));
    for (const [i, r] of routes.entries()) {
      shapes.push({ kind: 'polyline', points: r.points, stroke: EDGE_STROKE[r.edge.kind], arrow: true });
      const text = r.stub
        ? `${r.stub.outside === 'to' ? 'to' : 'from'} ${options.numbers!.get(r.stub.outside === 'to' ? r.edge.to : r.edge.from)}`
        : r.edge.label?.trim();
      if (!text) continue;
      const placed = placeText(occupied, lines, i, r.stub ? [borderSegment(r.points, r.stub.outside === 'to'), ...r.points] : r.points, text, r.stub !== undefined);
      if (placed) { labels.push(...placed); continue; }
      const n = notes.length + 1;
      const marker = place(occupied, spotsAlong(r.points, estimateWidth(String(n), TEXT, true) + 2, TEXT * LINE + 1), lines, i);
      const from = byId.get(r.edge.from), to = byId.get(r.edge.to);
      const step = (n: WorkflowNode | undefined, id: string): string =>
        n ? (r.stub && options.numbers?.has(n.id) ? `step ${options.numbers.get(n.id)}` : nodeText(n, options.numbers?.get(n.id))) : id;
      const ends = `${step(from, r.edge.from)} → ${step(to, r.edge.to)}`;
      if (marker) {
        labels.push({ kind: 'rect', ...marker, radius: 2, fill: WHITE, stroke: { color: MUTED, width: 0.6 } });
        labels.push({ kind: 'text', x: marker.x + marker.w / 2, y: marker.y + 0.5, text: String(n), size: TEXT, bold: true, color: INK, align: 'center' });
        notes.push(r.stub ? `${n}  ${ends}` : `${n}  ${text}: ${ends}`);
      } else {
        notes.push(`${n}  ${r.stub ? '' : `${text}: `}${ends} (not numbered on the map)`);
      }
    }
    for (const [id, cell] of l.cells) {
      shapes.push(...nodeShapes(cell.node, l.boxes.get(id)!, l, options.numbers?.get(id)));
    }
  }
  for (const e of w.workflow.edges) if (!drawnEnds.has(e.from) || !drawnEnds.has(e.to)) outside++;
  return { shapes: [...shapes, ...labels], notes, outside };
}

/** The end of a stub at the panel's edge, where its tag goes first. */
function borderSegment(points: readonly [number, number][], out: boolean): [number, number] {
  return out ? points[points.length - 1]! : points[0]!;
}

/**
 * A label in its estimated box on a white ground, where there is room along the route; a
 * stub's tag first tries the free room at the panel's edge, beside where the stub ends. A spot
 * clear of the other connectors comes first, the label set in two narrower lines if only they
 * fit there; else the first spot clear of nodes and labels.
 */
function placeText(occupied: Occupancy, connectors: Occupancy, own: number, route: readonly [number, number][], text: string, stub = false): Shape[] | null {
  const wide = estimateLines(text, TEXT, EDGE_LABEL_W);
  if (wide.length > 2) return null;
  const spotsFor = (lines: readonly string[]) => {
    const w = Math.max(...lines.map((s) => estimateWidth(s, TEXT))) + 2, h = lines.length * TEXT * LINE + 1;
    const [end, ...points] = stub ? route : [null, ...route];
    const edgeSpots = end ? [-1, 1].flatMap((side) => [end[0] - w - 1, end[0] + 1].map((x) => ({ x, y: side < 0 ? end[1] - h - 1 : end[1] + 1, w, h }))) : [];
    return [...edgeSpots, ...spotsAlong(points as [number, number][], w, h)];
  };
  const label = (box: Box, lines: readonly string[]): Shape[] => [
    { kind: 'rect', ...box, fill: WHITE },
    { kind: 'text', x: box.x + 1, y: box.y + 0.5, text, size: TEXT, color: MUTED, align: 'left', maxWidth: box.w, maxLines: lines.length },
  ];
  const narrow = wide.length === 1 ? balancedLines(text) : null;
  for (const lines of narrow ? [wide, narrow] : [wide]) {
    const box = placeClear(occupied, spotsFor(lines), connectors, own);
    if (box) return label(box, lines);
  }
  const box = place(occupied, spotsFor(wide));
  return box ? label(box, wide) : null;
}

/** `text` in the two lines of least width, broken between words; null for a single word. */
function balancedLines(text: string): string[] | null {
  const words = text.split(' ').filter((w) => w !== '');
  let best: string[] | null = null, bestWidth = Infinity;
  for (let k = 1; k < words.length; k++) {
    const lines = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const width = Math.max(...lines.map((s) => estimateWidth(s, TEXT)));
    if (width < bestWidth) { best = lines; bestWidth = width; }
  }
  return best;
}

/**
 * The legend under a map: the connector kinds and node kinds as drawn (unless `kinds` is
 * false), then `extra` and the notes, wrapped to `width`; many short notes go in columns.
 * Returns its shapes, from `top`, and its height.
 */
export function legend(top: number, width: number, notes: readonly string[], extra: readonly string[] = [], kinds = true): { shapes: Shape[]; height: number } {
  const shapes: Shape[] = [];
  const lh = TEXT * LINE;
  let x = 4, y = top + 4;
  const item = (w: number): void => {
    if (x + w > width - 4 && x > 4) { x = 4; y += lh + 4; }
  };
  if (kinds) {
    for (const kind of ['flow', 'triggers', 'reads', 'writes', 'handoff'] as const satisfies readonly EdgeKind[]) {
      const label = EDGE_KIND_LABEL[kind];
      const w = 30 + 4 + estimateWidth(label, TEXT) + 14;
      item(w);
      shapes.push({ kind: 'polyline', points: [[x, y + lh / 2], [x + 30, y + lh / 2]], stroke: EDGE_STROKE[kind], arrow: true });
      shapes.push({ kind: 'text', x: x + 34, y, text: label, size: TEXT, color: INK });
      x += w;
    }
    for (const kind of ['ai-step', 'decision', 'handoff', 'system'] as const satisfies readonly NodeKind[]) {
      const label = NODE_KIND_LABEL[kind];
      const w = 16 + 4 + estimateWidth(label, TEXT) + 14;
      item(w);
      const style = NODE_STYLE[kind];
      shapes.push({ kind: 'rect', x, y: y + 1, w: 16, h: lh - 2, radius: 2, fill: style.fill, stroke: style.stroke });
      shapes.push({ kind: 'text', x: x + 20, y, text: label, size: TEXT, color: INK });
      x += w;
    }
    for (const kind of ['role', 'ai', 'system', 'external'] as const satisfies readonly LaneKind[]) {
      const label = `${LANE_KIND_WORD[kind]} lane`;
      const w = 16 + 4 + estimateWidth(label, TEXT) + 14;
      item(w);
      shapes.push({ kind: 'rect', x, y: y + 1, w: 16, h: lh - 2, fill: LANE_FILL[kind], stroke: { color: MUTED, width: 0.5 } });
      shapes.push({ kind: 'text', x: x + 20, y, text: label, size: TEXT, color: INK });
      x += w;
    }
    y += lh + 6;
  }
  const all = [...extra, ...notes];
  // Columns as wide as the longest note (up to the whole width), filled top to bottom.
  const colW = Math.min(width - 8, Math.max(120, ...all.map((n) => estimateWidth(n, TEXT) + 12)));
  const columns = Math.max(1, Math.floor((width - 8) / colW));
  const perColumn = Math.ceil(all.length / columns);
  let bottom = y;
  for (let c = 0; c < columns; c++) {
    let cy = y;
    for (const note of all.slice(c * perColumn, (c + 1) * perColumn)) {
      const lines = estimateLines(note, TEXT, colW - 8).length;
      shapes.push({ kind: 'text', x: 4 + c * colW, y: cy, text: note, size: TEXT, color: INK, maxWidth: colW - 8, maxLines: lines });
      cy += lines * lh + 2;
    }
    bottom = Math.max(bottom, cy);
  }
  return { shapes, height: bottom - top + 2 };
}
