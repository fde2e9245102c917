/**
 * PDF text blocks: headings, paragraphs, lists and callouts.
 */
import type { CalloutBlock, HeadingBlock, ListBlock, ParagraphBlock } from '../../report/types';
import { INK, rgb, TONES } from '../palette';
import type { Line } from '../text/wrapRuns';
import { contentBottom, contentHeight, ensure, gap, left, newPage, room, type PdfContext } from './context';
import { continuedText } from './continued';
import { SPACE, TYPE } from './style';
import { baselineOffset, drawLine, drawPlain, flowLines, wrapInline, type TextStyle } from './text';

/** `keep` is the room the blocks after the heading need on the same page (see keep.ts). */
export function drawHeading(ctx: PdfContext, block: HeadingBlock, keep: number = SPACE.keepWithNext): void {
  const t = block.level === 1 ? TYPE.h1 : block.level === 2 ? TYPE.h2 : TYPE.h3;
  const width = ctx.page.textWidth;
  const lines = wrapInline(ctx, [block.text], width, t.size, { bold: true });
  gap(ctx, t.before);
  // A part title's hairline takes 4 points more, as headingHeight (keep.ts) counts it.
  const own = lines.length * t.leading + t.after + (block.level === 1 ? 4 : 0);
  // When heading and what follows cannot share any page, keep at least a few lines with it.
  ensure(ctx, own + (own + keep <= contentHeight(ctx) ? keep : SPACE.keepWithNext));
  ctx.headings.push({ level: block.level, text: block.text, page: ctx.pageNumber, y: ctx.y });
  ctx.section = block.text;
  flowLines(ctx, lines, left(ctx), width, { size: t.size, leading: t.leading, colour: block.level === 3 ? INK.text : INK.heading });
  if (block.level === 1) {
    // A hairline under part titles gives the page its structure without heavy ornament.
    ctx.doc.setDrawColor(...rgb(INK.accent));
    ctx.doc.setLineWidth(0.75);
    ctx.doc.line(left(ctx), ctx.y + 2, left(ctx) + width, ctx.y + 2);
    ctx.y += 4;
  }
  ctx.y += t.after;
}

/** `keep` is the room the block this paragraph introduces needs on the same page (keep.ts). */
export function drawParagraph(ctx: PdfContext, block: ParagraphBlock, keep = 0): void {
  const style = block.style ?? 'normal';
  const t = style === 'lead' ? TYPE.lead : style === 'small' ? TYPE.small : TYPE.body;
  const width = ctx.page.textWidth;
  const lines = wrapInline(ctx, block.content, width, t.size);
  const whole = lines.length * t.leading + SPACE.block + keep;
  // Go with the block it introduces; else avoid a lone first line at the foot of a page.
  ensure(ctx, keep > 0 && whole <= contentHeight(ctx) ? whole : Math.min(lines.length, 2) * t.leading);
  flowLines(ctx, lines, left(ctx), width, { size: t.size, leading: t.leading, colour: style === 'small' ? INK.muted : INK.text });
  gap(ctx, SPACE.block);
}

export function drawList(ctx: PdfContext, block: ListBlock): void {
  const t = TYPE.body;
  const indent = block.ordered && block.items.length >= 10 ? SPACE.listIndent + 5 : SPACE.listIndent;
  const width = ctx.page.textWidth - indent;
  const style: TextStyle = { size: t.size, leading: t.leading, colour: INK.text };
  block.items.forEach((item, i) => {
    const lines = wrapInline(ctx, item, width, t.size);
    if (ctx.y + t.leading > contentBottom(ctx) + 0.01) newPage(ctx);
    const baseline = ctx.y + baselineOffset(ctx.fonts, t.size, t.leading);
    const marker = block.ordered ? `${i + 1}.` : '•';
    drawPlain(ctx, marker, left(ctx) + indent - 5, baseline, {
      size: t.size, colour: block.ordered ? INK.text : INK.accent, align: 'right',
    });
    flowLines(ctx, lines, left(ctx) + indent, width, style);
    if (i < block.items.length - 1) ctx.y += SPACE.item;
  });
  gap(ctx, SPACE.block);
}

interface BoxLine { readonly line: Line; readonly style: TextStyle; readonly before: number }

const boxHeight = (items: readonly BoxLine[]): number => items.reduce((h, it) => h + it.before + it.style.leading, 0);

/**
 * A shaded box with a tone bar on the left. A callout taller than the room left is moved to
 * the next page; one taller than a whole page is split into boxes, one per page, each after
 * the first headed by the callout's title and "(continued)".
 */
export function drawCallout(ctx: PdfContext, block: CalloutBlock): void {
  const tone = TONES[block.tone];
  const pad = SPACE.calloutPad;
  const innerX = left(ctx) + SPACE.calloutBar + pad;
  const innerW = ctx.page.textWidth - SPACE.calloutBar - pad * 2;
  const t = TYPE.body;
  const titleStyle: TextStyle = { size: t.size, leading: t.leading, colour: tone.text };
  const title = (text: string): BoxLine[] =>
    wrapInline(ctx, [text], innerW, t.size, { bold: true }).map((line) => ({ line, style: titleStyle, before: 0 }));
  const items: BoxLine[] = [
    ...title(block.title),
    ...wrapInline(ctx, block.content, innerW, t.size).map((line, i) => ({
      line, style: { size: t.size, leading: t.leading, colour: INK.text }, before: i === 0 ? 2 : 0,
    })),
  ];
  ensure(ctx, Math.min(boxHeight(items) + pad * 2, ctx.page.height));
  let head: BoxLine[] = [];
  let i = 0;
  while (i < items.length) {
    if (room(ctx) < pad * 2 + boxHeight(head) + t.leading) newPage(ctx);
    // Take as many lines as fit on this page.
    let h = pad * 2 + boxHeight(head);
    let j = i;
    while (j < items.length && h + items[j]!.before + items[j]!.style.leading <= room(ctx)) {
      h += items[j]!.before + items[j]!.style.leading;
      j++;
    }
    if (j === i) { j = i + 1; h += items[i]!.style.leading; }
    const top = ctx.y;
    ctx.doc.setFillColor(...rgb(tone.fill));
    ctx.doc.rect(left(ctx), top, ctx.page.textWidth, h, 'F');
    ctx.doc.setFillColor(...rgb(tone.border));
    ctx.doc.rect(left(ctx), top, SPACE.calloutBar, h, 'F');
    let y = top + pad;
    for (const it of [...head, ...items.slice(i, j)]) {
      y += it.before;
      drawLine(ctx, it.line, innerX, y, innerW, it.style);
      y += it.style.leading;
    }
    ctx.y = top + h;
    i = j;
    if (i < items.length) {
      newPage(ctx);
      if (head.length === 0) head = title(continuedText(block.title)).map((it) => ({ ...it, before: 0 }));
    }
  }
  gap(ctx, SPACE.block);
}
