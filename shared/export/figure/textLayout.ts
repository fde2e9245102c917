/**
 * Where the lines of a figure's text shape go: wrapping to `maxWidth`, cutting to
 * `maxLines` with an ellipsis, aligning. Both the PDF (vector) and the DOCX (raster) draw
 * exactly these shaped lines, so a node label breaks identically in both documents.
 */
import type { TextShape } from '../../report/types';
import type { Typesetter } from '../fonts/typesetter';
import type { Line } from '../text/paragraph';
import { wrapAndClamp, wrapText } from '../text/lines';

export interface PlacedLine {
  readonly text: string;
  /** The shaped line, at the shape's size. */
  readonly line: Line;
  /** Left edge of the line, in figure points. */
  readonly x: number;
  /** Baseline, in figure points (y down). */
  readonly baseline: number;
  readonly width: number;
}

/** Line height as a multiple of the font size; tight enough for node labels. */
export const FIGURE_LINE_HEIGHT = 1.2;

/**
 * `x` is the anchor: the left edge, the centre or the right edge of each line for
 * `align` left, center and right; `y` is the top of the first line, or with `boxHeight` the
 * top of a box the lines are centred in vertically.
 */
export function layoutTextShape(shape: TextShape, fonts: Typesetter): PlacedLine[] {
  const size = shape.size > 0 ? shape.size : 1;
  const style = { bold: shape.bold ?? false, italic: false };
  const lines = shape.maxWidth !== undefined && shape.maxWidth > 0
    ? wrapAndClamp(fonts, shape.text, size, shape.maxWidth, shape.maxLines, style)
    : clampOnly(wrapText(fonts, shape.text, size, Infinity, style), shape.maxLines, fonts, size, style);
  const lineHeight = size * FIGURE_LINE_HEIGHT;
  // Centre the glyphs' ascent + descent in the line box, as CSS does.
  const glyphHeight = (fonts.ascent + fonts.descent) * size;
  const top = shape.boxHeight !== undefined && shape.boxHeight > 0
    ? shape.y + (shape.boxHeight - lines.length * lineHeight) / 2
    : shape.y;
  const firstBaseline = top + (lineHeight - glyphHeight) / 2 + fonts.ascent * size;
  return lines.map((line, i) => {
    const align = shape.align ?? 'left';
    const x = align === 'center' ? shape.x - line.width / 2 : align === 'right' ? shape.x - line.width : shape.x;
    return { text: line.text, line, x, baseline: firstBaseline + i * lineHeight, width: line.width };
  });
}

/** A text shape's placed lines. */
export type PlaceText = (shape: TextShape) => readonly PlacedLine[];

/** layoutTextShape for `fonts`, each shape laid out once however often it is drawn (the DOCX draws each figure twice: as SVG and as PNG). */
export function cachedTextLayout(fonts: Typesetter): PlaceText {
  const placed = new WeakMap<TextShape, PlacedLine[]>();
  return (shape) => {
    let lines = placed.get(shape);
    if (!lines) { lines = layoutTextShape(shape, fonts); placed.set(shape, lines); }
    return lines;
  };
}

function clampOnly(lines: Line[], maxLines: number | undefined, fonts: Typesetter, size: number, style: { bold: boolean; italic: boolean }): Line[] {
  if (maxLines === undefined || maxLines < 1 || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = wrapText(fonts, `${kept[maxLines - 1]!.text.trimEnd()}…`, size, Infinity, style)[0]!;
  return kept;
}
