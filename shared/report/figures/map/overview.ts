/**
 * The overview page of a large map: every lane as a band with its name, every step as a small
 * box in its column and row (coloured by kind, AI steps dark), the connectors as hairlines that
 * give the shape of the flow, and a frame around each section with its letter on a strip
 * above the section's lanes, where no step is. The steps'
 * labels are left out: the sections that follow show them, listed under the overview by
 * letter with the lanes and steps each holds.
 */
import type { Workbook } from '../../../model';
import type { Figure, Shape } from '../../types';
import { GRID, INK, LANE_FILL, NODE_STYLE, WHITE } from '../palette';
import { legend, TEXT } from './draw';
import type { MapGrid } from './grid';
import { estimateLines, estimateWidth } from './measure';
import { LANE_NAME_SIZE, LINE } from './panel';
import type { Room } from './room';

/** The strip above a lane group that holds its sections' letters. */
const TAG_STRIP = TEXT * LINE + 3;

export interface SectionFrame {
  readonly tag: string;
  readonly title: string;
  readonly lanes: readonly number[];
  /** The grid columns the section covers, first and last. */
  readonly fromCol: number;
  readonly toCol: number;
}

export function overviewFigure(w: Workbook, grid: MapGrid, frames: readonly SectionFrame[], labelW: number, room: Room): { figure: Figure; title: string; shows: string; steps: number } {
  const width = room.width;
  const notes = frames.map((f) => `${f.tag}  ${f.title}`);
  const key = legend(0, width, notes);
  const firsts = new Set(frames.map((f) => Math.min(...f.lanes)));
  const strips = firsts.size * TAG_STRIP;
  const mapH = room.height - key.height - 4 - strips;
  const rows = grid.lanes.map(() => 0);
  for (const c of grid.cells.values()) rows[c.lane] = Math.max(rows[c.lane]!, c.row + 1);
  // Each lane as tall as its name needs (on one line, cut short, when the names would not
  // leave the rows room); what is left is shared by the rows.
  const nameLines = grid.lanes.map((l) => (l.name ? estimateLines(l.name, LANE_NAME_SIZE, labelW - 8, true).length : 0));
  const oneLine = nameLines.reduce((a, n) => a + n * LANE_NAME_SIZE * LINE + 4, 0) > mapH * 0.6;
  const need = nameLines.map((n) => (oneLine ? Math.min(n, 1) : n) * LANE_NAME_SIZE * LINE + 4);
  const totalRows = rows.reduce((a, b) => a + b, 0);
  let rowH = Math.max(1, (mapH - need.reduce((a, b) => a + b, 0)) / Math.max(1, totalRows));
  for (let k = 0; k < 8; k++) {
    const h = grid.lanes.reduce((s, _, i) => s + Math.max(need[i]!, rows[i]! * rowH), 0);
    if (h <= mapH) break;
    rowH *= mapH / h;
  }
  const colW = (width - labelW - 8) / Math.max(1, grid.cols);
  const tops: number[] = [], heights: number[] = [], stripTop = new Map<number, number>();
  let y = 0;
  grid.lanes.forEach((_, i) => {
    if (firsts.has(i)) { stripTop.set(i, y); y += TAG_STRIP; }
    tops.push(y); heights.push(Math.max(need[i]!, rows[i]! * rowH)); y += heights[i]!;
  });
  const height = y;
  const shapes: Shape[] = [];
  grid.lanes.forEach((lane, i) => {
    shapes.push({ kind: 'rect', x: 0, y: tops[i]!, w: width, h: heights[i]!, fill: WHITE, stroke: { color: GRID, width: 0.6 } });
    shapes.push({ kind: 'rect', x: 0, y: tops[i]!, w: labelW, h: heights[i]!, fill: lane.kind ? LANE_FILL[lane.kind] : '#f8fafc', stroke: { color: GRID, width: 0.6 } });
    if (lane.name) {
      const lines = oneLine ? 1 : nameLines[i]!;
      shapes.push({ kind: 'text', x: labelW / 2, y: tops[i]!, boxHeight: heights[i]!, text: lane.name, size: LANE_NAME_SIZE, bold: true, color: INK, align: 'center', maxWidth: labelW - 8, maxLines: lines });
    }
  });
  const at = (id: string): { x: number; y: number } | null => {
    const c = grid.cells.get(id);
    if (!c) return null;
    const laneRows = Math.max(1, rows[c.lane]!);
    const rh = heights[c.lane]! / laneRows;
    return { x: labelW + 4 + (c.col + 0.5) * colW, y: tops[c.lane]! + (c.row + 0.5) * rh };
  };
  for (const e of w.workflow.edges) {
    const a = at(e.from), b = at(e.to);
    if (!a || !b || e.from === e.to) continue;
    shapes.push({ kind: 'polyline', points: [[a.x, a.y], [b.x, a.y], [b.x, b.y]], stroke: { color: '#94a3b8', width: 0.35 } });
  }
  const boxW = Math.max(1, Math.min(colW * 0.7, 16)), boxH = Math.max(1, Math.min(rowH * 0.6, 8));
  for (const n of grid.nodes) {
    const p = at(n.id)!;
    const style = NODE_STYLE[n.kind];
    const ai = n.kind === 'ai-step';
    shapes.push({ kind: 'rect', x: p.x - boxW / 2, y: p.y - boxH / 2, w: boxW, h: boxH, fill: ai ? style.stroke.color : style.fill, stroke: { color: style.stroke.color, width: 0.4 } });
  }
  const tagEnd = new Map<number, number>();
  for (const f of frames) {
    const first = Math.min(...f.lanes);
    const x0 = labelW + 4 + f.fromCol * colW, x1 = labelW + 4 + (f.toCol + 1) * colW;
    const y0 = stripTop.get(first)!, y1 = Math.max(...f.lanes.map((l) => tops[l]! + heights[l]!));
    shapes.push({ kind: 'rect', x: x0 + 0.6, y: y0 + 0.6, w: x1 - x0 - 1.2, h: y1 - y0 - 1.2, stroke: { color: INK, width: 0.8, dash: [3, 2] } });
    const tw = estimateWidth(f.tag, TEXT, true) + 4;
    // Letters of narrow sections side by side, never on one another.
    const tx = Math.max(x0 + 1.5, (tagEnd.get(first) ?? -Infinity) + 2);
    tagEnd.set(first, tx + tw);
    shapes.push({ kind: 'rect', x: tx, y: y0 + 1, w: tw, h: TEXT * LINE + 1, fill: WHITE, stroke: { color: INK, width: 0.5 } });
    shapes.push({ kind: 'text', x: tx + tw / 2, y: y0 + 1.5, text: f.tag, size: TEXT, bold: true, color: INK, align: 'center' });
  }
  const legendShapes = legend(height + 4, width, notes).shapes;
  return {
    figure: { width, height: height + 4 + key.height, shapes: [...shapes, ...legendShapes] },
    title: 'Overview of the whole map',
    shows: `All ${grid.nodes.length} steps in ${grid.lanes.length} lanes, their labels left out: each framed section follows on a page of its own, named by its letter. Dark boxes are AI steps.`,
    steps: grid.nodes.length,
  };
}

