/**
 * Greedy line wrapping of plain text by a measure the caller passes in: for the app's own map
 * (the canvas's edge labels and the Map stage's SVG export), which has no shaped fonts. The
 * documents wrap shaped text instead (lines.ts, paragraph.ts), by the same rule: lines break
 * at spaces, and a word moves whole to the next line unless it is longer than a line.
 */

/** Width of a string in points at the size the caller has in mind. */
export type Measure = (text: string) => number;

/** Characters after which a too-long word may break before we fall back to any character. */
const SOFT_BREAK = /[-/_.,:;\\|)\]}]/;

/**
 * Splits a word wider than `maxWidth` into pieces that fit: after a soft break character
 * when one falls late enough in the piece, else between any two code points. A piece always
 * holds at least one code point, so even a single glyph wider than the box makes progress.
 */
export function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  let softAt = -1; // length of `piece` just after its last soft break character
  for (const ch of chars) {
    const w = measure(ch);
    if (piece !== '' && width + w > maxWidth) {
      // Breaking after "pilot-" reads better than "pilot-hard"; only if it keeps a third of the piece.
      if (softAt > piece.length / 3) {
        pieces.push(piece.slice(0, softAt));
        piece = piece.slice(softAt);
        width = measure(piece);
      } else {
        pieces.push(piece);
        piece = '';
        width = 0;
      }
      softAt = -1;
    }
    piece += ch;
    width += w;
    if (SOFT_BREAK.test(ch)) softAt = piece.length;
  }
  if (piece !== '' || pieces.length === 0) pieces.push(piece);
  return pieces;
}

/**
 * Wraps `text` into lines no wider than `maxWidth` (hard line breaks kept). Spaces at a
 * wrap point are dropped; everything else appears exactly once, in order.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    let lineWidth = 0;
    let started = false;
    for (const word of paragraph.split(' ')) {
      const w = measure(word);
      if (!started) {
        started = true;
        if (w <= maxWidth) { line = word; lineWidth = w; continue; }
      } else if (lineWidth + space + w <= maxWidth) {
        line += ' ' + word;
        lineWidth += space + w;
        continue;
      } else if (line !== '') {
        lines.push(line);
        line = '';
        lineWidth = 0;
        if (w <= maxWidth) { line = word; lineWidth = w; continue; }
      } else if (w <= maxWidth) {
        line = word; lineWidth = w; continue;
      }
      const pieces = breakWord(word, maxWidth, measure);
      for (let i = 0; i < pieces.length - 1; i++) lines.push(pieces[i]!);
      line = pieces[pieces.length - 1]!;
      lineWidth = measure(line);
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens `line` until it plus an ellipsis fits `maxWidth` (the label goes on beyond it). */
export function withEllipsis(line: string, maxWidth: number, measure: Measure): string {
  const chars = Array.from(line.trimEnd());
  const ellipsis = '…';
  const ew = measure(ellipsis);
  let width = measure(chars.join(''));
  while (chars.length > 0 && width + ew > maxWidth) {
    width -= measure(chars.pop()!);
  }
  return chars.join('').trimEnd() + ellipsis;
}

/** Wraps, then keeps at most `maxLines`, marking the cut with an ellipsis. */
export function wrapAndClamp(text: string, maxWidth: number, maxLines: number | undefined, measure: Measure): string[] {
  const lines = wrapText(text, maxWidth, measure);
  if (maxLines === undefined || maxLines < 1 || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, maxWidth, measure);
  return kept;
}
