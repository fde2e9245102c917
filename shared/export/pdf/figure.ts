/**
 * PDF figures as vectors: every shape drawn with jsPDF's path operators, scaled down to the
 * text width (and to the page height) when larger, text placed by the shared layout. The
 * same shapes, geometry (figure/geometry.ts) and placed lines (figure/textLayout.ts) as the
 * SVG the DOCX embeds and the app's map export saves (figure/svg.ts), so all show one picture.
 * A figure's title is set above it as a level-3 heading of the outline.
 */
import type { jsPDF } from 'jspdf';
import type { FigureBlock, Shape, Stroke } from '../../report/types';
import { INK, rgb } from '../palette';
import { arrowFor, blockScale, visibleDash, type Point } from '../figure/geometry';
import { layoutTextShape } from '../figure/textLayout';
import { contentHeight, ensure, gap, left, type PdfContext } from './context';
import { SPACE, TYPE } from './style';
import { drawGlyphLine } from './glyphs';
import { flowLines, wrapInline } from './text';

/** Space between the figure and its caption. */
const CAPTION_GAP = 6;
/** Thinnest line we draw: thinner lines vanish on paper once a wide map is scaled down. */
const MIN_LINE = 0.3;
/** Shortest dash or gap: a viewer would draw a huge map's connectors as millions of dashes. */
const MIN_DASH = 0.5;
/**
 * Smallest font size: a label shrunk with a huge map is unreadable anyway, but it stays in
 * the text (search, copy), and a size that rounds to 0 would not.
 */
const MIN_TEXT = 0.01;

export function drawFigure(ctx: PdfContext, block: FigureBlock): void {
  const width = ctx.page.textWidth;
  const caption = wrapInline(ctx, [block.caption], width, TYPE.caption.size, { italic: false });
  const captionH = caption.length * TYPE.caption.leading + CAPTION_GAP;
  const title = block.title ? wrapInline(ctx, [block.title], width, TYPE.h3.size, { bold: true }) : [];
  const titleH = title.length ? title.length * TYPE.h3.leading + TYPE.h3.after : 0;
  const fig = block.figure;
  const s = blockScale(block, width, contentHeight(ctx) - captionH - titleH);
  const w = fig.width * s;
  const h = fig.height * s;
  // Title, figure and caption stay together: a figure's title is a heading of the outline.
  if (title.length) gap(ctx, TYPE.h3.before);
  ensure(ctx, titleH + h + captionH);
  if (block.title) {
    ctx.headings.push({ level: 3, text: block.title, page: ctx.pageNumber, y: ctx.y });
    flowLines(ctx, title, left(ctx), width, { size: TYPE.h3.size, leading: TYPE.h3.leading, colour: INK.text });
    ctx.y += TYPE.h3.after;
  }
  const x0 = left(ctx) + (width - w) / 2;
  const y0 = ctx.y;
  const { doc } = ctx;
  doc.setLineJoin('round');
  for (const shape of fig.shapes) drawShape(ctx, shape, x0, y0, s);
  doc.setLineDashPattern([], 0);
  doc.setLineJoin('miter');
  ctx.y = y0 + h + CAPTION_GAP;
  flowLines(ctx, caption, left(ctx), width, {
    size: TYPE.caption.size, leading: TYPE.caption.leading, colour: INK.muted, align: 'center',
  });
  gap(ctx, SPACE.block + 2);
}

function applyStroke(doc: jsPDF, stroke: Stroke, s: number): void {
  doc.setDrawColor(...rgb(stroke.color));
  doc.setLineWidth(Math.max(MIN_LINE, stroke.width * s));
  doc.setLineDashPattern(visibleDash(stroke.dash, s, MIN_DASH) ?? [], 0);
}

function style(fill: string | undefined, stroke: Stroke | undefined): 'F' | 'S' | 'FD' | null {
  if (fill && stroke) return 'FD';
  if (fill) return 'F';
  if (stroke) return 'S';
  return null;
}

/** jsPDF's `lines` takes the first point and then relative steps. */
function steps(points: readonly Point[], x0: number, y0: number, s: number): { start: [number, number]; deltas: number[][] } {
  const abs = points.map(([x, y]) => [x0 + x * s, y0 + y * s] as const);
  const deltas: number[][] = [];
  for (let i = 1; i < abs.length; i++) deltas.push([abs[i]![0] - abs[i - 1]![0], abs[i]![1] - abs[i - 1]![1]]);
  return { start: [abs[0]![0], abs[0]![1]], deltas };
}

function drawShape(ctx: PdfContext, shape: Shape, x0: number, y0: number, s: number): void {
  const { doc } = ctx;
  // jsPDF throws on NaN and prints huge numbers with an exponent: the report never makes such
  // a shape (its figures are bounded), and should one slip through it is left out, not the PDF.
  if (!drawable(shape, s)) return;
  switch (shape.kind) {
    case 'rect': {
      const st = style(shape.fill, shape.stroke);
      if (!st || shape.w <= 0 || shape.h <= 0) return;
      if (shape.fill) doc.setFillColor(...rgb(shape.fill));
      if (shape.stroke) applyStroke(doc, shape.stroke, s);
      const [x, y, w, h] = [x0 + shape.x * s, y0 + shape.y * s, shape.w * s, shape.h * s];
      const r = Math.min((shape.radius ?? 0) * s, w / 2, h / 2);
      if (r > 0) doc.roundedRect(x, y, w, h, r, r, st); else doc.rect(x, y, w, h, st);
      return;
    }
    case 'ellipse': {
      const st = style(shape.fill, shape.stroke);
      if (!st || shape.rx <= 0 || shape.ry <= 0) return;
      if (shape.fill) doc.setFillColor(...rgb(shape.fill));
      if (shape.stroke) applyStroke(doc, shape.stroke, s);
      doc.ellipse(x0 + shape.cx * s, y0 + shape.cy * s, shape.rx * s, shape.ry * s, st);
      return;
    }
    case 'polygon': {
      const st = style(shape.fill, shape.stroke);
      if (!st || shape.points.length < 3) return;
      if (shape.fill) doc.setFillColor(...rgb(shape.fill));
      if (shape.stroke) applyStroke(doc, shape.stroke, s);
      const { start, deltas } = steps(shape.points, x0, y0, s);
      doc.lines(deltas, start[0], start[1], [1, 1], st, true);
      return;
    }
    case 'polyline': {
      if (shape.points.length < 2) return;
      const arrow = arrowFor(shape);
      applyStroke(doc, shape.stroke, s);
      const { start, deltas } = steps(arrow ? arrow.shaft : shape.points, x0, y0, s);
      doc.lines(deltas, start[0], start[1], [1, 1], 'S', false);
      if (arrow) {
        doc.setFillColor(...rgb(shape.stroke.color));
        const [a, b, c] = arrow.head;
        doc.triangle(x0 + a[0] * s, y0 + a[1] * s, x0 + b[0] * s, y0 + b[1] * s, x0 + c[0] * s, y0 + c[1] * s, 'F');
      }
      return;
    }
    case 'text': {
      if (shape.text === '' || !(shape.size > 0)) return;
      const glyphScale = Math.max(s, MIN_TEXT / shape.size);
      for (const placed of layoutTextShape(shape, ctx.fonts)) {
        drawGlyphLine(ctx, placed.line, x0 + placed.x * s, y0 + placed.baseline * s, () => shape.color, glyphScale);
      }
      return;
    }
  }
}

/** Beyond this (in points on the page) jsPDF would print a coordinate as "1e+21", which is no PDF number. */
const FAR = 1e7;

/** Whether every number of the shape is finite and, scaled, lands within reach of the page. */
function drawable(shape: Shape, s: number): boolean {
  const numbers: number[] = [];
  switch (shape.kind) {
    case 'rect': numbers.push(shape.x, shape.y, shape.w, shape.h, shape.radius ?? 0); break;
    case 'ellipse': numbers.push(shape.cx, shape.cy, shape.rx, shape.ry); break;
    case 'polygon':
    case 'polyline': for (const [x, y] of shape.points) numbers.push(x, y); break;
    case 'text': numbers.push(shape.x, shape.y, shape.size); break;
  }
  if (shape.kind !== 'text' && shape.stroke) numbers.push(shape.stroke.width);
  return numbers.every((v) => Number.isFinite(v) && Math.abs(v * s) <= FAR);
}
