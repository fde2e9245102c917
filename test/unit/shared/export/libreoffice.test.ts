/**
 * The DOCX as LibreOffice sees it: converted to PDF headless, it must still carry every
 * string, its tables must stay inside the page, and its figure image must be there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../shared/export/docx/index';
import { LONG_TOKEN, NOW, TRICKY, smallReport, typesetterFor } from './fixtures';
import {
  HAS_LIBREOFFICE, HAS_PDFTOTEXT, LIBREOFFICE_MISSING, PDFTOTEXT_MISSING, libreOfficeToPdf, pdfText, pdfWordBoxes,
} from './helpers';

const missing = !HAS_LIBREOFFICE ? LIBREOFFICE_MISSING : !HAS_PDFTOTEXT ? PDFTOTEXT_MISSING : '';

describe.skipIf(missing !== '')(`the DOCX opened in LibreOffice${missing}`, () => {
  let pdf: Uint8Array;
  let text: string;
  beforeAll(async () => {
    pdf = libreOfficeToPdf(await renderDocx(smallReport('a4'), { now: NOW, typesetter: await typesetterFor(smallReport('a4')) }));
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

  it('shows the headings in the contents even without updating fields', () => {
    const contents = text.split('\f')[1]!;
    expect(contents).toContain(`Workflow ${TRICKY.greek}`);
    expect(contents).toContain(`Metrics ${TRICKY.cyrillic}`);
  });
});
