/**
 * Drawing wrapped, styled lines into the PDF, one positioned segment at a time, flowing
 * onto new pages as the cursor reaches the bottom margin.
 */
import type { jsPDF } from 'jspdf';
import type { Inline } from '../../report/types';
import type { FontSet } from '../fonts/fontSet';
import { rgb, toneText } from '../palette';
import { toRuns, wrapRuns, type Line, type RunStyle } from '../text/wrapRuns';
import { contentBottom, newPage, type PdfContext } from './context';
import { FONT, ITALIC_SKEW } from './style';

export interface TextStyle {
  readonly size: number;
  readonly leading: number;
  /** Colour of runs without a tone of their own (rrggbb). */
  readonly colour?: string;
  readonly align?: 'left' | 'center' | 'right';
}

export function setFace(doc: jsPDF, bold: boolean, size: number): void {
  doc.setFont(FONT, bold ? 'bold' : 'normal');
  doc.setFontSize(size);
}

/** Baseline offset inside a line box: the glyphs' ascent + descent centred in the leading. */
export function baselineOffset(fonts: FontSet, size: number, leading: number): number {
  const f = fonts.regular;
  return (leading - (f.ascent + f.descent) * size) / 2 + f.ascent * size;
}

export function wrapInline(
  ctx: PdfContext, content: readonly Inline[], width: number, size: number, base: Partial<RunStyle> = {},
): Line[] {
  return wrapRuns(toRuns(content, base), width, size, ctx.fonts);
}

/** Draws one line whose box starts at `top`; `x` is the left edge of the box `width` wide. */
export function drawLine(
  ctx: PdfContext, line: Line, x: number, top: number, width: number, style: TextStyle,
): void {
  const { doc } = ctx;
  const baseline = top + baselineOffset(ctx.fonts, style.size, style.leading);
  const shift = style.align === 'center' ? (width - line.width) / 2 : style.align === 'right' ? width - line.width : 0;
  for (const seg of line.segments) {
    setFace(doc, seg.bold, style.size);
    doc.setTextColor(...rgb(seg.tone ? toneText(seg.tone) : style.colour ?? toneText(undefined)));
    const sx = x + shift + seg.x;
    if (seg.italic) {
      // No oblique face is embedded: slant the upright one (x' = x + k·y in PDF space). jsPDF
      // skews the position along with the glyphs, so the translation takes that back out.
      const pdfY = ctx.page.height - baseline;
      doc.text(seg.text, sx, baseline, { angle: doc.Matrix(1, 0, ITALIC_SKEW, 1, -ITALIC_SKEW * pdfY, 0) });
    } else {
      doc.text(seg.text, sx, baseline);
    }
  }
}

/** Draws lines from the cursor down, continuing on a new page whenever a line does not fit. */
export function flowLines(ctx: PdfContext, lines: readonly Line[], x: number, width: number, style: TextStyle): void {
  for (const line of lines) {
    if (ctx.y + style.leading > contentBottom(ctx) + 0.01) newPage(ctx);
    drawLine(ctx, line, x, ctx.y, width, style);
    ctx.y += style.leading;
  }
}

/** Draws a plain one-style string at an exact position (header, footer, cover). */
export function drawPlain(
  ctx: PdfContext, text: string, x: number, baseline: number,
  opts: { size: number; bold?: boolean; colour: string; align?: 'left' | 'center' | 'right' },
): void {
  const { doc } = ctx;
  setFace(doc, opts.bold ?? false, opts.size);
  doc.setTextColor(...rgb(opts.colour));
  const font = opts.bold ? ctx.fonts.bold : ctx.fonts.regular;
  const w = font.width(text, opts.size);
  const sx = opts.align === 'center' ? x - w / 2 : opts.align === 'right' ? x - w : x;
  doc.text(text, sx, baseline);
}
