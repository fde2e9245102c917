/**
 * Running header and footer of every PDF page, drawn after layout when the page count is
 * known: the workbook title and date on top (not on the cover), the document title and
 * "Page N of M" at the foot, across the width of each page (a landscape page's is wider).
 */
import { INK, rgb } from '../palette';
import { measureText } from '../text/paragraph';
import { fitLine } from '../text/lines';
import type { PdfContext } from './context';
import { pageGeometryOf } from './orientation';
import { TYPE } from './style';
import { drawPlain } from './text';

export function pageLabel(ctx: PdfContext, n: number, m: number): string {
  return `${ctx.report.pageLabel.before}${n}${ctx.report.pageLabel.middle}${m}`;
}

export function drawChrome(ctx: PdfContext): void {
  const { doc, report, fonts } = ctx;
  const total = doc.getNumberOfPages();
  const size = TYPE.chrome.size;
  const plain = { bold: false, italic: false };
  const fit = (text: string, width: number) => fitLine(fonts, text, size, width);
  const drawn = ctx.page;
  for (let n = 1; n <= total; n++) {
    doc.setPage(n);
    // Text is placed from the top of the page it is drawn on: a turned page is lower.
    const page = (ctx.page = pageGeometryOf(ctx, n));
    const x = page.marginLeft;
    const right = page.width - page.marginRight;
    if (n > 1) {
      const baseline = page.headerDistance + size;
      const date = report.cover.date;
      const dateW = measureText(fonts, date, plain, size);
      drawPlain(ctx, fit(report.runningHeader, page.textWidth - dateW - 24), x, baseline, { size, colour: INK.muted });
      drawPlain(ctx, date, right, baseline, { size, colour: INK.muted, align: 'right' });
      doc.setDrawColor(...rgb(INK.rule));
      doc.setLineWidth(0.5);
      doc.line(x, baseline + 6, right, baseline + 6);
    }
    const footBaseline = page.height - page.footerDistance;
    const label = pageLabel(ctx, n, total);
    const labelW = measureText(fonts, label, plain, size);
    drawPlain(ctx, fit(report.title, page.textWidth - labelW - 24), x, footBaseline, { size, colour: INK.muted });
    drawPlain(ctx, label, right, footBaseline, { size, colour: INK.muted, align: 'right' });
  }
  ctx.page = drawn;
}
