/** Reading the fingerprint a document carries in its metadata, as `verify` does. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentFingerprint } from '../../../../../electron/node/cli/document-fingerprint';
import { fingerprintInKeywords, fingerprintKeyword } from '../../../../../shared/report';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const pdf = (info: string) => strToU8(`%PDF-1.3\n1 0 obj\n<<${info}>>\nendobj\n%%EOF\n`, true);
const utf16 = (s: string) => `<FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

describe('the fingerprint keyword', () => {
  it('is found among other keywords, and only whole', () => {
    expect(fingerprintInKeywords(`invoices, ${fingerprintKeyword(A)}, audit`)).toBe(A);
    expect(fingerprintInKeywords(fingerprintKeyword(A.slice(1)))).toBeNull();
    expect(fingerprintInKeywords(`${fingerprintKeyword(A)}0`)).toBeNull();
    expect(fingerprintInKeywords(`xsprintbook-sha256:${A}`)).toBeNull();
  });
});

describe('a PDF’s fingerprint', () => {
  it('is read from /Keywords, as a literal or as a UTF-16 hex string', () => {
    expect(documentFingerprint(pdf(`/Keywords (${fingerprintKeyword(A)})`))).toEqual({ ok: true, format: 'PDF', fingerprint: A });
    expect(documentFingerprint(pdf(`/Keywords ${utf16(fingerprintKeyword(B))}`))).toEqual({ ok: true, format: 'PDF', fingerprint: B });
  });

  it('is the later one when an update appended a second Info dictionary', () => {
    const bytes = pdf(`/Keywords (${fingerprintKeyword(A)})>>\n<</Keywords (${fingerprintKeyword(B)})`);
    expect(documentFingerprint(bytes)).toMatchObject({ fingerprint: B });
  });

  it('is never taken from the title', () => {
    expect(documentFingerprint(pdf(`/Title (${fingerprintKeyword(A)})`))).toEqual({ ok: true, format: 'PDF', fingerprint: null });
  });
});

describe('a DOCX’s fingerprint', () => {
  const docx = (core: string) => zipSync({ 'docProps/core.xml': strToU8(core), 'word/document.xml': strToU8('<w:document/>') });

  it('is read from the core properties’ keywords', () => {
    expect(documentFingerprint(docx(`<cp:coreProperties><dc:title>${fingerprintKeyword(B)}</dc:title><cp:keywords>${fingerprintKeyword(A)}</cp:keywords></cp:coreProperties>`)))
      .toEqual({ ok: true, format: 'DOCX', fingerprint: A });
    expect(documentFingerprint(docx('<cp:coreProperties/>'))).toEqual({ ok: true, format: 'DOCX', fingerprint: null });
  });

  it('says what is wrong with a file that is neither', () => {
    expect(documentFingerprint(strToU8('PK\u0003\u0004 broken', true))).toMatchObject({ ok: false, reason: expect.stringMatching(/^is not a readable DOCX/) });
    expect(documentFingerprint(strToU8('hello'))).toEqual({ ok: false, reason: 'is neither a PDF nor a DOCX' });
  });
});
