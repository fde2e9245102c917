/**
 * Which documents get a contents page: those longer than six pages without one, in both
 * formats alike. Every document's report has a contents block after page 1; the decision needs
 * the page count, so a document is laid out (PDF engine: the fonts, page size and margins the
 * DOCX uses too) without its contents first, unless a quick estimate already says it is far
 * longer (a 1,000-node workbook's documents never pay for a second layout). For the PDF that
 * layout is kept when it is the answer.
 */
import type { Block, Report } from '../../report/types';
import { blockScale } from '../figure/geometry';
import type { Typesetter } from '../fonts/typesetter';
import { pageGeometry } from '../page';
import { measureText } from '../text/paragraph';
import type { PdfContext } from './context';
import { SPACE, TYPE } from './style';

/** A document longer than this, without contents, gets a contents page. */
export const CONTENTS_AFTER_PAGES = 6;

export type Layout = (report: Report, fonts: Typesetter) => PdfContext;

/** The report without its contents block (and the page break that ends the contents page). */
export function withoutContents(report: Report): Report {
  const blocks: Block[] = [];
  report.blocks.forEach((b, i) => {
    if (b.type === 'toc') return;
    if (b.type === 'page-break' && report.blocks[i - 1]?.type === 'toc') return;
    blocks.push(b);
  });
  return { ...report, blocks };
}

/**
 * The report as it is to be rendered, with its contents block only when the document is long
 * enough, and its PDF layout when one was made for the deciding.
 */
export function decideContents(report: Report, fonts: Typesetter, layout: Layout): { report: Report; laidOut: PdfContext | null } {
  if (!report.blocks.some((b) => b.type === 'toc')) return { report, laidOut: null };
  if (estimatePages(report, fonts) > 2 * CONTENTS_AFTER_PAGES) return { report, laidOut: null };
  const without = withoutContents(report);
  const laid = layout(without, fonts);
  return laid.doc.getNumberOfPages() > CONTENTS_AFTER_PAGES ? { report, laidOut: null } : { report: without, laidOut: laid };
}

const SAMPLE = 'Decision register: the owner approves invoices 1,250.00 EUR, escalation in 2 days.';

/**
 * A quick estimate of the pages, from character counts at the average width of Noto Sans: it
 * ignores the room lost where lines break and pages end, so it errs short, which only ever
 * costs a layout.
 */
export function estimatePages(report: Report, fonts: Typesetter): number {
  const page = pageGeometry(report.page);
  const em = measureText(fonts, SAMPLE, { bold: false, italic: false }, 1) / SAMPLE.length;
  const lines = (chars: number, width: number, size: number): number => Math.max(1, Math.ceil((chars * em * size) / Math.max(1, width)));
  const length = (xs: readonly (string | { readonly text: string })[]): number => xs.reduce((n, x) => n + (typeof x === 'string' ? x.length : x.text.length), 0);
  const cellRow = (cells: readonly number[], widths: readonly number[]): number =>
    Math.max(...cells.map((c, i) => lines(c, widths[i]! - 2 * SPACE.cellPadX, TYPE.table.size))) * TYPE.table.leading + 2 * SPACE.cellPadY;
  const usable = page.height - page.marginTop - page.marginBottom;
  let pages = 1;
  let height = 0;
  for (const b of report.blocks) {
    switch (b.type) {
      case 'heading': height += TYPE.h2.before + TYPE.h2.leading + TYPE.h2.after; break;
      case 'paragraph': height += lines(length(b.content), page.textWidth, TYPE.body.size) * TYPE.body.leading + SPACE.block; break;
      case 'list': for (const item of b.items) height += lines(length(item), page.textWidth - SPACE.listIndent, TYPE.body.size) * TYPE.body.leading; break;
      case 'callout': height += lines(length(b.content) + b.title.length, page.textWidth - 30, TYPE.body.size) * TYPE.body.leading + 2 * SPACE.calloutPad; break;
      case 'table': {
        const sum = b.columns.reduce((n, c) => n + (c.width > 0 ? c.width : 1), 0);
        const widths = b.columns.map((c) => ((c.width > 0 ? c.width : 1) / sum) * page.textWidth);
        height += cellRow(b.columns.map((c) => c.header.length), widths);
        for (const r of b.rows) height += cellRow(b.columns.map((_, i) => length(r[i]?.content ?? [])), widths);
        break;
      }
      case 'facts': {
        const widths = [0.34 * page.textWidth, 0.66 * page.textWidth];
        for (const r of b.rows) height += cellRow([r.label.length, length(r.value)], widths);
        break;
      }
      case 'figure': height += b.figure.height * blockScale(b, page.textWidth, usable - 40) + 30; break;
      case 'page-break': pages += Math.ceil(height / usable); height = 0; break;
      case 'toc': break;
    }
  }
  return pages + height / usable;
}
