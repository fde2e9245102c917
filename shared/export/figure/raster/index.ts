/**
 * Rasterizes a figure to a PNG for the DOCX (Word has no vector format docx can write that
 * LibreOffice and Google Docs all show alike). Shapes are painted in order, like the PDF.
 */
import type { Figure, Shape } from '../../../report/types';
import type { Typesetter } from '../../fonts/typesetter';
import { rgb } from '../../palette';
import { arrowFor, ellipsePoints, visibleDash } from '../geometry';
import { layoutTextShape } from '../textLayout';
import { addText } from './glyphs';
import { encodePng } from './png';
import { fillPoints, rectOutline, strokeEllipse, strokePolyline, strokeRect, TOLERANCE } from './paths';
import { Rasterizer } from './rasterizer';

export interface RasterFigure {
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** A bound on the image so a huge map cannot exhaust memory; it is still crisp at print size. */
const MAX_PIXELS = 16_000_000;
/** And on each side: a map two million points tall and one page wide must not become one column of a billion pixels. */
const MAX_SIDE = 16_384;

export interface RasterOptions {
  /** How far the document scales the figure down, so the PNG's resolution (pHYs) gives its displayed size. */
  readonly displayScale?: number;
  /** A rasterizer to draw on, reused from figure to figure; a new one if not given. */
  readonly canvas?: Rasterizer;
}

/** Renders `figure` with `pxPerPoint` pixels per figure point, fewer when the image would be too large. */
export function rasterizeFigure(figure: Figure, fonts: Typesetter, pxPerPoint: number, options: RasterOptions = {}): RasterFigure {
  const width = positive(figure.width), height = positive(figure.height);
  const k = Math.min(
    positive(pxPerPoint),
    Math.sqrt(MAX_PIXELS / (Math.max(1, width) * Math.max(1, height))),
    MAX_SIDE / width, MAX_SIDE / height,
  );
  const widthPx = Math.min(MAX_SIDE, Math.max(1, Math.ceil(width * k)));
  const heightPx = Math.min(MAX_SIDE, Math.max(1, Math.ceil(height * k)));
  const r = options.canvas ?? new Rasterizer(widthPx, heightPx);
  if (options.canvas) r.reset(widthPx, heightPx);
  for (const shape of figure.shapes) paint(r, shape, k, fonts);
  const dpi = Math.round((72 * k) / positive(options.displayScale ?? 1));
  return { png: encodePng(widthPx, heightPx, r.pixels, Math.min(Math.max(dpi, 1), 100_000)), widthPx, heightPx };
}

/** A size or scale as a usable positive number: 1 for zero, negative, NaN or infinite. */
const positive = (n: number): number => (n > 0 && Number.isFinite(n) ? n : 1);

function paint(r: Rasterizer, shape: Shape, k: number, fonts: Typesetter): void {
  switch (shape.kind) {
    case 'rect': {
      const [x, y, w, h, rad] = [shape.x * k, shape.y * k, shape.w * k, shape.h * k, (shape.radius ?? 0) * k];
      if (shape.fill) { fillPoints(r, rectOutline(x, y, w, h, rad)); r.fill(...rgb(shape.fill)); }
      if (shape.stroke) {
        strokeRect(r, x, y, w, h, rad, shape.stroke.width * k, scaled(shape.stroke.dash, k));
        r.fill(...rgb(shape.stroke.color));
      }
      return;
    }
    case 'ellipse': {
      const [cx, cy, rx, ry] = [shape.cx * k, shape.cy * k, shape.rx * k, shape.ry * k];
      if (shape.fill) { fillPoints(r, ellipsePoints(cx, cy, rx, ry, TOLERANCE)); r.fill(...rgb(shape.fill)); }
      if (shape.stroke) {
        strokeEllipse(r, cx, cy, rx, ry, shape.stroke.width * k, scaled(shape.stroke.dash, k));
        r.fill(...rgb(shape.stroke.color));
      }
      return;
    }
    case 'polygon': {
      const pts = shape.points.map(([x, y]) => [x * k, y * k] as const);
      if (shape.fill) { fillPoints(r, pts); r.fill(...rgb(shape.fill)); }
      if (shape.stroke) {
        strokePolyline(r, pts, shape.stroke.width * k, true, scaled(shape.stroke.dash, k));
        r.fill(...rgb(shape.stroke.color));
      }
      return;
    }
    case 'polyline': {
      const arrow = arrowFor(shape);
      const shaft = (arrow ? arrow.shaft : shape.points).map(([x, y]) => [x * k, y * k] as const);
      strokePolyline(r, shaft, Math.max(shape.stroke.width * k, 0.5), false, scaled(shape.stroke.dash, k));
      if (arrow) fillPoints(r, arrow.head.map(([x, y]) => [x * k, y * k] as const));
      r.fill(...rgb(shape.stroke.color));
      return;
    }
    case 'text': {
      for (const placed of layoutTextShape(shape, fonts)) addText(r, placed.line, k, placed.x * k, placed.baseline * k);
      r.fill(...rgb(shape.color));
      return;
    }
  }
}

/** Dashes in pixels, none shorter than a pixel (see visibleDash). */
const scaled = (dash: readonly number[] | undefined, k: number): number[] | undefined => visibleDash(dash, k, 1);
