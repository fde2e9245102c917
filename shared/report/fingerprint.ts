/**
 * How a document carries its workbook's fingerprint in its metadata: one keyword,
 * "sprintbook-sha256:<64 hex digits>", in the PDF's /Keywords and the DOCX's cp:keywords.
 * `sprintbook verify` finds it with `fingerprintInKeywords`.
 */

export const FINGERPRINT_KEYWORD_PREFIX = 'sprintbook-sha256:';

export function fingerprintKeyword(sha256: string): string {
  return `${FINGERPRINT_KEYWORD_PREFIX}${sha256}`;
}

/** The fingerprint named in a document's keywords, or null when they hold none. */
export function fingerprintInKeywords(keywords: string): string | null {
  const m = /(?:^|[\s,;])sprintbook-sha256:([0-9a-f]{64})(?![0-9a-f])/.exec(keywords);
  return m ? m[1]! : null;
}
