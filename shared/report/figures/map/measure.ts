/**
 * How wide a label will be, estimated before any font is loaded: the report is built before the
 * exporter chooses and cuts its fonts, and the map's layout must leave room for its labels.
 * The advances are Noto Sans's (the documents' face) rounded up by class, so an estimate is a
 * little wider than the text: a label placed in its estimated box never runs over its
 * neighbours once the exporter sets it (a test measures the shaped boxes). The wrapping rule is
 * the exporters': lines break at spaces, and a word moves whole to the next line.
 */

const NARROW = /[ijlI.,:;'’|!()[\]{}"frt]/;
const WIDE = /[mwMW@%&—]/;
/** Chinese, Japanese, Korean, full-width forms and emoji: about one em each. */
const FULL = /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

function advance(ch: string): number {
  if (ch === ' ') return 0.26;
  if (NARROW.test(ch)) return 0.36;
  if (WIDE.test(ch)) return 0.98;
  if (FULL.test(ch)) return 1.0;
  if (/[0-9]/.test(ch)) return 0.58;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[a-z]/.test(ch)) return 0.6;
  return 0.68;
}

/** Estimated width of `text` on one line at `size` points. */
export function estimateWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * size * (bold ? 1.07 : 1);
}

/** The widest single word of `text`: a box narrower than this would have to break it. */
export function widestWord(text: string, size: number, bold = false): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, estimateWidth(word, size, bold));
  return widest;
}

/** `text` wrapped by the estimate into lines at most `maxWidth` wide (a word wider than that gets a line of its own). */
export function estimateLines(text: string, size: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && estimateWidth(next, size, bold) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    lines.push(line);
  }
  return lines;
}
