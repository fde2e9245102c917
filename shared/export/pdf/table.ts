/**
 * PDF tables: columns scaled to the text width, cells wrapped by measured text (long
 * strings broken, never overflowing), tone fills, the header row repeated on every page,
 * and rows taller than a page split between pages rather than cut off.
 */
import type { FactsBlock, Inline, TableBlock, Tone } from '../../report/types';
import { INK, rgb, TONES } from '../palette';
import type { Line, RunStyle } from '../text/wrapRuns';
import { contentHeight, ensure, gap, left, newPage, room, type PdfContext } from './context';
import { SPACE, TYPE } from './style';
import { drawLine, wrapInline, type TextStyle } from './text';

interface CellLayout {
  readonly x: number;
  readonly width: number;
  readonly lines: readonly Line[];
  readonly align: 'left' | 'right' | 'center';
  readonly fill?: string;
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
}

const T = TYPE.table;
const PX = SPACE.cellPadX;
const PY = SPACE.cellPadY;
const rowHeight = (lines: number): number => lines * T.leading + PY * 2;

function layoutCell(
  ctx: PdfContext, content: readonly Inline[], x: number, width: number,
  opts: { align?: 'left' | 'right' | 'center'; fill?: string; colour?: string; base?: Partial<RunStyle> },
): CellLayout {
  const lines = wrapInline(ctx, content, Math.max(4, width - PX * 2), T.size, opts.base);
  return { x, width, lines, align: opts.align ?? 'left', fill: opts.fill, colour: opts.colour ?? INK.text };
}

function row(cells: CellLayout[]): RowLayout {
  return { cells, lineCount: Math.max(1, ...cells.map((c) => c.lines.length)) };
}

function columnXs(weights: readonly number[], total: number): { x: number; width: number }[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  let x = 0;
  return safe.map((w) => { const width = (w / sum) * total; const out = { x, width }; x += width; return out; });
}

const fillOf = (tone: Tone | undefined): string | undefined => (tone ? TONES[tone].fill : undefined);

/** Lays out a table; `maxRows` limits the work when only its start is needed. */
function layoutTable(ctx: PdfContext, block: TableBlock, maxRows = Infinity): TableSpec {
  const total = ctx.page.textWidth;
  const cols = columnXs(block.columns.map((c) => c.width), total);
  const header = row(block.columns.map((c, i) => layoutCell(ctx, [c.header], cols[i]!.x, cols[i]!.width, {
    align: c.align, fill: INK.headerFill, colour: INK.heading, base: { bold: true },
  })));
  const source = block.rows.length > maxRows ? block.rows.slice(0, maxRows) : block.rows;
  const rows = block.rows.length > 0
    ? source.map((cells) => row(block.columns.map((c, i) => layoutCell(ctx, cells[i]?.content ?? [], cols[i]!.x, cols[i]!.width, {
      align: c.align, fill: fillOf(cells[i]?.fill),
    }))))
    : [row([layoutCell(ctx, [block.emptyText ?? ''], 0, total, { colour: INK.muted, base: { italic: true } })])];
  return { header, rows, zebra: block.rows.length > 3 };
}

function layoutFacts(ctx: PdfContext, block: FactsBlock, maxRows = Infinity): TableSpec {
  const total = ctx.page.textWidth;
  const [label, value] = columnXs([34, 66], total);
  const source = block.rows.length > maxRows ? block.rows.slice(0, maxRows) : block.rows;
  const rows = source.map((r) => row([
    layoutCell(ctx, [r.label], label!.x, label!.width, { colour: INK.muted, base: { bold: true } }),
    layoutCell(ctx, r.value, value!.x, value!.width, {}),
  ]));
  return { header: null, rows, zebra: false };
}

export function drawTable(ctx: PdfContext, block: TableBlock): void {
  drawRows(ctx, layoutTable(ctx, block));
}

/** Facts: a label column and a value column, no header. */
export function drawFacts(ctx: PdfContext, block: FactsBlock): void {
  drawRows(ctx, layoutFacts(ctx, block));
}

/** Height of the header and first row: what a heading above the table must keep with it. */
export function tableStartHeight(ctx: PdfContext, block: TableBlock | FactsBlock): number {
  const spec = block.type === 'table' ? layoutTable(ctx, block, 1) : layoutFacts(ctx, block, 1);
  return (spec.header ? rowHeight(spec.header.lineCount) : 0) + (spec.rows[0] ? rowHeight(spec.rows[0].lineCount) : 0);
}

function drawRows(ctx: PdfContext, spec: TableSpec): void {
  const headerH = spec.header ? rowHeight(spec.header.lineCount) : 0;
  const first = spec.rows[0] ? rowHeight(spec.rows[0].lineCount) : 0;
  // Never leave a header alone at the foot of a page.
  ensure(ctx, Math.min(headerH + first, contentHeight(ctx)));
  const startPage = (): void => {
    if (spec.header) drawRowPart(ctx, spec.header, 0, spec.header.lineCount, true, false);
  };
  startPage();
  spec.rows.forEach((r, index) => {
    const zebra = spec.zebra && index % 2 === 1;
    let from = 0;
    let fresh = false;
    while (from < r.lineCount) {
      const fitLines = Math.floor((room(ctx) - PY * 2 + 0.01) / T.leading);
      const left = r.lineCount - from;
      const freshFits = Math.floor((contentHeight(ctx) - headerH - PY * 2 + 0.01) / T.leading);
      // Split a row only when it would not fit on a page of its own either.
      if (fitLines >= left || (fitLines >= 2 && left > freshFits) || fresh) {
        const take = Math.max(1, Math.min(left, fitLines));
        drawRowPart(ctx, r, from, take, false, zebra);
        from += take;
      }
      if (from < r.lineCount) { newPage(ctx); startPage(); fresh = true; }
    }
  });
  gap(ctx, SPACE.block);
}

/** Draws lines [from, from + count) of every cell of a row at the cursor, with fills and a rule below. */
function drawRowPart(ctx: PdfContext, r: RowLayout, from: number, count: number, isHeader: boolean, zebra: boolean): void {
  const { doc } = ctx;
  const x0 = left(ctx);
  const h = rowHeight(count);
  const top = ctx.y;
  for (const c of r.cells) {
    const fill = c.fill ?? (zebra ? INK.zebra : undefined);
    if (fill) {
      doc.setFillColor(...rgb(fill));
      doc.rect(x0 + c.x, top, c.width, h, 'F');
    }
  }
  for (const c of r.cells) {
    const style: TextStyle = { size: T.size, leading: T.leading, colour: c.colour, align: c.align };
    const end = Math.min(c.lines.length, from + count);
    for (let i = from; i < end; i++) {
      drawLine(ctx, c.lines[i]!, x0 + c.x + PX, top + PY + (i - from) * T.leading, c.width - PX * 2, style);
    }
  }
  doc.setDrawColor(...rgb(isHeader ? INK.heading : INK.rule));
  doc.setLineWidth(isHeader ? 0.8 : 0.5);
  const width = r.cells.reduce((m, c) => Math.max(m, c.x + c.width), 0);
  doc.line(x0, top + h, x0 + width, top + h);
  ctx.y = top + h;
}
