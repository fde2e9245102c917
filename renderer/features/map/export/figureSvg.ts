/**
 * The report's figure (shapes in points) as an SVG document: the map exported from the Map
 * stage is drawn from the same shapes as the map in the documents. Text is wrapped with the
 * exporters' line breaking (shared/export/text/wrap) and a measure the caller passes in (the
 * browser's canvas in the app, a fixed advance in tests).
 */
import { arrowFor } from '../../../../shared/export/figure/geometry';
import { printable } from '../../../../shared/export/text/printable';
import { wrapAndClamp } from '../../../../shared/export/text/wrap';
import type { Figure, Shape, Stroke, TextShape } from '../../../../shared/report/types';

/** Width of `text` at `size` points, bold or not. */
export type TextMeasure = (text: string, size: number, bold: boolean) => number;

export const FIGURE_FONT = '"DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif';
const LINE_HEIGHT = 1.2;

/** An approximate measure (0.55 em per character) for places without fonts. */
export const roughMeasure: TextMeasure = (text, size, bold) => Array.from(text).length * size * (bold ? 0.6 : 0.55);

/** Escaped for XML, and printable: a control character in a label would make the SVG no XML at all (U+FFFD shows it, as in the documents). */
const esc = (s: string) => printable(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 100) / 100);
const pts = (p: readonly (readonly [number, number])[]) => p.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

function stroke(s: Stroke | undefined): string {
  if (!s) return ' stroke="none"';
  return ` stroke="${s.color}" stroke-width="${n(s.width)}"${s.dash?.length ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : ''}`;
}

function text(shape: TextShape, measure: TextMeasure): string {
  const size = shape.size > 0 ? shape.size : 1;
  const m = (s: string) => measure(s, size, shape.bold === true);
  const lines = shape.maxWidth !== undefined && shape.maxWidth > 0
    ? wrapAndClamp(shape.text, shape.maxWidth, shape.maxLines, m)
    : shape.text.split(/\r\n|\r|\n/);
  const lh = size * LINE_HEIGHT;
  const top = shape.boxHeight ? shape.y + (shape.boxHeight - lines.length * lh) / 2 : shape.y;
  const anchor = shape.align === 'center' ? 'middle' : shape.align === 'right' ? 'end' : 'start';
  const spans = lines.map((line, i) => `<tspan x="${n(shape.x)}" y="${n(top + i * lh + lh * 0.78)}">${esc(line)}</tspan>`).join('');
  return `<text font-size="${n(size)}"${shape.bold ? ' font-weight="bold"' : ''} fill="${shape.color}" text-anchor="${anchor}">${spans}</text>`;
}

export function shapeToSvg(shape: Shape, measure: TextMeasure): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.w)}" height="${n(shape.h)}"${shape.radius ? ` rx="${n(shape.radius)}"` : ''} fill="${shape.fill ?? 'none'}"${stroke(shape.stroke)}/>`;
    case 'ellipse':
      return `<ellipse cx="${n(shape.cx)}" cy="${n(shape.cy)}" rx="${n(shape.rx)}" ry="${n(shape.ry)}" fill="${shape.fill ?? 'none'}"${stroke(shape.stroke)}/>`;
    case 'polygon':
      return `<polygon points="${pts(shape.points)}" fill="${shape.fill ?? 'none'}"${stroke(shape.stroke)}/>`;
    case 'polyline': {
      const arrow = arrowFor(shape);
      const line = `<polyline points="${pts(arrow ? arrow.shaft : shape.points)}" fill="none"${stroke(shape.stroke)} stroke-linejoin="round"/>`;
      return arrow ? `${line}<polygon points="${pts(arrow.head)}" fill="${shape.stroke.color}"/>` : line;
    }
    case 'text':
      return text(shape, measure);
  }
}

/** Longest side of the image an SVG asks to be shown at; browsers refuse canvases much larger. */
export const MAX_IMAGE_SIDE = 16_384;

/**
 * A standalone SVG document of `figure`, `scale` pixels per point (less for a map so large
 * that its longest side would pass MAX_IMAGE_SIDE pixels), on a white page.
 */
export function figureToSvg(figure: Figure, measure: TextMeasure = roughMeasure, scale = 1.5, title = 'Workflow map'): string {
  const w = figure.width, h = figure.height;
  const k = Math.min(scale, MAX_IMAGE_SIDE / Math.max(w, h, 1));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(w * k)}" height="${n(h * k)}" viewBox="0 0 ${n(w)} ${n(h)}" font-family='${FIGURE_FONT}'>`,
    `<title>${esc(title)}</title>`,
    `<rect width="${n(w)}" height="${n(h)}" fill="#ffffff"/>`,
    ...figure.shapes.map((s) => shapeToSvg(s, measure)),
    `</svg>`,
  ].join('\n');
}
