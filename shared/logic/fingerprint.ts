/**
 * A workbook's fingerprint: the SHA-256 of its canonical text (shared/format's
 * `serializeWorkbook`) as UTF-8, in lowercase hex. Every exported document carries it, so a
 * reader can tell which version of the workbook a document came from, and `sprintbook verify`
 * can check a document against a workbook.
 *
 * The hash is the platform's Web Crypto (`crypto.subtle.digest`): the same standard API in
 * Node 20+, in the Electron renderer (its app:// origin is registered as secure) and in a
 * browser on a secure or loopback origin, so no hand-written hash is needed. It is async;
 * the export pipeline is async anyway, and the report takes the hex as an input.
 */

/** How many hex digits a document shows; the whole fingerprint is in its metadata. */
export const SHORT_FINGERPRINT_LENGTH = 12;

export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    throw new Error('This platform offers no Web Crypto (crypto.subtle): the workbook\'s fingerprint cannot be computed. Open the app from its own window or a secure (https or localhost) address.');
  }
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The first digits of a fingerprint, as documents show it. */
export function shortFingerprint(hex: string): string {
  return hex.slice(0, SHORT_FINGERPRINT_LENGTH);
}

/** A whole SHA-256 fingerprint: 64 lowercase hex digits. */
export function isFingerprint(s: string): boolean {
  return /^[0-9a-f]{64}$/.test(s);
}
