/**
 * Makes the DOCX package deterministic. The docx Packer stamps core.xml with the current time
 * and zips with the current time; we write `now` into core.xml and re-zip every part with
 * one fixed timestamp, in the Packer's order, so equal input gives equal bytes. docx also
 * numbers heading bookmarks from a process-wide counter, so the second export in a process
 * would differ from the first: bookmarks are renumbered from 1 in document order. What we
 * write past docx goes in here too: the tables' XML (slots.ts) and keys of the embedded fonts
 * that depend on the fonts alone (fonts.ts), and the figures' SVGs and PNGs in place of their
 * stand-ins (figurePlaceholders.ts). PNGs are compressed already and are not compressed again.
 *
 * The package is zipped as a stream, part by part in order, while the figures' PNGs are still
 * being drawn: the XML and fonts are deflated in the wait, and a PNG is written when it comes.
 * Zipped after the last PNG, the deflating was the export's last stretch, with the workers
 * done and one core idle.
 */
import { strFromU8, strToU8, Zip, ZipDeflate } from 'fflate';
import { isoSeconds, zipDate } from '../stamp';
import type { PackageParts } from './compile';
import { stableFontKeys } from './fonts';
import { placeholderFigure, svgPlaceholderFigure } from './figurePlaceholders';
import type { XmlSlots } from './slots';

/** A figure as the package holds it: its SVG, and its PNG, which may still be being drawn. */
export interface DrawnFigure {
  readonly svg: string;
  readonly png: Promise<Uint8Array>;
}

function drawnFigure(figures: ReadonlyMap<number, DrawnFigure>, id: number): DrawnFigure {
  const figure = figures.get(id);
  if (!figure) throw new Error(`The picture of figure ${id} was not drawn.`);
  return figure;
}

const CORE = 'docProps/core.xml';
const DOCUMENT = 'word/document.xml';
const FONT_TABLE = 'word/fontTable.xml';
const FONT_RELATIONSHIPS = 'word/_rels/fontTable.xml.rels';

/**
 * Renumbers `_TocN` bookmark names (and the TOC's links and page references to them) and
 * bookmark ids by first appearance. Only markup is touched: a heading may well read "_Toc12".
 */
export function renumberBookmarks(xml: string): string {
  const names = new Map<string, string>();
  const ids = new Map<string, string>();
  return xml
    .replace(/(\bw:(?:name|anchor)="_Toc|<w:instrText\b[^>]*>PAGEREF _Toc)(\d+)(?!\d)/g, (_m, a: string, n: string) => {
      let v = names.get(n);
      if (!v) { v = String(names.size + 1); names.set(n, v); }
      return `${a}${v}`;
    })
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_m, a: string, n: string, b: string) => {
      let v = ids.get(n);
      if (!v) { v = String(ids.size + 1); ids.set(n, v); }
      return `${a}${v}${b}`;
    });
}

export function stampCoreXml(xml: string, now: Date): string {
  const at = isoSeconds(now);
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${at}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${at}$2`);
}

/**
 * XML 1.0 forbids U+FFFE and U+FFFF, and docx writes them through from user text (it drops
 * only control characters), which would leave a file Word refuses to open.
 */
function dropForbiddenCharacters(xml: string): string {
  return xml.replace(/[\uFFFE\uFFFF]/g, '');
}

const textOf = (part: string | Uint8Array): string => (typeof part === 'string' ? part : strFromU8(part));

/**
 * `parts`: as docx compiled them (compile.ts); `figures`: each figure's SVG and PNG by its
 * number, for their stand-ins. Resolves once every PNG is drawn and written; rejects with the
 * first figure that failed.
 */
export function repackage(parts: PackageParts, now: Date, slots: XmlSlots, figures: ReadonlyMap<number, DrawnFigure> = new Map()): Promise<Uint8Array> {
  // Before the loop: it rewrites the font parts, which may come before fontTable.xml.
  const table = parts.get(FONT_TABLE), relationships = parts.get(FONT_RELATIONSHIPS);
  const fontTable = table !== undefined && relationships !== undefined ? stableFontKeys(textOf(table), textOf(relationships), parts) : null;
  const mtime = zipDate(now);
  const edit = (name: string, xml: string): string => {
    switch (name) {
      case CORE: return stampCoreXml(xml, now);
      // Renumbered before the slots are filled, so the scan skips the tables' (mostly user) text.
      case DOCUMENT: return slots.fill(renumberBookmarks(xml));
      case FONT_TABLE: return fontTable ?? xml;
      default: return xml;
    }
  };
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let failed = false;
    const fail = (error: unknown): void => { if (!failed) { failed = true; zip.terminate(); reject(error); } };
    const zip = new Zip((error, chunk, final) => {
      if (error) { fail(error); return; }
      chunks.push(chunk);
      if (final && !failed) resolve(concat(chunks));
    });
    for (const [name, data] of parts) {
      const png = /\.png$/.test(name) && typeof data !== 'string' ? placeholderFigure(data) : null;
      // A PNG goes in as deflate's stored blocks, not as a stored entry: a streamed entry's sizes
      // follow its data, which readers that walk a zip from the front can only find in a deflate stream.
      const entry = new ZipDeflate(name, { level: png !== null ? 0 : 6 });
      entry.mtime = mtime;
      zip.add(entry);
      if (png !== null) {
        drawnFigure(figures, png).png.then((bytes) => { if (!failed) entry.push(bytes, true); }, fail);
        continue;
      }
      const svg = /\.svg$/.test(name) && typeof data !== 'string' ? svgPlaceholderFigure(data) : null;
      entry.push(/\.(xml|rels)$/.test(name) ? strToU8(dropForbiddenCharacters(edit(name, textOf(data))))
        : svg !== null ? strToU8(drawnFigure(figures, svg).svg)
          : typeof data === 'string' ? strToU8(data) : data, true);
    }
    zip.end();
  });
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
