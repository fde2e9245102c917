/**
 * PDF tables: columns scaled to the text width, cells wrapped by measured text (long strings
 * broken, never overflowing), tone fills, and on every page a table continues on its title
 * with "(continued)" and its header row again. A short table moves whole to the next page
 * rather than split; a row taller than a page is split between pages rather than cut off.
 * Fills and rules are written as raw operators, one batch per row.
 */
import type { FactsBlock, Inline, TableBlock, Tone } from '../../report/types';
import { columnWidths } from '../columns';
import { INK, rgb, TONES } from '../palette';
import { measureText } from '../text/paragraph';
import type { Line, RunStyle } from '../text/wrapRuns';
import { contentHeight, gap, left, newPage, room, writeOps, atPageTop, type PdfContext } from './context';
import { continuedHeight, continuedLines, drawContinued } from './continued';
import { num } from './numbers';
import { SPACE, TYPE } from './style';
import { drawLine, wrapInline, type TextStyle } from './text';

interface CellLayout {
  readonly x: number;
  readonly width: number;
  readonly lines: readonly Line[];
  readonly align: 'left' | 'right' | 'center';
  readonly fill?: string | undefined;
  readonly colour: string;
}
interface RowLayout {
  readonly cells: readonly CellLayout[];
  /** Lines of the tallest cell. */
  readonly lineCount: number;
}
interface TableSpec {
  readonly header: RowLayout | null;
  readonly rows: readonly RowLayout[];
  readonly zebra: boolean;
  /** Rows of the block (the spec may hold only the first ones). */
  readonly total: number;
}

const T = TYPE.table;
const PX = SPACE.cellPadX;
const PY = SPACE.cellPadY;
const rowHeight = (lines: number): number => lines * T.leading + PY * 2;
/**
 * A table of at most this many rows and at most a third of a page is never split: moving a
 * taller one to the next page would leave most of this one empty, where a split costs only its
 * header again. A fact list (one record's card) stays whole up to 60% of a page: it is read as one.
 */
const SHORT_ROWS = 16;
const SHORT_TABLE_SHARE = 1 / 3;
const SHORT_FACTS_SHARE = 0.6;

/** Cell texts up to this length are laid out once per width and style: names, statuses and dates repeat. */
const CACHED_UP_TO = 48;

function cellLines(ctx: PdfContext, content: readonly Inline[], width: number, base: Partial<RunStyle> | undefined): Line[] {
  const only = content.length === 1 ? content[0]! : null;
  const text = only === null ? null : typeof only === 'string' ? only : null;
  if (text === null || text.length > CACHED_UP_TO) return wrapInline(ctx, content, width, T.size, base);
  const key = `${width.toFixed(2)}|${base?.bold ? 'b' : ''}${base?.italic ? 'i' : ''}|${text}`;
  let lines = ctx.cellCache.get(key);
  if (!lines) { lines = wrapInline(ctx, content, width, T.size, base); ctx.cellCache.set(key, lines); }
  return lines;
}

function layoutCell(
  ctx: PdfContext, content: readonly Inline[], x: number, width: number,
  opts: { align?: 'left' | 'right' | 'center' | undefined; fill?: string | undefined; colour?: string; base?: Partial<RunStyle> },
): CellLayout {
  const lines = cellLines(ctx, content, Math.max(4, width - PX * 2), opts.base);
  return { x, width, lines, align: opts.align ?? 'left', fill: opts.fill, colour: opts.colour ?? INK.text };
}

function row(cells: CellLayout[]): RowLayout {
  let lineCount = 1;
  for (const c of cells) if (c.lines.length > lineCount) lineCount = c.lines.length;
  return { cells, lineCount };
}

function columnXs(weights: readonly number[], total: number): { x: number; width: number }[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  let x = 0;
  return safe.map((w) => { const width = (w / sum) * total; const out = { x, width }; x += width; return out; });
}

const fillOf = (tone: Tone | undefined): string | undefined => (tone ? TONES[tone].fill : undefined);

/** Column widths per table and text width: keep.ts and the drawing both ask. */
const widthCache = new WeakMap<TableBlock, { total: number; widths: number[] }>();

function widthsOf(ctx: PdfContext, block: TableBlock): number[] {
  const total = ctx.page.textWidth;
  const known = widthCache.get(block);
  if (known && known.total === total) return known.widths;
  const widths = columnWidths(block, total, PX * 2, (word, bold) => measureText(ctx.fonts, word, { bold, italic: false }, T.size));
  widthCache.set(block, { total, widths });
  return widths;
}

/** Lays out a table; `maxRows` limits the work when only its start is needed. */
function layoutTable(ctx: PdfContext, block: TableBlock, maxRows = Infinity): TableSpec {
  const total = ctx.page.textWidth;
  const cols = columnXs(widthsOf(ctx, block), total);
  const header = row(block.columns.map((c, i) => layoutCell(ctx, [c.header], cols[i]!.x, cols[i]!.width, {
    align: c.align, fill: INK.headerFill, colour: INK.heading, base: { bold: true },
  })));
  const source = block.rows.length > maxRows ? block.rows.slice(0, maxRows) : block.rows;
  const rows = block.rows.length > 0
    ? source.map((cells) => row(block.columns.map((c, i) => layoutCell(ctx, cells[i]?.content ?? [], cols[i]!.x, cols[i]!.width, {
      align: c.align, fill: fillOf(cells[i]?.fill),
    }))))
    : [row([layoutCell(ctx, [block.emptyText ?? ''], 0, total, { colour: INK.muted, base: { italic: true } })])];
  return { header, rows, zebra: block.rows.length > 3, total: Math.max(1, block.rows.length) };
}

function layoutFacts(ctx: PdfContext, block: FactsBlock, maxRows = Infinity): TableSpec {
  const total = ctx.page.textWidth;
  const [label, value] = columnXs([34, 66], total);
  const source = block.rows.length > maxRows ? block.rows.slice(0, maxRows) : block.rows;
  const rows = source.map((r) => row([
    layoutCell(ctx, [r.label], label!.x, label!.width, { colour: INK.muted, base: { bold: true } }),
    layoutCell(ctx, r.value, value!.x, value!.width, {}),
  ]));
  return { header: null, rows, zebra: false, total: block.rows.length };
}

const layoutOf = (ctx: PdfContext, block: TableBlock | FactsBlock, maxRows?: number): TableSpec =>
  block.type === 'table' ? layoutTable(ctx, block, maxRows) : layoutFacts(ctx, block, maxRows);

export function drawTable(ctx: PdfContext, block: TableBlock): void {
  drawRows(ctx, layoutTable(ctx, block), ctx.section);
}

/** Facts: a label column and a value column, no header. */
export function drawFacts(ctx: PdfContext, block: FactsBlock): void {
  drawRows(ctx, layoutFacts(ctx, block), ctx.section);
}

/** Height of the whole table when it is short enough never to split, else null. */
function wholeHeight(ctx: PdfContext, spec: TableSpec): number | null {
  if (spec.total > SHORT_ROWS || spec.rows.length < spec.total) return null;
  let h = spec.header ? rowHeight(spec.header.lineCount) : 0;
  for (const r of spec.rows) h += rowHeight(r.lineCount);
  return h <= contentHeight(ctx) * (spec.header ? SHORT_TABLE_SHARE : SHORT_FACTS_SHARE) ? h : null;
}

/**
 * What must fit on the page where the table starts: all of a short table, else the header and
 * the first row. A heading above the table keeps this much with it (keep.ts).
 */
export function tableStartHeight(ctx: PdfContext, block: TableBlock | FactsBlock): number {
  // A table of more rows than a short one has is long whatever its rows: its first row will do.
  const spec = layoutOf(ctx, block, block.rows.length > SHORT_ROWS ? 1 : SHORT_ROWS);
  const whole = wholeHeight(ctx, spec);
  if (whole !== null) return whole;
  return (spec.header ? rowHeight(spec.header.lineCount) : 0) + (spec.rows[0] ? rowHeight(spec.rows[0].lineCount) : 0);
}

function drawRows(ctx: PdfContext, spec: TableSpec, title: string): void {
  const headerH = spec.header ? rowHeight(spec.header.lineCount) : 0;
  const first = spec.rows[0] ? rowHeight(spec.rows[0].lineCount) : 0;
  // A short table moves whole; a long one never leaves its header alone at the foot of a page.
  const start = wholeHeight(ctx, spec) ?? headerH + first;
  if (start > room(ctx) && !atPageTop(ctx)) newPage(ctx);
  const continued = continuedLines(ctx, title, ctx.page.textWidth);
  const repeatH = headerH + continuedHeight(continued);
  const header = (): void => {
    if (spec.header) drawRowPart(ctx, spec.header, 0, spec.header.lineCount, true, false);
  };
  const nextPage = (): void => {
    newPage(ctx);
    drawContinued(ctx, continued, left(ctx), ctx.page.textWidth);
    header();
  };
  header();
  const freshFits = Math.floor((contentHeight(ctx) - repeatH - PY * 2 + 0.01) / T.leading);
  spec.rows.forEach((r, index) => {
    const zebra = spec.zebra && index % 2 === 1;
    let from = 0;
    let fresh = false;
    while (from < r.lineCount) {
      const fitLines = Math.floor((room(ctx) - PY * 2 + 0.01) / T.leading);
      const remaining = r.lineCount - from;
      // Split a row only when it would not fit on a page of its own either.
      if (fitLines >= remaining || (fitLines >= 2 && remaining > freshFits) || fresh) {
        const take = Math.max(1, Math.min(remaining, fitLines));
        drawRowPart(ctx, r, from, take, false, zebra);
        from += take;
      }
      if (from < r.lineCount) { nextPage(); fresh = true; }
    }
  });
  gap(ctx, SPACE.block);
}

const fillOps = new Map<string, string>();
function fillColour(hex: string): string {
  let op = fillOps.get(hex);
  if (op === undefined) { op = `${rgb(hex).map((c) => num(c / 255)).join(' ')} rg`; fillOps.set(hex, op); }
  return op;
}
const RULE = `${rgb(INK.rule).map((c) => num(c / 255)).join(' ')} RG 0.5 w`;
const HEAD_RULE = `${rgb(INK.heading).map((c) => num(c / 255)).join(' ')} RG 0.8 w`;

/** Draws lines [from, from + count) of every cell of a row at the cursor, with fills and a rule below. */
function drawRowPart(ctx: PdfContext, r: RowLayout, from: number, count: number, isHeader: boolean, zebra: boolean): void {
  const x0 = left(ctx);
  const h = rowHeight(count);
  const top = ctx.y;
  const yTop = ctx.page.height - top;
  const ops: string[] = ['q'];
  let width = 0;
  for (const c of r.cells) {
    width = Math.max(width, c.x + c.width);
    const fill = c.fill ?? (zebra ? INK.zebra : undefined);
    if (fill) ops.push(fillColour(fill), `${num(x0 + c.x)} ${num(yTop - h)} ${num(c.width)} ${num(h)} re f`);
  }
  ops.push(isHeader ? HEAD_RULE : RULE, `${num(x0)} ${num(yTop - h)} m ${num(x0 + width)} ${num(yTop - h)} l S`, 'Q');
  writeOps(ctx, ops.join('\n'));
  for (const c of r.cells) {
    const style: TextStyle = { size: T.size, leading: T.leading, colour: c.colour, align: c.align };
    const end = Math.min(c.lines.length, from + count);
    for (let i = from; i < end; i++) {
      drawLine(ctx, c.lines[i]!, x0 + c.x + PX, top + PY + (i - from) * T.leading, c.width - PX * 2, style);
    }
  }
  ctx.y = top + h;
}
