/**
 * Column widths of a table, for both renderers: the report's relative widths scaled to the
 * text width, then each column widened, where the others can spare it, to hold its longest
 * word, so "Addressed" or "Auto-execute" never breaks in the middle. Room comes from columns
 * wider than their own longest word needs, in proportion to what they can spare. A word longer
 * than a share of the table (an address, a long identifier) is left to break, and text in
 * scripts that break anywhere (Chinese, Japanese, Korean, Thai) asks for nothing.
 */
import type { Inline, TableBlock } from '../report/types';

/** No column asks for more than this share of the table for one word. */
const WORD_CAP = 0.4;
/** Words measured per column: the longest by characters (widths follow characters closely enough to pick them). */
const CANDIDATES = 3;

const BREAKS_ANYWHERE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

const textOf = (content: readonly Inline[]): string => content.map((c) => (typeof c === 'string' ? c : c.text)).join('');

/** The longest words of a column's texts, longest first, at most CANDIDATES of them. */
function longestWords(texts: Iterable<string>): string[] {
  const best: string[] = [];
  for (const text of texts) {
    for (const word of text.split(/\s+/)) {
      if (word.length <= (best[best.length - 1]?.length ?? 0) && best.length >= CANDIDATES) continue;
      if (best.includes(word) || BREAKS_ANYWHERE.test(word)) continue;
      best.push(word);
      best.sort((a, b) => b.length - a.length);
      if (best.length > CANDIDATES) best.pop();
    }
  }
  return best;
}

/**
 * Widths (in the unit of `total`) of the table's columns. `measure` gives a word's width in
 * that unit, `bold` for the header's; `padding` is a cell's left and right padding together.
 */
export function columnWidths(
  block: TableBlock, total: number, padding: number, measure: (word: string, bold: boolean) => number,
): number[] {
  const weights = block.columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const base = weights.map((w) => (w / sum) * total);
  const need = block.columns.map((c, i) => {
    const header = longestWords([c.header]).map((w) => measure(w, true));
    const body = longestWords(block.rows.map((r) => textOf(r[i]?.content ?? []))).map((w) => measure(w, false));
    return Math.min(Math.max(0, ...header, ...body) + padding + 1, WORD_CAP * total);
  });
  let deficit = 0, slack = 0;
  base.forEach((b, i) => { if (need[i]! > b) deficit += need[i]! - b; else slack += b - need[i]!; });
  if (deficit === 0 || slack === 0) return base;
  const take = Math.min(deficit, slack);
  return base.map((b, i) => (need[i]! > b ? b + ((need[i]! - b) * take) / deficit : b - ((b - need[i]!) * take) / slack));
}
