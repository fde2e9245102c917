/**
 * The PDF cover: organization, title, subtitle and date, the readiness verdict as a badge
 * in its tone, and the cover facts. The blocks begin on the next page.
 */
import type { Cover } from '../../report/types';
import { INK, rgb, TONES } from '../palette';
import { drawFacts } from './table';
import { left, newPage, type PdfContext } from './context';
import { flowLines, wrapInline } from './text';

const BAND = 10;

export function drawCover(ctx: PdfContext, cover: Cover): void {
  const { doc, page } = ctx;
  const width = page.textWidth;
  const x = left(ctx);
  // A band of the accent colour across the top edge marks the cover.
  doc.setFillColor(...rgb(INK.accent));
  doc.rect(0, 0, page.width, BAND, 'F');

  ctx.y = page.height * 0.2;
  if (cover.organization) {
    flowLines(ctx, wrapInline(ctx, [cover.organization], width, 11, { bold: true }), x, width, { size: 11, leading: 15, colour: INK.accent });
    ctx.y += 10;
  }
  flowLines(ctx, wrapInline(ctx, [cover.title], width, 26, { bold: true }), x, width, { size: 26, leading: 32, colour: INK.heading });
  ctx.y += 8;
  if (cover.subtitle) {
    flowLines(ctx, wrapInline(ctx, [cover.subtitle], width, 13), x, width, { size: 13, leading: 18, colour: INK.muted });
    ctx.y += 6;
  }
  flowLines(ctx, wrapInline(ctx, [cover.date], width, 10), x, width, { size: 10, leading: 14, colour: INK.muted });
  ctx.y += 22;
  drawVerdict(ctx, cover.verdict.text, cover.verdict.tone);
  ctx.y += 26;
  if (cover.facts.length > 0) {
    drawFacts(ctx, { type: 'facts', rows: cover.facts.map((f) => ({ label: f.label, value: [f.value] })) });
  }
  newPage(ctx);
}

/** The verdict as a badge that hugs its text (up to the full width, then wraps). */
function drawVerdict(ctx: PdfContext, text: string, tone: keyof typeof TONES): void {
  const { doc } = ctx;
  const colours = TONES[tone];
  const size = 12.5;
  const leading = 17;
  const padX = 14;
  const padY = 9;
  const bar = 4;
  const maxInner = ctx.page.textWidth - padX * 2 - bar;
  const lines = wrapInline(ctx, [text], maxInner, size, { bold: true });
  const inner = Math.max(...lines.map((l) => l.width));
  const w = inner + padX * 2 + bar;
  const h = lines.length * leading + padY * 2;
  const x = left(ctx);
  const top = ctx.y;
  doc.setFillColor(...rgb(colours.fill));
  doc.roundedRect(x, top, w, h, 3, 3, 'F');
  doc.setFillColor(...rgb(colours.border));
  doc.rect(x, top, bar, h, 'F');
  ctx.y = top + padY;
  flowLines(ctx, lines, x + bar + padX, inner, { size, leading, colour: colours.text });
  ctx.y = top + h;
}
