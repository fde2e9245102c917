/**
 * The DOCX as LibreOffice sees it: converted to PDF headless, it must still carry every
 * string, its tables must stay inside the page, and its figure image must be there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../../shared/export';
import { renderDocx } from '../../../../shared/export/docx/index';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import { allScriptsWorkbook } from '../../../fixtures/all-scripts-workbook';
import { FONTS, LONG_TOKEN, NOW, TRICKY, smallReport, typesetterFor, RASTERIZER } from './fixtures';
import {
  HAS_LIBREOFFICE, HAS_PDFTOTEXT, LIBREOFFICE_MISSING, PDFTOTEXT_MISSING, libreOfficeToPdf, part, pdfFonts, pdfText, pdfWordBoxes,
} from './helpers';

const missing = !HAS_LIBREOFFICE ? LIBREOFFICE_MISSING : !HAS_PDFTOTEXT ? PDFTOTEXT_MISSING : '';

describe.skipIf(missing !== '')(`the DOCX opened in LibreOffice${missing}`, () => {
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    pdf = libreOfficeToPdf(await renderDocx(smallReport('a4'), { now: NOW, typesetter: await typesetterFor(smallReport('a4')) , rasterizer: RASTERIZER }));
    text = pdfText(pdf);
  }, 180_000);

  it('converts to a PDF that contains every tricky string', () => {
    for (const s of Object.values(TRICKY)) expect(text).toContain(s);
    expect(text.replace(/\s+/g, '')).toContain(LONG_TOKEN);
  });

  it('numbers the pages "Page N of M"', () => {
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(pages[pages.length - 1]).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('keeps table text and long words inside the page', () => {
    for (const b of pdfWordBoxes(pdf)) expect(b.xMax, b.word).toBeLessThanOrEqual(b.pageWidth - 40);
  });
});

describe.skipIf(missing !== '')(`a DOCX in every script opened in LibreOffice${missing}`, () => {
  let docx: Uint8Array;
  let pdf: Uint8Array;
  beforeAll(async () => {
    const opened = loadWorkbook(serializeWorkbook(allScriptsWorkbook()));
    if (!opened.ok) throw new Error('the fixture must open');
    docx = (await exportDocument(opened.workbook, [], { doc: 'governance', format: 'docx', now: NOW, fonts: FONTS })).bytes;
    pdf = libreOfficeToPdf(docx);
  }, 180_000);

  it('is drawn with the fonts the DOCX embeds, each face embedded in the result, and no other', () => {
    const embeddedFamilies = [...part(docx, 'word/fontTable.xml').matchAll(/<w:font w:name="([^"]+)">(?:(?!<\/w:font>).)*<w:embedRegular /gs)]
      .map((m) => m[1]!.replace(/ /g, ''));
    const used = pdfFonts(pdf);
    expect(used.length).toBeGreaterThan(5);
    for (const f of used) {
      expect(f.embedded, f.name).toBe(true);
      expect(embeddedFamilies.some((family) => f.name.startsWith(`${family}-`)), `${f.name} is not one of ${embeddedFamilies.join(', ')}`).toBe(true);
    }
    for (const family of ['NotoSansArabic', 'NotoSansHebrew', 'NotoSansThai', 'NotoSansDevanagari', 'NotoSansSC', 'NotoSansKR', 'NotoEmoji']) {
      expect(used.some((f) => f.name.startsWith(family)), family).toBe(true);
    }
  });

  it('shows the names written in every script', () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const name of ['Zoë Ångström', '王芳', '山田 太郎', '김민준', 'สมชาย ใจดี', 'आर्या शर्मा', 'Ярослава Ковальчук']) expect(text).toContain(name);
  });
});

