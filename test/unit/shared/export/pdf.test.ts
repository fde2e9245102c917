/** The PDF renderer: file structure, fonts, determinism, and (with pdftotext) its text. */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../shared/export/pdf/index';
import { utf16be } from '../../../../shared/export/pdf/outline';
import type { Typesetter } from '../../../../shared/export/fonts/typesetter';
import type { Report } from '../../../../shared/report/types';
import { LONG_TOKEN, NOW, TRICKY, largeReport, smallReport, typesetterFor } from './fixtures';
import { HAS_PDFTOTEXT, PDFTOTEXT_MISSING, pdfText, pdfWordBoxes, squash } from './helpers';

let typesetter: Typesetter;
let a4: Uint8Array;
let letter: Uint8Array;
let raw: string;

const render = async (report: Report, now = NOW): Promise<Uint8Array> => renderPdf(report, { now, typesetter: await typesetterFor(report) });

beforeAll(async () => {
  typesetter = await typesetterFor(smallReport('a4'));
  a4 = renderPdf(smallReport('a4'), { now: NOW, typesetter });
  letter = await render(smallReport('letter'));
  raw = Buffer.from(a4).toString('latin1');
});

const pageCount = (pdf: string): number => (pdf.match(/\/Type \/Page\b(?!s)/g) ?? []).length;

describe('the PDF', () => {
  it('starts with %PDF and ends with %%EOF', () => {
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('embeds each face it draws with, cut to the document, as a Type0 font over a CIDFontType2', () => {
    const used = [...typesetter.faces.values()].map((f) => f.metrics.postScriptName);
    expect(used).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic']));
    expect((raw.match(/\/FontFile2 /g) ?? []).length).toBe(used.length);
    for (const name of used) expect(raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${name} `));
    expect((raw.match(/\/Subtype \/CIDFontType2 /g) ?? []).length).toBe(used.length);
    expect(raw).toContain('/Encoding /Identity-H');
    expect(raw).toContain('/CIDToGIDMap /Identity');
    expect(raw).toContain('/ToUnicode');
    expect(raw).toContain('/FlateDecode');
    expect(raw).not.toContain('DejaVu');
  });

  it('stays small: the fonts are cut to the characters the document uses', () => {
    expect(a4.length).toBeLessThan(120_000);
  });

  it('writes A4 or US Letter pages', () => {
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(Buffer.from(letter).toString('latin1')).toMatch(/\/MediaBox \[0 0 612\.? 792\.?\]/);
  });

  it('has bookmarks for the headings, with Unicode titles', () => {
    expect(raw).toContain('/Outlines');
    const title = utf16be(`Governance model ${TRICKY.czech}`).replace(/[()\\]/g, (c) => `\\${c}`);
    expect(raw).toContain(`/Title (${title})`);
  });

  it('records the given time as the creation date, in UTC', () => {
    expect(raw).toContain("/CreationDate (D:20250314092653+00'00')");
  });

  it('is byte-for-byte identical for the same report and time', () => {
    expect(renderPdf(smallReport('a4'), { now: NOW, typesetter })).toEqual(a4);
  });

  it('differs when the time differs', () => {
    expect(renderPdf(smallReport('a4'), { now: new Date('2026-01-01T00:00:00Z'), typesetter })).not.toEqual(a4);
  });
});

describe.skipIf(!HAS_PDFTOTEXT)(`the PDF's text${HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING}`, () => {
  let text: string;
  beforeAll(() => { text = pdfText(a4); });

  it('contains accents, Greek, Cyrillic and markup-looking strings exactly', () => {
    for (const s of Object.values(TRICKY)) expect(text).toContain(s);
    // The long token was broken over lines; joined up it is all there.
    expect(text.replace(/\s+/g, '')).toContain(LONG_TOKEN);
  });

  it('numbers every page "Page N of M", the cover included', () => {
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    const m = pageCount(raw);
    expect(pages).toHaveLength(m);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${m}`));
  });

  it('puts the running header on every page but the cover', () => {
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages[0]).not.toContain(`Claims triage pilot — ${TRICKY.czech}`);
    for (const p of pages.slice(1)) expect(p).toContain(`Claims triage pilot — ${TRICKY.czech}`);
  });

  it('shows the verdict and the facts on the cover', () => {
    const cover = text.split('\f')[0]!;
    expect(cover).toContain('Not ready to scale: 3 blockers');
    expect(cover).toContain('Claims triage assistant');
  });

  it('leaves the contents out of a document of six pages or fewer (contents.test.ts has the long ones)', () => {
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeLessThanOrEqual(6);
    expect(text).not.toContain('Contents');
    expect(squash(pages[1]!)).toContain(`Governance model ${TRICKY.czech}`);
  });

  it('keeps every word inside the page margins', () => {
    const boxes = pdfWordBoxes(a4);
    expect(boxes.length).toBeGreaterThan(100);
    for (const b of boxes) {
      expect(b.xMin, b.word).toBeGreaterThanOrEqual(60);
      expect(b.xMax, b.word).toBeLessThanOrEqual(b.pageWidth - 60);
    }
  });

  it('repeats the table header on every page a long table runs over', async () => {
    const big = await render(largeReport('a4'));
    const pages = pdfText(big, ['-layout']).split('\f');
    const tablePages = pages.filter((p) => /Metric 1\d\d:/.test(p));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const p of tablePages) expect(squash(p)).toMatch(/Metric Baseline Target Latest Status Owner/);
  });
});
