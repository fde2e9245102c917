/**
 * The state of one PDF render: the jsPDF document, the fonts, page geometry, and a cursor that
 * moves down the page. Block renderers ask for room and get a new page when there is none.
 */
import type { jsPDF } from 'jspdf';
import type { Report } from '../../report/types';
import type { Typesetter } from '../fonts/typesetter';
import type { PageGeometry } from '../page';
import type { Line } from '../text/wrapRuns';
import type { PdfFonts } from './fonts';

export interface HeadingMark {
  readonly level: 1 | 2 | 3;
  readonly text: string;
  readonly page: number;
  /** Top of the heading on its page, for the outline's destination. */
  readonly y: number;
}

export interface PdfContext {
  readonly doc: jsPDF;
  /** The document's fonts, cut to its text: shaping and measuring. */
  readonly fonts: Typesetter;
  /** The same faces as PDF font resources. */
  readonly pdfFonts: PdfFonts;
  /** The geometry of the page being drawn: the document's, or turned for a landscape figure (orientation.ts). */
  page: PageGeometry;
  /** Pages drawn turned, by number: the running header and footer span their width. */
  readonly landscapePages: Set<number>;
  readonly report: Report;
  /** The cursor: top of the next thing to draw, in points from the top edge. */
  y: number;
  /** 1-based number of the page being drawn. */
  pageNumber: number;
  /** Headings in order, with their pages, for the contents page and the outline. */
  readonly headings: HeadingMark[];
  /** Runs after layout, when page numbers are known (the contents page fills them in). */
  readonly finishers: (() => void)[];
  /**
   * The latest heading's text: the title a table or fact list repeats, with "(continued)", on
   * each page it continues on (a callout repeats its own title).
   */
  section: string;
  /** Lines of short table cells by width, style and text (table.ts): the same words recur. */
  readonly cellCache: Map<string, Line[]>;
}

export const contentTop = (ctx: PdfContext): number => ctx.page.marginTop;
export const contentBottom = (ctx: PdfContext): number => ctx.page.height - ctx.page.marginBottom;
export const left = (ctx: PdfContext): number => ctx.page.marginLeft;
export const contentHeight = (ctx: PdfContext): number => contentBottom(ctx) - contentTop(ctx);

export function atPageTop(ctx: PdfContext): boolean {
  return ctx.y <= contentTop(ctx) + 0.01;
}

export function newPage(ctx: PdfContext): void {
  const landscape = ctx.page.width > ctx.page.height;
  ctx.doc.addPage([ctx.page.width, ctx.page.height], landscape ? 'landscape' : 'portrait');
  ctx.pageNumber += 1;
  if (landscape) ctx.landscapePages.add(ctx.pageNumber);
  ctx.y = contentTop(ctx);
}

/** Room left on this page, in points. */
export function room(ctx: PdfContext): number {
  return contentBottom(ctx) - ctx.y;
}

/** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
export function ensure(ctx: PdfContext, height: number): void {
  if (height > room(ctx) && !atPageTop(ctx)) newPage(ctx);
}

/** Appends operators to the current page's content stream (faster than jsPDF's drawing calls). */
export function writeOps(ctx: PdfContext, ops: string): void {
  (ctx.doc.internal as unknown as { write(s: string): void }).write(ops);
}

/** Vertical space between blocks; swallowed at the top of a page so pages start flush. */
export function gap(ctx: PdfContext, points: number): void {
  if (atPageTop(ctx)) return;
  ctx.y = Math.min(ctx.y + points, contentBottom(ctx));
}
