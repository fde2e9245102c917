/**
 * Makes the DOCX package deterministic. The docx Packer stamps core.xml with the current time
 * and zips with the current time; we write `now` into core.xml and re-zip every part with
 * one fixed timestamp, in the Packer's order, so equal input gives equal bytes. docx also
 * numbers heading bookmarks from a process-wide counter, so the second export in a process
 * would differ from the first: bookmarks are renumbered from 1 in document order.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { isoSeconds, zipDate } from '../stamp';

const CORE = 'docProps/core.xml';
const DOCUMENT = 'word/document.xml';

/** Renumbers `_TocN` bookmark names and bookmark ids by first appearance. */
export function renumberBookmarks(xml: string): string {
  const names = new Map<string, string>();
  const ids = new Map<string, string>();
  return xml
    .replace(/_Toc(\d+)/g, (_m, n: string) => {
      let v = names.get(n);
      if (!v) { v = String(names.size + 1); names.set(n, v); }
      return `_Toc${v}`;
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

export function repackage(zip: Uint8Array, now: Date): Uint8Array {
  const parts = unzipSync(zip);
  const mtime = zipDate(now);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(parts)) {
    const bytes = name === CORE ? strToU8(stampCoreXml(strFromU8(data), now))
      : name === DOCUMENT ? strToU8(renumberBookmarks(strFromU8(data)))
        : data;
    // Images are already compressed; deflating them again only costs time.
    const level = /\.(png|jpe?g|gif)$/i.test(name) ? 0 : 6;
    out[name] = [bytes, { level, mtime }];
  }
  return zipSync(out);
}
