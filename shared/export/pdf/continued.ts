/**
 * The line a table, fact list or callout repeats at the top of each page it continues on: its
 * title and "(continued)", so a reader who turns to page 40 knows whose rows these are.
 */
import { INK } from '../palette';
import type { Line } from '../text/paragraph';
import type { PdfContext } from './context';
import { drawLine, wrapInline } from './text';

const SIZE = 8.5;
const LEADING = 12;
const AFTER = 3;

export const continuedText = (title: string): string => `${title} (continued)`;

/** The title's lines, wrapped to `width`; none when the block has no title. */
export function continuedLines(ctx: PdfContext, title: string, width: number): Line[] {
  return title ? wrapInline(ctx, [continuedText(title)], width, SIZE, { bold: true }) : [];
}

export function continuedHeight(lines: readonly Line[]): number {
  return lines.length === 0 ? 0 : lines.length * LEADING + AFTER;
}

/** Draws the lines at the cursor (a fresh page's top) and moves the cursor below them. */
export function drawContinued(ctx: PdfContext, lines: readonly Line[], x: number, width: number): void {
  if (lines.length === 0) return;
  for (const line of lines) {
    drawLine(ctx, line, x, ctx.y, width, { size: SIZE, leading: LEADING, colour: INK.muted });
    ctx.y += LEADING;
  }
  ctx.y += AFTER;
}
