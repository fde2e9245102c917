// @vitest-environment jsdom
/** "Save all" in a browser: every document in one zip, downloaded once. */
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserHost } from '../../../../renderer/host/browserHost';
import { zipExports, zipName } from '../../../../renderer/host/zipExports';

const PDF = 'application/pdf';

describe('saving every document at once in a browser', () => {
  let clicked: HTMLAnchorElement[];
  let blobs: Blob[];
  beforeEach(() => {
    clicked = [];
    blobs = [];
    URL.createObjectURL = vi.fn((b: Blob) => { blobs.push(b); return 'blob:test'; });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this); });
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads one zip holding every document, and says what it wrote', async () => {
    const files = [
      { name: 'Governance model.pdf', mimeType: PDF, bytes: new Uint8Array([1, 2]) },
      { name: 'Governance model.docx', mimeType: PDF, bytes: new Uint8Array([3]) },
    ];
    const result = await browserHost().saveExports('Claims sprint documents', files);
    expect(result).toEqual({ ok: true, value: { place: 'Claims sprint documents.zip', kind: 'zip', written: ['Governance model.pdf', 'Governance model.docx'] } });
    expect(clicked.map((a) => a.download)).toEqual(['Claims sprint documents.zip']);
    const entries = unzipSync(new Uint8Array(await blobs[0]!.arrayBuffer()));
    expect(Object.keys(entries)).toEqual(['Governance model.pdf', 'Governance model.docx']);
    expect([...entries['Governance model.pdf']!]).toEqual([1, 2]);
  });

  it('keeps both of two documents with one name, and never makes a folder of a name', () => {
    const zip = zipExports([{ name: 'a.pdf', bytes: new Uint8Array([1]) }, { name: 'a.pdf', bytes: new Uint8Array([2]) }, { name: '../x/b.pdf', bytes: new Uint8Array([3]) }]);
    expect(zip.names).toEqual(['a.pdf', 'a (2).pdf', '-x-b.pdf']);
    expect(Object.keys(unzipSync(zip.bytes))).toEqual(zip.names);
    expect(zipName('Q3/Q4 plan documents')).toBe('Q3-Q4 plan documents.zip');
  });
});
