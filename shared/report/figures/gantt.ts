/**
 * The roadmap as a Gantt chart: phases as bands, items as bars by week in schedule order on a
 * week axis (its title says the unit), dependencies as arrows, the critical path in red,
 * blocked items greyed and marked. A long roadmap is cut into several figures, because a
 * figure cannot break across pages; each says which items it holds. Drawn at print size (466
 * points, the narrowest text width), every text 7 pt or more.
 */
import type { Phase } from '../../model';
import type { ScheduledItem } from '../../logic';
import type { ReportContext } from '../context';
import type { Figure, Shape } from '../types';
import { PHASE_LABEL } from '../labels';
import { BAND, BAR, BLOCKED, CRITICAL, GRID, INK, MUTED } from './palette';
import { estimateWidth } from './map/measure';

export const GANTT_WIDTH = 466;
const LABEL_W = 150;
const ROW_H = 15;
const PHASE_H = 15;
const AXIS_H = 20;
/** Room for item rows in one figure: 38 rows of one line. */
const ROWS_HEIGHT_PER_FIGURE = 38 * ROW_H;
/** What a second line of an item's title adds to its row. */
const SECOND_LINE = 9;
const BAR_H = ROW_H - 6;

type Row = { kind: 'phase'; phase: Phase } | { kind: 'item'; id: string; title: string; s: ScheduledItem };

/** One figure of the Gantt chart: items `first` to `last` in schedule order, and which bar colours it shows. */
export interface GanttPart {
  readonly figure: Figure;
  readonly first: number;
  readonly last: number;
  /** Some bar is red: an item on the critical path. */
  readonly critical: boolean;
  /** Some bar is grey: an item blocked by a kill criterion. */
  readonly blocked: boolean;
}

/** The chart's figures, each with the first and last item (by number in schedule order) it shows. */
export function ganttParts(ctx: ReportContext): GanttPart[] {
  const { schedule } = ctx;
  const rows: Row[] = [];
  let lastPhase: Phase | undefined;
  for (const id of schedule.order) {
    const item = ctx.item(id);
    const s = ctx.scheduled.get(id);
    if (!item || !s) continue;
    if (item.phase !== lastPhase) rows.push({ kind: 'phase', phase: (lastPhase = item.phase) });
    rows.push({ kind: 'item', id, title: item.title, s });
  }
  const chunks: Row[][] = [];
  let used = Infinity;
  for (const row of rows) {
    const h = rowHeight(row);
    if (used + h > ROWS_HEIGHT_PER_FIGURE) { chunks.push([]); used = 0; }
    chunks[chunks.length - 1]!.push(row);
    used += h;
  }
  const weeks = Math.max(1, schedule.totalWeeks);
  let first = 1;
  return chunks.map((chunk) => {
    const items = chunk.flatMap((r) => (r.kind === 'item' ? [r.s] : []));
    const part = {
      figure: ganttFigure(ctx, chunk, weeks), first, last: first + items.length - 1,
      critical: items.some((s) => s.critical && !s.blocked), blocked: items.some((s) => s.blocked),
    };
    first += items.length;
    return part;
  });
}

/** A title too long for one line of the label column gets two (then an ellipsis), not a cut at one. */
function titleLines(title: string): 1 | 2 {
  return estimateWidth(title, 7) > LABEL_W - 10 ? 2 : 1;
}

function rowHeight(row: Row): number {
  return row.kind === 'phase' ? PHASE_H : ROW_H + (titleLines(row.title) - 1) * SECOND_LINE;
}

export function ganttFigures(ctx: ReportContext): Figure[] {
  return ganttParts(ctx).map((p) => p.figure);
}

function ganttFigure(ctx: ReportContext, rows: readonly Row[], weeks: number): Figure {
  const scale = (GANTT_WIDTH - LABEL_W - 8) / weeks;
  const x = (week: number) => LABEL_W + week * scale;
  const shapes: Shape[] = [];
  const heights = rows.map(rowHeight);
  const height = AXIS_H + heights.reduce((a, b) => a + b, 0) + 4;

  // Week grid and axis labels, spaced so labels never collide.
  const every = [1, 2, 4, 5, 10, 13, 26, 52].find((k) => k * scale >= 22) ?? 52;
  shapes.push({ kind: 'text', x: 4, y: 4, text: 'Week of the roadmap', size: 7, color: MUTED });
  for (let wk = 0; wk <= weeks; wk += every) {
    shapes.push({ kind: 'polyline', points: [[x(wk), AXIS_H - 4], [x(wk), height - 4]], stroke: { color: GRID, width: 0.5 } });
    shapes.push({ kind: 'text', x: x(wk), y: 4, text: `W${wk}`, size: 7, color: MUTED, align: 'center' });
  }

  const centres = new Map<string, { y: number; start: number; end: number }>();
  let y = AXIS_H;
  rows.forEach((row, i) => {
    const h = heights[i]!;
    if (row.kind === 'phase') {
      shapes.push({ kind: 'rect', x: 0, y, w: GANTT_WIDTH, h, fill: BAND });
      shapes.push({ kind: 'text', x: 4, y: y + 3, text: PHASE_LABEL[row.phase], size: 7.5, bold: true, color: INK });
    } else {
      shapes.push({ kind: 'text', x: 4, y: y + 2, boxHeight: h - 4, text: row.title, size: 7, color: INK, maxWidth: LABEL_W - 10, maxLines: titleLines(row.title) });
      const barY = y + (h - BAR_H) / 2;
      const { s } = row;
      if (s.startWeek !== null && s.endWeek !== null) {
        const fill = s.blocked ? BLOCKED : s.critical ? CRITICAL : BAR;
        shapes.push({ kind: 'rect', x: x(s.startWeek), y: barY, w: Math.max(2, (s.endWeek - s.startWeek) * scale), h: BAR_H, radius: 2, fill });
        if (s.blocked) {
          // After the bar, or before it when the bar ends at the chart's edge.
          const after = x(s.endWeek) + 3 + estimateWidth('blocked', 7, true) <= GANTT_WIDTH - 2;
          shapes.push({ kind: 'text', x: after ? x(s.endWeek) + 3 : x(s.startWeek) - 3, y: barY + 0.5, text: 'blocked', size: 7, bold: true, color: CRITICAL, align: after ? 'left' : 'right' });
        }
        centres.set(row.id, { y: y + h / 2, start: x(s.startWeek), end: x(s.endWeek) });
      } else {
        shapes.push({ kind: 'text', x: LABEL_W + 2, y: barY + 0.5, text: 'not scheduled (dependency cycle)', size: 7, color: CRITICAL });
      }
    }
    y += h;
  });

  for (const row of rows) {
    if (row.kind !== 'item') continue;
    const to = centres.get(row.id);
    for (const dep of ctx.item(row.id)?.dependsOn ?? []) {
      const from = centres.get(dep);
      if (!from || !to) continue;
      const bend = Math.max(from.end + 3, to.start - 4);
      shapes.push({ kind: 'polyline', points: [[from.end, from.y], [bend, from.y], [bend, to.y], [to.start, to.y]], stroke: { color: INK, width: 0.6 }, arrow: true });
    }
  }
  shapes.push({ kind: 'rect', x: 0, y: AXIS_H, w: GANTT_WIDTH, h: height - AXIS_H - 4, stroke: { color: GRID, width: 0.8 } });
  return { width: GANTT_WIDTH, height, shapes };
}
