/**
 * Where a figure's texts and nodes really are: each line of each text shape as the documents
 * set it (the shaped layout of figure/textLayout.ts, with the document's fonts), and the boxes
 * of the nodes (shapes drawn in a node kind's colours). The legibility tests measure these.
 */
import { layoutTextShape } from '../../../../shared/export/figure/textLayout';
import { FIGURE_LINE_HEIGHT } from '../../../../shared/export/figure/textLayout';
import type { Typesetter } from '../../../../shared/export/fonts/typesetter';
import { NODE_STYLE } from '../../../../shared/report/figures/palette';
import type { Figure, TextShape } from '../../../../shared/report/types';

export interface Box { readonly x: number; readonly y: number; readonly w: number; readonly h: number }
export interface TextLineBox extends Box { readonly text: string; readonly shape: number; readonly size: number }

/** Every line of every text shape: its line box (the line height, centred on the glyphs as CSS does) and its shaped width. */
export function textLineBoxes(figure: Figure, fonts: Typesetter): TextLineBox[] {
  const out: TextLineBox[] = [];
  figure.shapes.forEach((s, i) => {
    if (s.kind !== 'text' || s.text === '') return;
    const lh = s.size * FIGURE_LINE_HEIGHT;
    const glyphs = (fonts.ascent + fonts.descent) * s.size;
    for (const line of layoutTextShape(s, fonts)) {
      if (line.text.trim() === '') continue;
      const top = line.baseline - fonts.ascent * s.size - (lh - glyphs) / 2;
      out.push({ x: line.x, y: top, w: line.width, h: lh, text: line.text, shape: i, size: s.size });
    }
  });
  return out;
}

const NODE_FILLS = new Set(Object.values(NODE_STYLE).map((s) => `${s.fill}|${s.stroke.color}`));
const NODE_STROKES = new Set(Object.values(NODE_STYLE).map((s) => s.stroke.color));

/** Boxes of the nodes: rectangles and polygons filled and outlined in a node kind's colours (the overview's dark AI dots too). */
export function nodeBoxes(figure: Figure): Box[] {
  const out: Box[] = [];
  for (const s of figure.shapes) {
    if ((s.kind !== 'rect' && s.kind !== 'polygon') || !s.fill || !s.stroke) continue;
    if (!NODE_FILLS.has(`${s.fill}|${s.stroke.color}`) && !(NODE_STROKES.has(s.stroke.color) && s.fill === s.stroke.color)) continue;
    if (s.kind === 'rect') out.push({ x: s.x, y: s.y, w: s.w, h: s.h });
    else {
      const xs = s.points.map((p) => p[0]), ys = s.points.map((p) => p[1]);
      out.push({ x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) });
    }
  }
  return out;
}

const EPS = 0.05;
const meets = (a: Box, b: Box): boolean => a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;
const inside = (a: Box, b: Box): boolean => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;

/**
 * What overlaps, in words: two lines of different texts, a line partly over a node (a node's
 * own label lies wholly inside it), a line outside the figure. Empty when the figure is legible.
 */
export function overlaps(figure: Figure, fonts: Typesetter): string[] {
  const lines = textLineBoxes(figure, fonts);
  const nodes = nodeBoxes(figure);
  const found: string[] = [];
  const bounds = { x: 0, y: 0, w: figure.width, h: figure.height };
  // Sorted by x, so each line is compared only with those that start before it ends.
  const sorted = [...lines].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    if (!inside(a, bounds)) found.push(`"${a.text}" runs out of the figure`);
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.w; j++) {
      const b = sorted[j]!;
      if (a.shape !== b.shape && meets(a, b)) found.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  for (const line of lines) {
    for (const n of nodes) if (meets(line, n) && !inside(line, n)) found.push(`"${line.text}" overlaps a node at ${Math.round(n.x)},${Math.round(n.y)}`);
  }
  return found;
}

/** Text shapes set smaller than `min` points once the figure is scaled by `scale`. */
export function smallTexts(figure: Figure, scale: number, min = 7): string[] {
  return figure.shapes.filter((s): s is TextShape => s.kind === 'text' && s.text !== '' && s.size * scale < min - 1e-9)
    .map((s) => `"${s.text}" at ${(s.size * scale).toFixed(2)} pt`);
}
