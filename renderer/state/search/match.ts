/**
 * The text matcher of "Search everything": case- and accent-insensitive ("resume" finds
 * "Résumé", "STRASSE" finds "Straße"), and graded, so a field that is the query ranks above one
 * that starts with it, above a word that starts with it, above the query found anywhere. A
 * query of several words that appear apart still matches, below all of those. Pure functions;
 * the ranges it returns point into the original text, for highlighting.
 */

/** How well a text matches, best first. */
export const MatchGrade = {
  Exact: 0,
  Prefix: 1,
  WordPrefix: 2,
  Substring: 3,
  /** Every word of the query somewhere, not together. */
  Words: 4,
} as const;
export type MatchGrade = (typeof MatchGrade)[keyof typeof MatchGrade];

export interface FoldedText {
  /** Lower case, without accents, whitespace collapsed to one space. */
  readonly folded: string;
  /** For each code unit of `folded`, the code unit of the original it came from; one more for the end. */
  readonly origin: readonly number[];
}

/** One original character folded: decomposed, marks dropped, lower case; ß and ligatures spelled out. */
function foldChar(ch: string): string {
  return ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/** `text` folded for comparison, with where each folded unit came from. */
export function fold(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  let space = true; // drops leading whitespace and collapses runs
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      if (!space) {
        folded += ' ';
        origin.push(i);
        space = true;
      }
    } else {
      const f = foldChar(ch);
      for (let k = 0; k < f.length; k++) origin.push(i);
      folded += f;
      space = false;
    }
    i += ch.length;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    origin.pop();
  }
  origin.push(i);
  return { folded, origin };
}

/** A query folded like the texts it is compared with. */
export const foldQuery = (query: string): string => fold(query).folded;

export interface TextMatch {
  readonly grade: MatchGrade;
  /** Ranges of the original text that matched, [start, end) in code units. */
  readonly ranges: readonly (readonly [number, number])[];
}

const isWordStart = (s: string, at: number): boolean => at === 0 || !/[\p{L}\p{N}]/u.test(s[at - 1]!);

const range = (t: FoldedText, start: number, length: number): readonly [number, number] =>
  [t.origin[start]!, t.origin[start + length] ?? t.origin[t.origin.length - 1]!];

/** How `text` matches folded query `q` (from foldQuery), or null when it does not. */
export function matchText(text: FoldedText, q: string): TextMatch | null {
  if (q === '') return null;
  const s = text.folded;
  if (s === q) return { grade: MatchGrade.Exact, ranges: [range(text, 0, q.length)] };
  if (s.startsWith(q)) return { grade: MatchGrade.Prefix, ranges: [range(text, 0, q.length)] };
  let first = -1;
  for (let at = s.indexOf(q); at >= 0; at = s.indexOf(q, at + 1)) {
    if (isWordStart(s, at)) return { grade: MatchGrade.WordPrefix, ranges: [range(text, at, q.length)] };
    if (first < 0) first = at;
  }
  if (first >= 0) return { grade: MatchGrade.Substring, ranges: [range(text, first, q.length)] };
  return null;
}

/**
 * Whether every word of `q` is found in one of `texts`: the weakest match, for a query whose
 * words are spread over a record ("refund approve" finds "Approve a refund"). The ranges are
 * per text, in the order of `texts`.
 */
export function matchWords(texts: readonly FoldedText[], q: string): (readonly (readonly [number, number])[])[] | null {
  const words = q.split(' ').filter(Boolean);
  if (words.length < 2) return null;
  const ranges: (readonly [number, number])[][] = texts.map(() => []);
  for (const word of words) {
    let found = false;
    texts.forEach((t, i) => {
      const at = t.folded.indexOf(word);
      if (at >= 0) {
        found = true;
        ranges[i]!.push(range(t, at, word.length));
      }
    });
    if (!found) return null;
  }
  return ranges;
}
