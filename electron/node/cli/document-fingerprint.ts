/**
 * Reads the workbook fingerprint a Sprintbook document carries in its metadata: the PDF's
 * Info /Keywords, the DOCX's core properties (docProps/core.xml, cp:keywords). Only the
 * metadata is read, never the text, so a workbook whose title mentions a fingerprint cannot
 * make a document seem to carry it.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { fingerprintInKeywords } from '../../../shared/report';

export type DocumentFingerprint =
  | { readonly ok: true; readonly format: 'PDF' | 'DOCX'; readonly fingerprint: string | null }
  | { readonly ok: false; readonly reason: string };

export function documentFingerprint(bytes: Uint8Array): DocumentFingerprint {
  const head = strFromU8(bytes.subarray(0, 5), true);
  if (head === '%PDF-') return { ok: true, format: 'PDF', fingerprint: pdfFingerprint(bytes) };
  if (head.startsWith('PK\u0003\u0004')) return docxFingerprint(bytes);
  return { ok: false, reason: 'is neither a PDF nor a DOCX' };
}

/** The last /Keywords entry that names a fingerprint: a later Info dictionary (an incremental update) wins. */
function pdfFingerprint(bytes: Uint8Array): string | null {
  const text = strFromU8(bytes, true);
  let found: string | null = null;
  for (const m of text.matchAll(/\/Keywords\s*(?:\(((?:\\[\s\S]|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)/g)) {
    const value = m[1] !== undefined ? m[1].replace(/\\([\\()])/g, '$1') : hexString(m[2]!);
    found = fingerprintInKeywords(value) ?? found;
  }
  return found;
}

/** A PDF hex string; UTF-16BE when it starts with the byte-order mark, as PDF writers use it. */
function hexString(hex: string): string {
  const digits = hex.replace(/\s+/g, '');
  const bytes = Uint8Array.from({ length: Math.floor(digits.length / 2) }, (_, i) => parseInt(digits.slice(i * 2, i * 2 + 2), 16));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return strFromU8(bytes, true);
}

function docxFingerprint(bytes: Uint8Array): DocumentFingerprint {
  let core: Uint8Array | undefined;
  try {
    core = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'];
  } catch (e) {
    return { ok: false, reason: `is not a readable DOCX (${e instanceof Error ? e.message : String(e)})` };
  }
  if (core === undefined) return { ok: true, format: 'DOCX', fingerprint: null };
  const keywords = /<(?:[\w-]+:)?keywords\b[^>]*>([^<]*)</.exec(strFromU8(core));
  return { ok: true, format: 'DOCX', fingerprint: keywords ? fingerprintInKeywords(keywords[1]!) : null };
}
