/**
 * Where the lines of a figure's text shape go: wrapping to `maxWidth`, cutting to
 * `maxLines` with an ellipsis, aligning. Both the PDF (vector) and the DOCX (raster) draw
 * exactly these lines, so a node label breaks identically in both documents.
 */
import type { TextShape } from '../../report/types';
import type { FontSet, MeasuredFont } from '../fonts/fontSet';
import { wrapAndClamp } from '../text/wrap';

export interface PlacedLine {
  readonly text: string;
  /** Left edge of the line, in figure points. */
  readonly x: number;
  /** Baseline, in figure points (y down). */
  readonly baseline: number;
  readonly width: number;
}

/** Line height as a multiple of the font size; tight enough for node labels. */
export const FIGURE_LINE_HEIGHT = 1.2;

export function fontOf(shape: TextShape, fonts: FontSet): MeasuredFont {
  return shape.bold ? fonts.bold : fonts.regular;
}

/**
 * `x` is the anchor: the left edge, the centre or the right edge of each line for
 * `align` left, center and right; `y` is the top of the first line, or with `boxHeight` the
 * top of a box the lines are centred in vertically.
 */
export function layoutTextShape(shape: TextShape, fonts: FontSet): PlacedLine[] {
  const font = fontOf(shape, fonts);
  const size = shape.size > 0 ? shape.size : 1;
  const measure = (s: string): number => font.width(s, size);
  const lines = shape.maxWidth !== undefined && shape.maxWidth > 0
    ? wrapAndClamp(shape.text, shape.maxWidth, shape.maxLines, measure)
    : clampOnly(shape.text.split(/\r\n|\r|\n/), shape.maxLines);
  const lineHeight = size * FIGURE_LINE_HEIGHT;
  // Centre the glyphs' ascent + descent in the line box, as CSS does.
  const glyphHeight = (font.ascent + font.descent) * size;
  const top = shape.boxHeight !== undefined && shape.boxHeight > 0
    ? shape.y + (shape.boxHeight - lines.length * lineHeight) / 2
    : shape.y;
  const firstBaseline = top + (lineHeight - glyphHeight) / 2 + font.ascent * size;
  return lines.map((text, i) => {
    const width = measure(text);
    const align = shape.align ?? 'left';
    const x = align === 'center' ? shape.x - width / 2 : align === 'right' ? shape.x - width : shape.x;
    return { text, x, baseline: firstBaseline + i * lineHeight, width };
  });
}

function clampOnly(lines: string[], maxLines: number | undefined): string[] {
  if (maxLines === undefined || maxLines < 1 || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = kept[maxLines - 1]!.trimEnd() + '…';
  return kept;
}
