/**
 * Plain text (one style) in shaped lines: figure labels in both formats and the PDF's running
 * header and footer. The same layout as styled text (paragraph.ts), so a label breaks at the
 * same place in the DOCX's picture and in the PDF.
 */
import type { Typesetter } from '../fonts/typesetter';
import { ellipsize, layoutRuns, singleLine, type Line, type RunStyle } from './paragraph';

const PLAIN: RunStyle = { bold: false, italic: false };

/** `text` in lines no wider than `maxWidth` (hard line breaks kept). */
export function wrapText(ts: Typesetter, text: string, size: number, maxWidth: number, style: RunStyle = PLAIN): Line[] {
  return layoutRuns(ts, [{ text, style }], maxWidth, size);
}

/** Wraps, then keeps at most `maxLines`, marking the cut with an ellipsis that still fits. */
export function wrapAndClamp(
  ts: Typesetter, text: string, size: number, maxWidth: number, maxLines: number | undefined, style: RunStyle = PLAIN,
): Line[] {
  const lines = wrapText(ts, text, size, maxWidth, style);
  if (maxLines === undefined || maxLines < 1 || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(ts, kept[maxLines - 1]!.text, style, size, maxWidth);
  return kept;
}

/** `text` on one line: whole if it fits `maxWidth`, else cut with an ellipsis. */
export function fitLine(ts: Typesetter, text: string, size: number, maxWidth: number, style: RunStyle = PLAIN): Line {
  const line = singleLine(ts, text, style, size);
  return line.width <= maxWidth ? line : ellipsize(ts, text, style, size, maxWidth);
}
