/**
 * Where a line may break: at spaces, and inside Chinese, Japanese and Thai text (written
 * without spaces) between the words Intl.Segmenter finds, following the basic kinsoku rules
 * (no line starts with a closing mark or small kana, none ends with an opening bracket).
 * Anything else without a space in it (a name, an e-mail address, an identifier of letters,
 * digits and `_ - . @ /`) is one unbreakable token: it moves whole to the next line, and only
 * a token longer than the whole line is cut (see paragraph.ts).
 */

export interface Token {
  /** UTF-16 offsets into the line's text. */
  readonly start: number;
  readonly end: number;
  /** A breakable space: dropped where the line breaks. */
  readonly space: boolean;
}

const words = new Intl.Segmenter('en', { granularity: 'word' });

/** Spaces a line may break at (not the no-break ones: U+00A0, U+2007, U+202F). */
const SPACE = /[ \t\u1680\u2000-\u2006\u2008-\u200B\u205F\u3000]/;
/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303F\uFF00-\uFFEF]/u;
const NO_BREAK_BEFORE = /[、。，．・：；？！ー）」』】〕〉》〗〙〛｝］｠々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥)\]}.,:;!?%”’»›"']/u;
const NO_BREAK_AFTER = /[（「『【〔〈《〖〘〚｛［｟([{“‘«‹]/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let start = 0;
  const word = (end: number): void => {
    if (end <= start) return;
    const chunk = text.slice(start, end);
    if (UNSPACED.test(chunk)) splitUnspaced(chunk, start, out);
    else out.push({ start, end, space: false });
  };
  for (let i = 0; i < text.length; i++) {
    if (SPACE.test(text[i]!)) {
      word(i);
      out.push({ start: i, end: i + 1, space: true });
      start = i + 1;
    }
  }
  word(text.length);
  return out;
}

/** A chunk without spaces that holds Chinese, Japanese or Thai: cut between words where allowed. */
function splitUnspaced(chunk: string, offset: number, out: Token[]): void {
  let from = 0;
  for (const { index } of words.segment(chunk)) {
    if (index === 0 || !breakable(chunk, index)) continue;
    out.push({ start: offset + from, end: offset + index, space: false });
    from = index;
  }
  out.push({ start: offset + from, end: offset + chunk.length, space: false });
}

function breakable(chunk: string, at: number): boolean {
  const before = lastChar(chunk, at);
  const after = String.fromCodePoint(chunk.codePointAt(at)!);
  if (!UNSPACED.test(before) && !UNSPACED.test(after)) return false;
  return !NO_BREAK_BEFORE.test(after) && !NO_BREAK_AFTER.test(before);
}

function lastChar(s: string, end: number): string {
  const low = s.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 ? s.slice(end - 2, end) : s.slice(end - 1, end);
}
