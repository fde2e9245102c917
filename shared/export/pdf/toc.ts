/**
 * The PDF contents page. Entry texts are known before layout, page numbers only after, so
 * the entries are drawn in place now and their page numbers, dotted leaders and links are
 * filled in by a finisher once every heading has found its page.
 */
import type { Block, TocBlock } from '../../report/types';
import { INK, rgb } from '../palette';
import { measureText } from '../text/paragraph';
import { contentBottom, gap, left, newPage, type PdfContext } from './context';
import { SPACE, TYPE } from './style';
import { baselineOffset, drawLine, drawPlain, wrapInline } from './text';

const NUMBER_COLUMN = 34;
const INDENT = 16;

interface Placed { page: number; top: number; lineEnd: number; height: number }

/** The headings a contents page lists: parts and sections. */
export function tocEntries(blocks: readonly Block[]): { level: 1 | 2; text: string }[] {
  const out: { level: 1 | 2; text: string }[] = [];
  for (const b of blocks) if (b.type === 'heading' && b.level <= 2) out.push({ level: b.level as 1 | 2, text: b.text });
  return out;
}

export function drawToc(ctx: PdfContext, block: TocBlock): void {
  const entries = tocEntries(ctx.report.blocks);
  const width = ctx.page.textWidth;
  const x = left(ctx);
  const title = wrapInline(ctx, [block.title], width, TYPE.h1.size, { bold: true });
  gap(ctx, TYPE.h1.before);
  for (const line of title) {
    drawLine(ctx, line, x, ctx.y, width, { size: TYPE.h1.size, leading: TYPE.h1.leading, colour: INK.heading });
    ctx.y += TYPE.h1.leading;
  }
  ctx.y += TYPE.h1.after;

  const placed: Placed[] = [];
  for (const e of entries) {
    const indent = e.level === 2 ? INDENT : 0;
    const t = TYPE.body;
    const lines = wrapInline(ctx, [e.text], width - indent - NUMBER_COLUMN, t.size, { bold: e.level === 1 });
    const before = e.level === 1 ? 6 : 1;
    if (ctx.y + before + lines.length * t.leading > contentBottom(ctx)) newPage(ctx); else ctx.y += before;
    const top = ctx.y;
    for (const line of lines) {
      drawLine(ctx, line, x + indent, ctx.y, width - indent - NUMBER_COLUMN, {
        size: t.size, leading: t.leading, colour: e.level === 1 ? INK.heading : INK.text,
      });
      ctx.y += t.leading;
    }
    placed.push({ page: ctx.pageNumber, top, lineEnd: x + indent + (lines[lines.length - 1]?.width ?? 0), height: ctx.y - top });
  }
  gap(ctx, SPACE.block);
  ctx.finishers.push(() => fillPageNumbers(ctx, placed));
}

function fillPageNumbers(ctx: PdfContext, placed: readonly Placed[]): void {
  const { doc } = ctx;
  const headings = ctx.headings.filter((h) => h.level <= 2);
  const t = TYPE.body;
  const right = left(ctx) + ctx.page.textWidth;
  placed.forEach((p, i) => {
    const target = headings[i];
    if (!target) return;
    doc.setPage(p.page);
    const baseline = p.top + p.height - t.leading + baselineOffset(ctx.fonts, t.size, t.leading);
    const label = String(target.page);
    drawPlain(ctx, label, right, baseline, { size: t.size, colour: INK.text, align: 'right' });
    const numberStart = right - measureText(ctx.fonts, label, { bold: false, italic: false }, t.size);
    if (numberStart - 6 > p.lineEnd + 6) {
      doc.setDrawColor(...rgb(INK.muted));
      doc.setLineWidth(0.6);
      doc.setLineDashPattern([0.6, 2.4], 0);
      doc.line(p.lineEnd + 6, baseline, numberStart - 6, baseline);
      doc.setLineDashPattern([], 0);
    }
    doc.link(left(ctx), p.top, ctx.page.textWidth, p.height, { pageNumber: target.page });
  });
}
