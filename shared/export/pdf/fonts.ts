/**
 * The document's cut faces as PDF fonts. jsPDF's own TrueType path maps characters through
 * the cmap and cannot draw shaped glyphs, so each face is embedded here as a Type0 font over
 * a CIDFontType2 (FontFile2, CIDToGIDMap Identity: a code is a glyph id), with a W array of the
 * advances of the glyphs drawn and a ToUnicode CMap mapping each glyph to the characters of
 * its cluster. jsPDF still owns the file: the font is registered in its font list (so the
 * page resources name it) and its objects are written from jsPDF's `putFont` event, the way
 * jsPDF's own utf8 module writes Identity-H fonts.
 */
import type { jsPDF } from 'jspdf';
import type { UsedFace } from '../fonts/face';
import { hashHex } from '../stamp';
import { num } from './numbers';

interface JsPdfFont { id: string; objectNumber?: number; isAlreadyPutted?: boolean }
interface PutFontEvent {
  font: JsPdfFont;
  out(line: string): void;
  newObject(): number;
  putStream(options: { data: string; addLength1?: boolean; objectId?: number }): void;
}
interface Internals {
  events: {
    subscribe(topic: string, handler: (e: PutFontEvent) => void): string;
    getTopics(): Record<string, unknown>;
  };
}

interface Registered {
  readonly face: UsedFace;
  readonly resource: string;
  readonly name: string;
  /** Glyph id → the text it stands for (first seen). */
  readonly text: Map<number, string>;
}

export class PdfFonts {
  private readonly byFace = new Map<UsedFace, Registered>();
  private readonly byResource = new Map<string, Registered>();
  private failure: unknown = null;

  constructor(private readonly doc: jsPDF) {
    const internal = doc.internal as unknown as Internals;
    internal.events.subscribe('putFont', (e) => {
      const r = this.byResource.get(e.font.id);
      if (!r) return;
      // jsPDF logs and swallows errors thrown in its events; keep ours to throw after output.
      try { writeFont(e, r); } catch (err) { this.failure ??= err; }
    });
  }

  /** The resource name (F1, F2, …) pages draw `face` with; registered on first use. */
  resource(face: UsedFace): string {
    return this.entry(face).resource;
  }

  /** Notes that `gid` of `face` is drawn, standing for `text` (for ToUnicode). */
  use(face: UsedFace, gid: number, text: string): void {
    const r = this.entry(face);
    const known = r.text.get(gid);
    if (known === undefined || (known === '' && text !== '')) r.text.set(gid, text);
  }

  private entry(face: UsedFace): Registered {
    let r = this.byFace.get(face);
    if (r) return r;
    const name = `SB${this.byFace.size + 1}${face.id}`;
    // jsPDF's 'addFont' listeners would look the font up in its file system and parse it as
    // TrueType: this font is ours, so they are held back while jsPDF lists it.
    const topics = (this.doc.internal as unknown as Internals).events.getTopics();
    const listeners = topics.addFont;
    delete topics.addFont;
    let resource: string;
    try {
      resource = this.doc.addFont(name, name, 'normal', 'WinAnsiEncoding');
    } finally {
      if (listeners) topics.addFont = listeners;
    }
    r = { face, resource, name, text: new Map() };
    this.byFace.set(face, r);
    this.byResource.set(resource, r);
    return r;
  }

  /**
   * Before output: jsPDF writes only fonts its own text() has drawn with, so each of ours draws
   * one character on a scratch page that is then deleted; the pages keep our glyphs alone.
   */
  finish(): void {
    if (this.byFace.size === 0) return;
    const doc = this.doc;
    const page = doc.getCurrentPageInfo().pageNumber;
    doc.addPage();
    const scratch = doc.getNumberOfPages();
    for (const r of this.byFace.values()) {
      doc.setFont(r.name, 'normal');
      doc.text('.', 0, 0);
    }
    doc.deletePage(scratch);
    doc.setPage(page);
  }

  /** Throws what went wrong while jsPDF wrote the fonts, if anything did. */
  check(): void {
    if (this.failure) throw this.failure instanceof Error ? this.failure : new Error(String(this.failure));
  }
}

const binary = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x2000) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]));
  }
  return parts.join('');
};

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(text: string): string {
  let s = '';
  for (let i = 0; i < text.length; i++) s += hex4(text.charCodeAt(i));
  return s;
}

function writeFont(e: PutFontEvent, r: Registered): void {
  const { face } = r;
  const m = face.metrics;
  const k = 1000 / m.unitsPerEm;
  const gids = [...r.text.keys()].sort((a, b) => a - b);
  // A subset is named with six capitals before its PostScript name (PDF 32000-1, 9.6.4).
  const tag = [...hashHex(`${face.id}:${gids.join(',')}`).slice(0, 6)].map((h) => String.fromCharCode(65 + (parseInt(h, 16) % 26))).join('');
  const baseFont = `${tag}+${m.postScriptName}`;

  const fontFile = e.newObject();
  e.putStream({ data: binary(face.bytes), addLength1: true, objectId: fontFile });
  e.out('endobj');

  const toUnicode = e.newObject();
  e.putStream({ data: toUnicodeCMap(r.text), objectId: toUnicode });
  e.out('endobj');

  const descriptor = e.newObject();
  const italic = m.italicAngle !== 0;
  e.out(`<</Type /FontDescriptor /FontName /${baseFont} /Flags ${italic ? 96 : 32}`
    + ` /FontBBox [${m.bbox.map((v) => num(v * k)).join(' ')}] /ItalicAngle ${num(m.italicAngle)}`
    + ` /Ascent ${num(m.ascender * k)} /Descent ${num(m.descender * k)} /CapHeight ${num(m.capHeight * k)}`
    + ` /StemV 80 /FontFile2 ${fontFile} 0 R>>`);
  e.out('endobj');

  const cidFont = e.newObject();
  e.out(`<</Type /Font /Subtype /CIDFontType2 /BaseFont /${baseFont}`
    + ' /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>'
    + ` /FontDescriptor ${descriptor} 0 R /CIDToGIDMap /Identity /DW 0 /W ${widths(face, gids, k)}>>`);
  e.out('endobj');

  e.font.objectNumber = e.newObject();
  e.out(`<</Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding /Identity-H`
    + ` /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R>>`);
  e.out('endobj');
  e.font.isAlreadyPutted = true;
}

/** `[first [w w w] first [w] …]`: consecutive glyph ids share one array. */
function widths(face: UsedFace, gids: readonly number[], k: number): string {
  const parts: string[] = [];
  for (let i = 0; i < gids.length;) {
    let j = i;
    while (j + 1 < gids.length && gids[j + 1] === gids[j]! + 1) j++;
    parts.push(`${gids[i]} [${gids.slice(i, j + 1).map((g) => num(face.advance(g) * k)).join(' ')}]`);
    i = j + 1;
  }
  return `[${parts.join(' ')}]`;
}

function toUnicodeCMap(texts: ReadonlyMap<number, string>): string {
  const entries = [...texts].filter(([, t]) => t !== '').sort((a, b) => a[0] - b[0]);
  let body = '';
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    body += `${chunk.length} beginbfchar\n${chunk.map(([g, t]) => `<${hex4(g)}> <${utf16Hex(t)}>`).join('\n')}\nendbfchar\n`;
  }
  return '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
    + '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
    + '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
    + '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n'
    + `${body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
}
