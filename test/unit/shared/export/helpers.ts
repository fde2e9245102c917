/**
 * Test helpers for the exporters: unzip a DOCX, read its XML as text and parse it strictly,
 * read a PDF's content streams, and run the external checkers (pdftotext, LibreOffice)
 * through temporary files when they are installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, unzlibSync } from 'fflate';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export const HAS_PDFTOTEXT = hasCommand('pdftotext');
export const HAS_LIBREOFFICE = hasCommand('libreoffice') || hasCommand('soffice');
export const PDFTOTEXT_MISSING = ' (skipped: pdftotext is not installed; apt-get install poppler-utils)';
export const LIBREOFFICE_MISSING = ' (skipped: LibreOffice is not installed; apt-get install libreoffice-writer)';

export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function part(bytes: Uint8Array, name: string): string {
  const file = unzipDocx(bytes)[name];
  if (!file) throw new Error(`The DOCX has no ${name}`);
  return strFromU8(file);
}

/**
 * The text of `<w:t>` elements with XML entities decoded: what a reader of the document sees.
 * A `<w:noBreakHyphen/>` reads as the hyphen it shows, and the word joiners that keep
 * identifiers on one line are invisible.
 */
export function visibleText(xml: string): string {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)) {
    out.push(m[1] === undefined ? '-' : decodeXml(m[1]).replace(/\u2060/g, ''));
  }
  return out.join('');
}

/** `text` without the bidi controls pdftotext puts around right-to-left runs (RLE … PDF). */
export function withoutBidiControls(text: string): string {
  return text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      case 'amp': return '&';
      default: return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'sprintbook-export-'));
  try { return fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

/** Extracts a PDF's text with pdftotext (pages separated by form feeds), bidi controls removed. */
export function pdfText(pdf: Uint8Array, args: string[] = []): string {
  return withTempDir((dir) => {
    const input = join(dir, 'in.pdf');
    const output = join(dir, 'out.txt');
    writeFileSync(input, pdf);
    execFileSync('pdftotext', [...args, '-enc', 'UTF-8', input, output]);
    return withoutBidiControls(readFileSync(output, 'utf8'));
  });
}

/** The fonts a PDF uses, as pdffonts lists them: name (subset tag removed) and whether embedded. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  return withTempDir((dir) => {
    const input = join(dir, 'in.pdf');
    writeFileSync(input, pdf);
    const lines = execFileSync('pdffonts', [input], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
    return lines.map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: cols[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: cols[cols.length - 5] === 'yes' };
    });
  });
}

/** Words with their boxes (pdftotext -bbox), to check nothing runs past the margins. */
export function pdfWordBoxes(pdf: Uint8Array): { page: number; pageWidth: number; xMin: number; xMax: number; word: string }[] {
  const html = pdfText(pdf, ['-bbox']);
  const out: { page: number; pageWidth: number; xMin: number; xMax: number; word: string }[] = [];
  let page = 0;
  let pageWidth = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)"/.exec(line);
    if (p) { page++; pageWidth = Number(p[1]); continue; }
    const w = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/.exec(line);
    if (w) out.push({ page, pageWidth, xMin: Number(w[1]), xMax: Number(w[2]), word: decodeXml(w[3]!) });
  }
  return out;
}

/** Converts a DOCX to PDF with LibreOffice and returns the PDF. */
export function libreOfficeToPdf(docx: Uint8Array): Uint8Array {
  return withTempDir((dir) => {
    const input = join(dir, 'report.docx');
    writeFileSync(input, docx);
    const bin = hasCommand('libreoffice') ? 'libreoffice' : 'soffice';
    // A private profile keeps parallel runs from fighting over the user's LibreOffice profile.
    execFileSync(bin, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
      stdio: 'ignore', timeout: 180_000,
    });
    const output = join(dir, 'report.pdf');
    if (!existsSync(output)) throw new Error('LibreOffice produced no PDF');
    return new Uint8Array(readFileSync(output));
  });
}

/** Collapses whitespace so strings that wrapped across lines still match. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The decompressed content streams of a PDF's pages: the operators that draw them. */
export function pdfContentStreams(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString('latin1');
  const objects = new Map<string, { dict: string; start: number }>();
  for (const m of raw.matchAll(/(?:^|\n)(\d+) 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\r?\n/g)) {
    objects.set(m[1]!, { dict: m[2]!, start: m.index + m[0].length });
  }
  return [...raw.matchAll(/\/Contents (\d+) 0 R/g)].map((ref) => {
    const obj = objects.get(ref[1]!);
    if (!obj) throw new Error(`The PDF has no stream object ${ref[1]}`);
    const length = Number(/\/Length (\d+)/.exec(obj.dict)?.[1]);
    const bytes = pdf.subarray(obj.start, obj.start + length);
    return strFromU8(/\/FlateDecode/.test(obj.dict) ? unzlibSync(bytes) : bytes, true);
  });
}

/**
 * The operands of a content stream that are not PDF numbers: PDF writes numbers as plain
 * decimals, so "1e-7", "NaN", "Infinity" or "undefined" make the page invalid. Strings
 * (text shown, in parentheses or hex) and names are skipped.
 */
export function badPdfNumbers(stream: string): string[] {
  const code = stream
    .replace(/\((?:\\.|[^\\)])*\)/g, ' ')
    .replace(/<[0-9A-Fa-f\s]*>/g, ' ')
    .replace(/\/[^\s/[\]()<>{}]*/g, ' ');
  return code.split(/[\s[\]{}<>]+/).filter((t) =>
    t !== '' && (/^[-+.\d]/.test(t) || /NaN|Infinity|undefined|null/.test(t)) && !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t));
}

// jsdom ships no types; the one thing used here is typed by the DOM library.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new () => { window: { DOMParser: typeof DOMParser } } };
const xmlParser = new (new JSDOM().window.DOMParser)();

/**
 * What a strict XML 1.0 parser (jsdom's) says is wrong with `xml`, or null when it is
 * well-formed: a forbidden character, a stray `&` or `<`, a broken attribute all fail.
 */
export function xmlError(xml: string): string | null {
  const error = parseXml(xml).getElementsByTagName('parsererror')[0];
  return error ? (error.textContent ?? 'parser error') : null;
}

/** `xml` parsed by jsdom's strict XML parser; an error shows as a `parsererror` element. */
export function parseXml(xml: string): Document {
  return xmlParser.parseFromString(xml, 'application/xml');
}

/** Every XML part of a DOCX that a strict parser refuses, with its error. */
export function malformedDocxParts(docx: Uint8Array): string[] {
  return Object.entries(unzipDocx(docx))
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .map(([name, bytes]) => [name, xmlError(strFromU8(bytes))] as const)
    .filter(([, error]) => error !== null)
    .map(([name, error]) => `${name}: ${error}`);
}

/** The visible text of the document body, headers and footers. */
export function docxText(docx: Uint8Array): string {
  return Object.entries(unzipDocx(docx))
    .filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .map(([, bytes]) => visibleText(strFromU8(bytes))).join('\n');
}

/** Width and height of a PNG, from its header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The drawn size and view box of an SVG, from its root element; a root that is not a
 * well-formed `<svg>` or a size that is not a plain number fails here.
 */
export function svgSize(svg: Uint8Array): { width: number; height: number; viewBox: number[] } {
  const root = parseXml(strFromU8(svg)).documentElement;
  if (root.localName !== 'svg') throw new Error(`not an SVG document: <${root.localName}>`);
  const number = (name: string): number => {
    const value = root.getAttribute(name) ?? '';
    if (!/^\d+(\.\d+)?$/.test(value)) throw new Error(`the SVG's ${name} is not a plain number: "${value}"`);
    return Number(value);
  };
  const viewBox = (root.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  return { width: number('width'), height: number('height'), viewBox };
}
