/**
 * Which family of the chain sets each piece of text. Text is cut into grapheme clusters, so an
 * emoji sequence or a letter with its marks stays in one font; each cluster goes to the first
 * family that has all its characters, trying first the families its script calls for (the
 * cheap test that keeps a document in English from loading any Chinese font). Spaces, digits
 * and punctuation stay in the font of the script they sit in. A cluster no family has is set
 * in Noto Sans, where it shows as the .notdef box, and reported: never dropped silently.
 */
import { cjkOrder, type FamilyId } from './faces';

export interface FontItem {
  /** UTF-16 offsets into the text. */
  readonly start: number;
  readonly end: number;
  readonly family: FamilyId;
}

export interface Itemized {
  readonly items: readonly FontItem[];
  /** Characters no family of the chain has, in order of appearance, each once. */
  readonly missing: readonly string[];
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Latin, Greek, Cyrillic and general punctuation, no emoji or variation selectors: text that may be all Noto Sans. */
const SIMPLE = /^[\u0020-\u052F\t\n\r\u1E00-\u1FFF\u2000-\u206F\u20A0-\u20BF]*$/;

/** Characters that need no glyph: joiners, variation selectors, and line breaks and tabs (laid out, not drawn). */
const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]$/u;
const EMOJI_STYLE = /\p{Emoji_Presentation}|\uFE0F|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u20E3/u;
const SCRIPT_FAMILIES: readonly [RegExp, readonly FamilyId[] | 'cjk'][] = [
  [/^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u, ['sans', 'dejavu']],
  [/^\p{Script=Arabic}$/u, ['arabic', 'dejavu']],
  [/^\p{Script=Hebrew}$/u, ['hebrew', 'dejavu']],
  [/^\p{Script=Thai}$/u, ['thai']],
  [/^\p{Script=Devanagari}$/u, ['devanagari']],
  [/^\p{Script=Hangul}$/u, ['kr']],
  [/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]$/u, 'cjk'],
];
/** Punctuation and symbols of the CJK blocks: only the CJK families have them, so only then are those loaded. */
const CJK_BLOCKS = /^[\u2E80-\u33FF\uFE30-\uFE4F\uFF00-\uFFEF]$/u;
const TEXT_SYMBOLS: readonly FamilyId[] = ['sans', 'symbols', 'symbols2', 'dejavu', 'emoji'];
const EMOJI_FIRST: readonly FamilyId[] = ['emoji', 'symbols2', 'symbols', 'sans', 'dejavu'];
/** Families a neighbouring space, digit or mark may stay in: fonts of a script, not symbol fonts. */
const SCRIPT_FONTS: ReadonlySet<FamilyId> = new Set(['sans', 'arabic', 'hebrew', 'thai', 'devanagari', 'sc', 'jp', 'kr']);
const CJK_FONTS: ReadonlySet<FamilyId> = new Set(['sc', 'jp', 'kr']);

/** Punctuation the Chinese and Japanese faces draw full-width (quotes, dashes, ellipsis, middle dot). */
const WIDE_IN_CJK = /^[\u2000-\u206F\u00B7\u00AB\u00BB]/u;

/**
 * Whether a neutral cluster stays in the font before it. Spaces, digits and marks do; the CJK
 * faces' quotes and dashes are full-width, too wide beside Latin text, so those go to Noto Sans.
 */
function staysIn(family: FamilyId, cluster: string): boolean {
  if (!SCRIPT_FONTS.has(family)) return false;
  return !CJK_FONTS.has(family) || !WIDE_IN_CJK.test(cluster);
}

/** The characters of a cluster that need a glyph (joiners and variation selectors do not). */
function needed(cluster: string): number[] {
  const out: number[] = [];
  for (const ch of cluster) if (!IGNORABLE.test(ch)) out.push(ch.codePointAt(0)!);
  return out;
}

/** Families to try for a cluster, in order. */
export function candidates(cluster: string, locale: string): readonly FamilyId[] {
  if (EMOJI_STYLE.test(cluster)) return EMOJI_FIRST;
  const base = needed(cluster)[0];
  if (base === undefined) return ['sans'];
  const ch = String.fromCodePoint(base);
  for (const [re, families] of SCRIPT_FAMILIES) if (re.test(ch)) return families === 'cjk' ? cjkOrder(locale) : families;
  return CJK_BLOCKS.test(ch) ? [...TEXT_SYMBOLS, ...cjkOrder(locale)] : TEXT_SYMBOLS;
}

export type CoverageLoader = (family: FamilyId) => Promise<ReadonlySet<number> | null>;

/**
 * Decides families for the clusters of a document's texts, loading the coverage of a family
 * only when a cluster asks for it; afterwards `itemize` works synchronously.
 */
export class FontChooser {
  private readonly coverage = new Map<FamilyId, ReadonlySet<number> | null>();
  private readonly choice = new Map<string, FamilyId | null>();
  private readonly itemized = new Map<string, Itemized>();

  constructor(readonly locale: string) {}

  /** Families whose coverage was loaded (the ones some text asked for). */
  get loadedFamilies(): FamilyId[] {
    return [...this.coverage.entries()].filter(([, c]) => c !== null).map(([f]) => f);
  }

  covers(family: FamilyId, cluster: string): boolean {
    const c = this.coverage.get(family);
    return !!c && needed(cluster).every((cp) => c.has(cp));
  }

  async prepare(texts: Iterable<string>, load: CoverageLoader): Promise<void> {
    if (!this.coverage.has('sans')) this.coverage.set('sans', await load('sans'));
    const clusters = new Set<string>();
    for (const text of texts) {
      if (this.allSans(text)) continue;
      for (const { segment } of graphemes.segment(text)) clusters.add(segment);
    }
    for (const cluster of clusters) {
      if (this.choice.has(cluster)) continue;
      const families = candidates(cluster, this.locale);
      for (const f of families) {
        if (!this.coverage.has(f)) this.coverage.set(f, await load(f));
        if (this.covers(f, cluster)) break;
      }
      this.choice.set(cluster, this.decide(cluster, families));
    }
  }

  /** With coverages loaded: the first family with every character, else the first with the base character. */
  private decide(cluster: string, families: readonly FamilyId[]): FamilyId | null {
    const chars = needed(cluster);
    if (chars.length === 0) return 'sans';
    for (const f of families) if (this.covers(f, cluster)) return f;
    for (const f of families) if (this.coverage.get(f)?.has(chars[0]!)) return f;
    return null;
  }

  private familyOf(cluster: string): FamilyId | null {
    let f = this.choice.get(cluster);
    if (f === undefined) {
      // Text the document did not announce: decide with the families already loaded.
      f = this.decide(cluster, candidates(cluster, this.locale));
      this.choice.set(cluster, f);
    }
    return f;
  }

  /**
   * Most text of a document is Latin, Greek or Cyrillic that Noto Sans has whole: that is one
   * item, found without cutting the text into clusters (the slow part for a large document).
   */
  private allSans(text: string): boolean {
    const sans = this.coverage.get('sans');
    if (!sans || !SIMPLE.test(text)) return false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!sans.has(c) && !(c < 0x20)) return false;
    }
    return true;
  }

  itemize(text: string): Itemized {
    let it = this.itemized.get(text);
    if (!it) { it = this.split(text); this.itemized.set(text, it); }
    return it;
  }

  private split(text: string): Itemized {
    if (text === '') return { items: [], missing: [] };
    if (this.allSans(text)) return { items: [{ start: 0, end: text.length, family: 'sans' }], missing: [] };
    const items: FontItem[] = [];
    const missing: string[] = [];
    let current: { start: number; end: number; family: FamilyId } | null = null;
    for (const { segment, index } of graphemes.segment(text)) {
      const chars = needed(segment);
      let family: FamilyId;
      const neutral = chars.length === 0 || (NEUTRAL.test(String.fromCodePoint(chars[0]!)) && !EMOJI_STYLE.test(segment));
      if (current && neutral && staysIn(current.family, segment) && this.covers(current.family, segment)) {
        family = current.family;
      } else {
        const f = this.familyOf(segment);
        if (f === null) {
          family = 'sans';
          for (const cp of chars) {
            const ch = String.fromCodePoint(cp);
            if (!candidates(ch, this.locale).some((c) => this.coverage.get(c)?.has(cp)) && !missing.includes(ch)) missing.push(ch);
          }
        } else {
          family = f;
          if (!this.covers(f, segment) && !this.covers(f, segment.normalize('NFC'))) {
            const have = this.coverage.get(f);
            for (const cp of chars) {
              const ch = String.fromCodePoint(cp);
              if (!have?.has(cp) && !missing.includes(ch)) missing.push(ch);
            }
          }
        }
      }
      if (current && current.family === family) current.end = index + segment.length;
      else {
        if (current) items.push(current);
        current = { start: index, end: index + segment.length, family };
      }
    }
    if (current) items.push(current);
    return { items, missing };
  }
}
