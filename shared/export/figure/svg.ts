/**
 * A figure (the report's shapes, in points) as one SVG document: the one drawing of a figure
 * that the app's map export saves, the DOCX embeds (with a PNG of it, png.ts, for readers
 * without SVG) and the PDF draws as the same vectors (pdf/figure.ts, with the same geometry
 * and the same placed lines of text). How text is broken into lines and placed is passed in
 * (`SvgText`): the documents use the shaped layout of their fonts (textLayout.ts), so every
 * run of a label sits where the PDF puts it, in the family the PDF sets it in; the app, which
 * has no shaped fonts, uses the browser's measure (svgMeasuredText).
 */
import type { Figure, Shape, Stroke, TextShape } from '../../report/types';
import { printable } from '../text/printable';
import { arrowFor, visibleDash } from './geometry';

/** One run of a placed line: its left edge, its text in reading order, and its font family when known. */
export interface SvgRun {
  readonly x: number;
  readonly text: string;
  readonly family?: string;
}
/** A line of a text shape as drawn: its baseline, in figure points, and its runs. */
export interface SvgLine {
  readonly baseline: number;
  readonly runs: readonly SvgRun[];
}
export interface SvgText {
  /** The lines of a text shape, placed in figure points. */
  lines(shape: TextShape): readonly SvgLine[];
  /** The font-family list on the root: what a run with no family of its own is drawn in. */
  readonly fontFamily: string;
  /** When given, a text shape is drawn by this markup (glyph outlines, svgOutlines.ts) instead of as text. */
  outline?(shape: TextShape): string;
  /** The definitions the markup drawn since the last call refers to, placed before the figure's shapes. */
  defs?(): string;
}

export interface SvgOptions {
  /** The document's <title>: what the picture is. */
  readonly title: string;
  /** Pixels (CSS px) per point of the width and height the SVG asks to be shown at. */
  readonly scale?: number;
  /** Longest side the SVG asks to be shown at; a browser refuses canvases much larger. */
  readonly maxSide?: number;
  /**
   * Square rectangles and lines that run only across or down drawn without anti-aliasing: for
   * the PNG (png.ts), where they come out sharper and rasterizing takes a quarter less time.
   * Not for an SVG a reader scales: there the hint would be the viewer's to misjudge.
   */
  readonly crisp?: boolean;
}

/** Longest side of the image an SVG asks to be shown at, in pixels. */
export const MAX_IMAGE_SIDE = 16_384;
/** Shortest dash or gap drawn, in figure points (as the PDF's): see visibleDash. */
const MIN_DASH = 0.5;

/** Escaped for XML, and printable: a control character would make the SVG no XML at all (U+FFFD shows it, as in the documents). */
export const escapeSvg = (s: string): string =>
  printable(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number): string => String(Math.round(v * 100) / 100);
const pts = (p: readonly (readonly [number, number])[]): string => p.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

function stroke(s: Stroke | undefined): string {
  if (!s) return ' stroke="none"';
  const dash = visibleDash(s.dash, 1, MIN_DASH);
  return ` stroke="${s.color}" stroke-width="${n(s.width)}"${dash ? ` stroke-dasharray="${dash.map(n).join(' ')}"` : ''}`;
}

function text(shape: TextShape, layout: SvgText): string {
  if (shape.text === '' || !(shape.size > 0)) return '';
  if (layout.outline) return layout.outline(shape);
  const spans: string[] = [];
  for (const line of layout.lines(shape)) {
    for (const run of line.runs) {
      if (run.text === '') continue;
      const family = run.family ? ` font-family="${escapeSvg(run.family)}, sans-serif"` : '';
      spans.push(`<tspan x="${n(run.x)}" y="${n(line.baseline)}"${family}>${escapeSvg(run.text)}</tspan>`);
    }
  }
  if (spans.length === 0) return '';
  return `<text xml:space="preserve" font-size="${n(shape.size)}"${shape.bold ? ' font-weight="bold"' : ''} fill="${shape.color}">${spans.join('')}</text>`;
}

const CRISP = ' shape-rendering="crispEdges"';
const axisAligned = (p: readonly (readonly [number, number])[]): boolean =>
  p.every(([x, y], i) => i === 0 || x === p[i - 1]![0] || y === p[i - 1]![1]);

export function shapeToSvg(shape: Shape, layout: SvgText, crisp = false): string {
  switch (shape.kind) {
    case 'rect':
      if (!(shape.w > 0 && shape.h > 0)) return '';
      return `<rect${crisp && !shape.radius ? CRISP : ''} x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.w)}" height="${n(shape.h)}"${shape.radius ? ` rx="${n(Math.min(shape.radius, shape.w / 2, shape.h / 2))}"` : ''} fill="${shape.fill ?? 'none'}"${stroke(shape.stroke)}/>`;
    case 'ellipse':
      return `<ellipse cx="${n(shape.cx)}" cy="${n(shape.cy)}" rx="${n(shape.rx)}" ry="${n(shape.ry)}" fill="${shape.fill ?? 'none'}"${stroke(shape.stroke)}/>`;
    case 'polygon':
      return `<polygon points="${pts(shape.points)}" fill="${shape.fill ?? 'none'}"${stroke(shape.stroke)}/>`;
    case 'polyline': {
      if (shape.points.length < 2) return '';
      const arrow = arrowFor(shape);
      const shaft = arrow ? arrow.shaft : shape.points;
      const line = `<polyline${crisp && axisAligned(shaft) ? CRISP : ''} points="${pts(shaft)}" fill="none"${stroke(shape.stroke)} stroke-linejoin="round"/>`;
      return arrow ? `${line}<polygon points="${pts(arrow.head)}" fill="${shape.stroke.color}"/>` : line;
    }
    case 'text':
      return text(shape, layout);
  }
}

/**
 * A standalone SVG document of `figure` on a white ground, its view box the figure in points,
 * shown at `scale` pixels per point (less for a figure so large that its longest side would
 * pass `maxSide` pixels).
 */
export function figureToSvg(figure: Figure, layout: SvgText, options: SvgOptions): string {
  const w = figure.width > 0 ? figure.width : 1, h = figure.height > 0 ? figure.height : 1;
  const k = Math.min(options.scale ?? 1, (options.maxSide ?? MAX_IMAGE_SIDE) / Math.max(w, h));
  const body: string[] = [];
  for (const s of figure.shapes) {
    const svg = shapeToSvg(s, layout, options.crisp);
    if (svg) body.push(svg);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(w * k)}" height="${n(h * k)}" viewBox="0 0 ${n(w)} ${n(h)}" font-family="${escapeSvg(layout.fontFamily)}">`,
    `<title>${escapeSvg(options.title)}</title>`,
    `<rect width="${n(w)}" height="${n(h)}" fill="#ffffff"/>`,
    layout.defs?.() ?? '',
    ...body,
    '</svg>',
  ].join('\n');
}
