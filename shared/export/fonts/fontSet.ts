/**
 * The two faces the exporters use (regular and bold), passed in as bytes by the host and
 * parsed once per byte array. Measuring lives here so that every renderer, and every
 * wrapped label, uses the same advance widths as the embedded PDF font.
 */
import { parseTtf, type TtfFont } from './ttf';

/** Font files as the host read them (DejaVu Sans from templates/fonts). */
export interface ExportFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export interface MeasuredFont {
  readonly ttf: TtfFont;
  /** Width of `text` at `size` points, in points. No kerning: jsPDF does not kern either. */
  width(text: string, size: number): number;
  /** Width of one code point at 1 pt. */
  charWidth(codePoint: number): number;
  /** Ascent and descent at 1 pt (descent positive). */
  readonly ascent: number;
  readonly descent: number;
}

export interface FontSet {
  readonly regular: MeasuredFont;
  readonly bold: MeasuredFont;
  /** The original bytes, for embedding. */
  readonly bytes: ExportFonts;
}

function measured(ttf: TtfFont): MeasuredFont {
  const em = ttf.unitsPerEm;
  // Basic Multilingual Plane widths in a flat array (NaN = not yet looked up): labels are
  // measured many times over while wrapping, and a Map lookup per character is slower.
  const bmp = new Float64Array(0x10000).fill(NaN);
  const astral = new Map<number, number>();
  const charWidth = (cp: number): number => {
    if (cp < 0x10000) {
      let w = bmp[cp]!;
      if (Number.isNaN(w)) { w = ttf.advance(ttf.glyphId(cp)) / em; bmp[cp] = w; }
      return w;
    }
    let w = astral.get(cp);
    if (w === undefined) { w = ttf.advance(ttf.glyphId(cp)) / em; astral.set(cp, w); }
    return w;
  };
  return {
    ttf,
    charWidth,
    ascent: ttf.ascender / em,
    descent: -ttf.descender / em,
    width(text, size) {
      let w = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.codePointAt(i)!;
        if (c > 0xffff) i++;
        w += charWidth(c);
      }
      return w * size;
    },
  };
}

const cache = new WeakMap<Uint8Array, WeakMap<Uint8Array, FontSet>>();

export function loadFontSet(fonts: ExportFonts): FontSet {
  let byBold = cache.get(fonts.regular);
  if (!byBold) { byBold = new WeakMap(); cache.set(fonts.regular, byBold); }
  let set = byBold.get(fonts.bold);
  if (!set) {
    set = { regular: measured(parseTtf(fonts.regular)), bold: measured(parseTtf(fonts.bold)), bytes: fonts };
    byBold.set(fonts.bold, set);
  }
  return set;
}
