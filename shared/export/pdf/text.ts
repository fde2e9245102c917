/**
 * Drawing wrapped, styled lines into the PDF, one shaped line at a time (glyphs.ts), flowing
 * onto new pages as the cursor reaches the bottom margin.
 */
import type { Inline } from '../../report/types';
import type { Typesetter } from '../fonts/typesetter';
import { toneText } from '../palette';
import { singleLine } from '../text/paragraph';
import { toRuns, wrapRuns, type Line, type RunStyle } from '../text/wrapRuns';
import { contentBottom, newPage, type PdfContext } from './context';
import { drawGlyphLine } from './glyphs';

export interface TextStyle {
  readonly size: number;
  readonly leading: number;
  /** Colour of runs without a tone of their own (rrggbb). */
  readonly colour?: string;
  readonly align?: 'left' | 'center' | 'right';
}

/** Baseline offset inside a line box: the glyphs' ascent + descent centred in the leading. */
export function baselineOffset(fonts: Typesetter, size: number, leading: number): number {
  return (leading - (fonts.ascent + fonts.descent) * size) / 2 + fonts.ascent * size;
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
  const baseline = top + baselineOffset(ctx.fonts, style.size, style.leading);
  const shift = style.align === 'center' ? (width - line.width) / 2 : style.align === 'right' ? width - line.width : 0;
  drawGlyphLine(ctx, line, x + shift, baseline, (run) => (run.style.tone ? toneText(run.style.tone) : style.colour ?? toneText(undefined)));
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
  ctx: PdfContext, text: string | Line, x: number, baseline: number,
  opts: { size: number; bold?: boolean; colour: string; align?: 'left' | 'center' | 'right' },
): void {
  const line = typeof text === 'string' ? singleLine(ctx.fonts, text, { bold: opts.bold ?? false, italic: false }, opts.size) : text;
  const w = line.width;
  const sx = opts.align === 'center' ? x - w / 2 : opts.align === 'right' ? x - w : x;
  drawGlyphLine(ctx, line, sx, baseline, () => opts.colour);
}
