/**
 * A minimal TrueType reader: the tables the exporters need to measure text (cmap, hmtx,
 * hhea) and to draw it (loca, glyf). We read the same font file jsPDF embeds, so text
 * measured here wraps exactly where the PDF draws it, and the DOCX figures (rasterized
 * from these outlines) wrap the same way.
 */
import { readGlyphOutline, type GlyphOutline } from './glyf';

export interface TtfFont {
  readonly unitsPerEm: number;
  /** Typographic ascender and descender in font units (descender is negative). */
  readonly ascender: number;
  readonly descender: number;
  /** Glyph id of a code point; 0 (.notdef) when the font lacks it. */
  glyphId(codePoint: number): number;
  /** Advance width in font units. */
  advance(glyphId: number): number;
  /** The glyph's outline in font units (y up), cached. */
  outline(glyphId: number): GlyphOutline;
}

interface TableDirectory { readonly [tag: string]: { readonly offset: number; readonly length: number } }

function readTables(view: DataView): TableDirectory {
  const tables: Record<string, { offset: number; length: number }> = {};
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3),
    );
    tables[tag] = { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) };
  }
  return tables;
}

function need(tables: TableDirectory, tag: string): number {
  const t = tables[tag];
  if (!t) throw new Error(`The font has no '${tag}' table; a TrueType (glyf) font is required.`);
  return t.offset;
}

/** Reads the best Unicode cmap subtable (format 12 for the full range, else format 4). */
function readCmap(view: DataView, cmapOffset: number): Map<number, number> {
  const map = new Map<number, number>();
  const count = view.getUint16(cmapOffset + 2);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < count; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmapOffset + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    const score = !unicode ? 0 : format === 12 ? 2 : format === 4 ? 1 : 0;
    if (score > bestScore) { best = sub; bestScore = score; }
  }
  if (best < 0) throw new Error('The font has no Unicode character map.');
  if (view.getUint16(best) === 12) {
    const groups = view.getUint32(best + 12);
    for (let g = 0; g < groups; g++) {
      const rec = best + 16 + g * 12;
      const start = view.getUint32(rec);
      const end = view.getUint32(rec + 4);
      const startGlyph = view.getUint32(rec + 8);
      for (let c = start; c <= end; c++) map.set(c, startGlyph + (c - start));
    }
    return map;
  }
  const segX2 = view.getUint16(best + 6);
  const ends = best + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = view.getUint16(ends + s);
    const start = view.getUint16(starts + s);
    const delta = view.getInt16(deltas + s);
    const rangeOffset = view.getUint16(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s + rangeOffset + (c - start) * 2;
        glyph = view.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

export function parseTtf(bytes: Uint8Array): TtfFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = readTables(view);
  const head = need(tables, 'head');
  const hhea = need(tables, 'hhea');
  const maxp = need(tables, 'maxp');
  const hmtx = need(tables, 'hmtx');
  const loca = need(tables, 'loca');
  const glyf = need(tables, 'glyf');
  const unitsPerEm = view.getUint16(head + 18);
  const longLoca = view.getInt16(head + 50) === 1;
  const ascender = view.getInt16(hhea + 4);
  const descender = view.getInt16(hhea + 6);
  const hMetrics = view.getUint16(hhea + 34);
  const numGlyphs = view.getUint16(maxp + 4);
  const cmap = readCmap(view, need(tables, 'cmap'));

  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) {
    // Glyphs past numberOfHMetrics repeat the last advance (monospaced tails).
    advances[g] = view.getUint16(hmtx + Math.min(g, hMetrics - 1) * 4);
  }
  const glyphStart = (g: number): number =>
    longLoca ? view.getUint32(loca + g * 4) : view.getUint16(loca + g * 2) * 2;

  const outlines = new Map<number, GlyphOutline>();
  const outline = (g: number): GlyphOutline => {
    let o = outlines.get(g);
    if (!o) {
      o = g < 0 || g >= numGlyphs
        ? { contours: [] }
        : readGlyphOutline(view, glyf, glyphStart, g);
      outlines.set(g, o);
    }
    return o;
  };

  return {
    unitsPerEm,
    ascender,
    descender,
    glyphId: (cp) => cmap.get(cp) ?? 0,
    advance: (g) => advances[g] ?? 0,
    outline,
  };
}
