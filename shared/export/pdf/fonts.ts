/**
 * Embeds the Unicode fonts into a jsPDF document. jsPDF subsets a TrueType font to the
 * glyphs used, but copies a few tables whole; DejaVu's `post` table holds 60 KB of glyph
 * names no viewer needs, so we hand jsPDF a copy with a name-less (version 3) `post`.
 * jsPDF takes font files as "binary strings" (one char per byte), converted once per font.
 */
import type { jsPDF } from 'jspdf';
import type { FontSet } from '../fonts/fontSet';
import { FONT } from './style';

const binaryCache = new WeakMap<Uint8Array, string>();

function binaryString(bytes: Uint8Array): string {
  let s = binaryCache.get(bytes);
  if (s === undefined) {
    const parts: string[] = [];
    // apply() on typed-array chunks is ~15× faster than spreading them.
    for (let i = 0; i < bytes.length; i += 0x2000) {
      parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]));
    }
    s = parts.join('');
    binaryCache.set(bytes, s);
  }
  return s;
}

const slimCache = new WeakMap<Uint8Array, Uint8Array>();

/** The font with its `post` table cut to the 32-byte version-3 header (no glyph names). */
export function withoutGlyphNames(font: Uint8Array): Uint8Array {
  const cached = slimCache.get(font);
  if (cached) return cached;
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const tables: { tag: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    const tag = view.getUint32(rec);
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    let data = font.subarray(offset, offset + length);
    if (tag === 0x706f7374 /* 'post' */ && length >= 32) {
      data = data.slice(0, 32);
      new DataView(data.buffer).setUint32(0, 0x00030000);
    }
    tables.push({ tag, data });
  }
  const headerSize = 12 + count * 16;
  const total = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  out.set(font.subarray(0, 12));
  let at = headerSize;
  tables.forEach((t, i) => {
    const rec = 12 + i * 16;
    ov.setUint32(rec, t.tag);
    ov.setUint32(rec + 4, checksum(t.data));
    ov.setUint32(rec + 8, at);
    ov.setUint32(rec + 12, t.data.length);
    out.set(t.data, at);
    at += (t.data.length + 3) & ~3;
  });
  slimCache.set(font, out);
  return out;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    const word = ((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

export function registerFonts(doc: jsPDF, fonts: FontSet): void {
  doc.addFileToVFS(`${FONT}.ttf`, binaryString(withoutGlyphNames(fonts.bytes.regular)));
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, binaryString(withoutGlyphNames(fonts.bytes.bold)));
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
}
