/**
 * Bytes to text: a `.sprintbook` is UTF-8, a leading byte-order mark is ignored, and any other
 * encoding is refused with a message that names it (a UTF-16 file saved by a Windows editor is
 * the usual culprit).
 */
import { refusal, type Refusal } from './faults';

export type Decoded = { ok: true; text: string } | { ok: false; refusal: Refusal };

export function decodeWorkbookBytes(bytes: Uint8Array): Decoded {
  const b0 = bytes[0], b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return fail(`The file is encoded as UTF-16 ${b0 === 0xff ? 'little' : 'big'}-endian; a workbook must be UTF-8. Save it again as UTF-8.`);
  }
  // UTF-16 without a BOM shows up as NUL bytes between ASCII characters.
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
    return fail('The file contains NUL bytes: it is UTF-16 or binary, not UTF-8 text.');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail(`The file is not valid UTF-8 (first bad byte at offset ${at}); it may be Latin-1 or Windows-1252. Save it again as UTF-8.`);
  }
}

function fail(reason: string): Decoded {
  return { ok: false, refusal: refusal('encoding', reason) };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/** Strips a leading U+FEFF from text that was already decoded elsewhere. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
