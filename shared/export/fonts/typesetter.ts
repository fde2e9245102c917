/**
 * The fonts of one document, ready to shape: every text of the report is known before
 * layout, so the families are chosen once (chooser.ts), each face used is cut once to the
 * characters set in it (hb-subset), and from then on everything is shaped, measured, drawn and
 * embedded with those cut faces. Characters no font has are listed with the texts they are in.
 */
import type { Report } from '../../report/types';
import { FontChooser, type Itemized } from './chooser';
import { collectTexts, type StyledText } from './collect';
import { UsedFace } from './face';
import { faceFor, type FaceId, type FamilyId } from './faces';
import { coverageOf, harfbuzz, subsetterFor } from './harfbuzz';
import type { FontProvider } from './provider';
import { Shaper } from './shaper';

/** A text of the document with characters that no font of the chain has. */
export interface MissingGlyphs {
  readonly text: string;
  readonly characters: readonly string[];
}

export interface FaceChoice {
  readonly face: UsedFace;
  /** The family has no bold face (or none cut for this text): the renderer emboldens. */
  readonly syntheticBold: boolean;
  /** The family has no italic face: the renderer slants. */
  readonly syntheticItalic: boolean;
}

/** Characters the shaper may produce from others (decompositions, Thai and Lao SARA AM, the dotted circle of broken clusters). */
function shapingCompanions(text: string): string {
  let extra = text.normalize('NFD') + text.normalize('NFC');
  if (/[\u0E33\u0EB3]/.test(text)) extra += '\u0E4D\u0E32\u0ECD\u0EB2';
  return extra + ' \u00A0\u25CC';
}

export class Typesetter {
  /**
   * Texts set with characters their cut face lacks though the font has them: text the
   * renderers drew that collect.ts did not announce. Always empty unless the two disagree.
   */
  readonly unannounced = new Set<string>();

  private constructor(
    readonly locale: string,
    private readonly chooser: FontChooser,
    readonly faces: ReadonlyMap<FaceId, UsedFace>,
    readonly shaper: Shaper,
    readonly missing: readonly MissingGlyphs[],
  ) {}

  /** Chooses, loads and cuts the fonts for `report` (its text as the renderers will set it). */
  static async forReport(report: Report, provider: FontProvider): Promise<Typesetter> {
    return Typesetter.forTexts(collectTexts(report), report.locale, provider);
  }

  static async forTexts(texts: readonly StyledText[], locale: string, provider: FontProvider): Promise<Typesetter> {
    const chooser = new FontChooser(locale);
    const regular = async (family: FamilyId) => coverageOf(await provider.face(`${family}-regular`));
    await chooser.prepare(texts.map((t) => t.text), regular);

    // The characters of each face: every text's items, in the face of the text's style.
    const chars = new Map<FaceId, Set<number>>();
    const missing = new Map<string, string[]>();
    const use = (id: FaceId, text: string): void => {
      let set = chars.get(id);
      if (!set) chars.set(id, (set = new Set()));
      for (const ch of text) set.add(ch.codePointAt(0)!);
    };
    for (const t of texts) {
      const { items, missing: absent } = chooser.itemize(t.text);
      if (absent.length > 0 && !missing.has(t.text)) missing.set(t.text, [...absent]);
      for (const item of items) {
        const piece = t.text.slice(item.start, item.end);
        const withCompanions = piece + shapingCompanions(piece);
        use(`${item.family}-regular`, withCompanions);
        const { id } = faceFor(item.family, t.bold, t.italic);
        if (id !== `${item.family}-regular`) use(id, withCompanions);
      }
    }
    // Small families get every styled face the characters of any style, so a text the renderers
    // set in a style nobody announced still finds its glyphs; the large CJK faces are cut exactly.
    for (const [id, set] of [...chars]) {
      const family = id.slice(0, id.indexOf('-')) as FamilyId;
      if (family === 'sc' || family === 'jp' || family === 'kr' || !id.endsWith('-regular')) continue;
      for (const [other, otherSet] of chars) if (other !== id && other.startsWith(`${family}-`)) for (const cp of set) otherSet.add(cp);
    }

    const [hb, subsetter] = await Promise.all([harfbuzz(), provider.subsetter().then(subsetterFor)]);
    const faces = new Map<FaceId, UsedFace>();
    // Sorted, so the faces (and the PDF's font resources) come in the same order every time.
    for (const id of [...chars.keys()].sort()) {
      const cut = subsetter.subset(await provider.face(id), chars.get(id)!);
      faces.set(id, new UsedFace(id, cut, new hb.Font(new hb.Face(new hb.Blob(cut))), hb));
    }
    if (!faces.has('sans-regular')) {
      const cut = subsetter.subset(await provider.face('sans-regular'), [0x20]);
      faces.set('sans-regular', new UsedFace('sans-regular', cut, new hb.Font(new hb.Face(new hb.Blob(cut))), hb));
    }
    const list = [...missing].map(([text, characters]) => ({ text, characters }));
    return new Typesetter(locale, chooser, faces, new Shaper(hb, locale), list);
  }

  /** Noto Sans regular: the face whose ascent and descent set the lines. */
  get primary(): UsedFace {
    return this.faces.get('sans-regular')!;
  }

  /** Ascent and descent of the primary face at 1 pt (descent positive). */
  get ascent(): number { return this.primary.metrics.ascender / this.primary.metrics.unitsPerEm; }
  get descent(): number { return -this.primary.metrics.descender / this.primary.metrics.unitsPerEm; }

  itemize(text: string): Itemized {
    return this.chooser.itemize(text);
  }

  /**
   * The face a piece of text in `family` and this style is set in. A face nobody announced
   * falls back to the family's upright one (emboldened or slanted when drawn), and a family
   * nobody announced to Noto Sans, where the characters show as boxes.
   */
  choose(family: FamilyId, bold: boolean, italic: boolean, text: string): FaceChoice {
    const want = faceFor(family, bold, italic);
    const face = this.faces.get(want.id);
    const upright = this.faces.get(`${family}-regular`);
    // The styled face must have what the upright one has; what neither has is a box either way.
    if (face && (face === upright || lacking(face, text, upright).length === 0)) {
      return { face, syntheticBold: want.syntheticBold, syntheticItalic: want.syntheticItalic };
    }
    const fallback = upright ?? this.primary;
    if (lacking(fallback, text, null).some((ch) => this.chooser.covers(family, ch))) this.unannounced.add(text);
    return { face: fallback, syntheticBold: bold, syntheticItalic: italic };
  }
}

/** Characters of `text` that `face` has no glyph for (and `reference`, when given, has). */
function lacking(face: UsedFace, text: string, reference: UsedFace | null | undefined): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (face.coverage.has(cp) || IGNORED.test(ch)) continue;
    if (reference && !reference.coverage.has(cp)) continue;
    out.push(ch);
  }
  return out;
}

const IGNORED = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;
