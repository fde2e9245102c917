/**
 * Renders a Report as PDF bytes with jsPDF: text shaped by HarfBuzz in the Noto fallback chain,
 * each face embedded cut to the document (fonts.ts, glyphs.ts), a cover, running header and
 * "Page N of M" footer, a contents page in documents longer than six pages (contents.ts),
 * bookmarks, tables that repeat their title and header where they continue, vector figures
 * (wide ones on landscape pages, orientation.ts).
 * Deterministic for the same report and `now`.
 */
import { jsPDF } from 'jspdf';
import type { Block, Report } from '../../report/types';
import type { Typesetter } from '../fonts/typesetter';
import { pageGeometry } from '../page';
import { hashHex, pdfDate } from '../stamp';
import { drawCallout, drawHeading, drawList, drawParagraph } from './blocks';
import { drawChrome } from './chrome';
import { atPageTop, newPage, type PdfContext } from './context';
import { drawCover } from './cover';
import { drawFigure } from './figure';
import { turnFor } from './orientation';
import { keepHeights } from './keep';
import { PdfFonts } from './fonts';
import { addOutline } from './outline';
import { decideContents } from './contents';
import { pdfBytes } from './output';
import { drawFacts, drawTable } from './table';
import { drawToc } from './toc';
import { printableReport } from '../text/printable';

export interface PdfOptions {
  /** The document's date and time, written as its creation date. */
  readonly now: Date;
  /** The document's fonts (Typesetter.forReport of this report). */
  readonly typesetter: Typesetter;
}

export function renderPdf(input: Report, opts: PdfOptions): Uint8Array {
  // Every text as something the format can carry and the font can draw (U+FFFD for the rest).
  const printable = printableReport(input);
  const fonts = opts.typesetter;
  const decided = decideContents(printable, fonts, layoutPdf);
  const ctx = decided.laidOut ?? layoutPdf(decided.report, fonts);
  const { doc, report } = ctx;
  doc.setProperties({
    title: report.title,
    subject: report.cover.subtitle,
    author: report.cover.organization ?? '',
    creator: 'Sprintbook',
    keywords: report.fingerprint?.keyword ?? '',
  });
  for (const finish of ctx.finishers) finish();
  drawChrome(ctx);
  addOutline(ctx);
  ctx.pdfFonts.finish();
  doc.setCreationDate(pdfDate(opts.now));
  doc.setFileId(hashHex(JSON.stringify(report) + opts.now.toISOString()));
  const bytes = pdfBytes(doc);
  ctx.pdfFonts.check();
  return bytes;
}

/**
 * Lays a printable report out on pages (cover, then every block), before what needs the
 * whole document: page numbers, running header and footer, bookmarks. contents.ts lays
 * documents out with it to count their pages, and so does the DOCX renderer.
 */
export function layoutPdf(report: Report, fonts: Typesetter): PdfContext {
  const page = pageGeometry(report.page);
  const doc = new jsPDF({
    unit: 'pt',
    format: [page.width, page.height],
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  const ctx: PdfContext = {
    doc, fonts, pdfFonts: new PdfFonts(doc), page, landscapePages: new Set(), report, y: page.marginTop, pageNumber: 1, headings: [], finishers: [],
    section: '', cellCache: new Map(),
  };
  drawCover(ctx, report.cover);
  const keep = keepHeights(ctx, report.blocks);
  report.blocks.forEach((block, i) => {
    turnFor(ctx, block, page);
    drawBlock(ctx, block, keep[i]!);
  });
  ctx.cellCache.clear();
  return ctx;
}

function drawBlock(ctx: PdfContext, block: Block, keep: number): void {
  switch (block.type) {
    case 'heading': return drawHeading(ctx, block, keep);
    case 'paragraph': return drawParagraph(ctx, block, keep);
    case 'list': return drawList(ctx, block);
    case 'callout': return drawCallout(ctx, block);
    case 'table': return drawTable(ctx, block);
    case 'facts': return drawFacts(ctx, block);
    case 'figure': return drawFigure(ctx, block);
    case 'toc': return drawToc(ctx, block);
    case 'page-break':
      if (!atPageTop(ctx)) newPage(ctx);
      return;
  }
}
