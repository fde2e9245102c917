/**
 * The contents page of a document longer than six pages: in the PDF, each entry's page number
 * is the page its heading is on (pdftotext, page by page); in the DOCX, each entry links to a
 * bookmark on its heading and carries a live PAGEREF field, so LibreOffice's rendering shows
 * the pages its own layout puts the headings on, with no dot leaders running to nothing, and
 * Word updates the fields on opening. A document of six pages or fewer has no contents page.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, type ExportFormat } from '../../../../shared/export';
import { CONTENTS_AFTER_PAGES } from '../../../../shared/export/pdf/contents';
import { loadWorkbook } from '../../../../shared/format';
import type { DocKind } from '../../../../shared/report';
import { FONTS } from './fixtures';
import {
  HAS_LIBREOFFICE, HAS_PDFTOTEXT, LIBREOFFICE_MISSING, PDFTOTEXT_MISSING, libreOfficeToPdf, part, pdfText, visibleText,
} from './helpers';

const EXAMPLE = new URL('../../../fixtures/examples/invoice-approval-1.1.sprintbook', import.meta.url);
const opened = loadWorkbook(readFileSync(EXAMPLE, 'utf8'));
if (!opened.ok) throw new Error('the example workbook must open');
const workbook = opened.workbook;
const now = new Date('2026-11-24T09:00:00Z');

const render = async (doc: DocKind, format: ExportFormat): Promise<Uint8Array> =>
  (await exportDocument(workbook, [], { doc, format, now, today: '2026-11-24', fonts: FONTS })).bytes;

interface Entry { readonly text: string; readonly page: number }

/**
 * The entries of the contents page(s) of pdftotext -layout output: a heading's words, spaces,
 * and its page number at the end of its last line (a long heading wraps onto two lines).
 */
function contentsOf(pages: readonly string[]): { entries: Entry[]; last: number } {
  const first = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
  if (first < 0) return { entries: [], last: -1 };
  const entries: Entry[] = [];
  let pending = '';
  let last = first;
  for (let i = first; i < pages.length; i++) {
    const lines = pages[i]!.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    // The running header, the title and the footer are not entries.
    const body = lines.slice(1, -1).filter((l) => l !== 'Contents');
    const found = body.map((l) => /^(.*?)\s{2,}(\d+)$/.exec(l));
    if (i > first && found.every((m) => m === null)) break;
    last = i;
    body.forEach((l, k) => {
      const m = found[k];
      if (m) { entries.push({ text: `${pending}${m[1]!}`.replace(/\s+/g, ' ').trim(), page: Number(m[2]) }); pending = ''; } else pending += `${l} `;
    });
  }
  return { entries, last };
}

/** The first page (1-based) after the contents with a line that is exactly `heading`. */
function pageOfHeading(pages: readonly string[], heading: string, after: number): number {
  const i = pages.findIndex((p, n) => n > after && p.split('\n').some((l) => l.trim().replace(/\s+/g, ' ') === heading));
  return i + 1;
}

function expectNumbersMatchHeadings(text: string, least: number): void {
  const pages = text.split('\f');
  const { entries, last } = contentsOf(pages);
  expect(entries.length).toBeGreaterThanOrEqual(least);
  for (const e of entries) expect({ heading: e.text, page: pageOfHeading(pages, e.text, last) }).toEqual({ heading: e.text, page: e.page });
}

const pdfMissing = HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING;

describe.skipIf(pdfMissing !== '')(`the PDF's contents${pdfMissing}`, () => {
  let governance: string;
  let roadmap: string;
  beforeAll(async () => {
    governance = pdfText(await render('governance', 'pdf'), ['-layout']);
    roadmap = pdfText(await render('roadmap', 'pdf'), ['-layout']);
  }, 120_000);

  it('comes right after page 1 of a document longer than six pages', () => {
    const pages = governance.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(CONTENTS_AFTER_PAGES + 1);
    expect(pages[1]).toMatch(/^\s*Contents\s*$/m);
  });

  it('gives each heading the page it is on', () => {
    expectNumbersMatchHeadings(governance, 10);
  });

  it('is left out of a document of six pages or fewer', () => {
    expect(roadmap.split('\f').filter((p) => p.trim() !== '').length).toBeLessThanOrEqual(CONTENTS_AFTER_PAGES);
    expect(roadmap).not.toMatch(/^\s*Contents\s*$/m);
  });
});

describe('the DOCX contents', () => {
  let xml: string;
  beforeAll(async () => {
    xml = part(await render('governance', 'docx'), 'word/document.xml');
  }, 120_000);

  it('links every entry to a bookmark on its heading and gives it a PAGEREF field to the same bookmark', () => {
    const entries = [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="ContentsEntry[12]"\/>.*?<\/w:p>/gs)].map((m) => m[0]);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const anchor = /<w:hyperlink w:anchor="([^"]+)"/.exec(entry)?.[1];
      expect(anchor).toBeDefined();
      expect(entry).toContain(`PAGEREF ${anchor} \\h`);
      const heading = new RegExp(`<w:p><w:pPr><w:pStyle w:val="Heading[12]"/>(?:(?!</w:p>).)*<w:bookmarkStart w:name="${anchor}"`, 's');
      expect(xml).toMatch(heading);
    }
  });

  it('keeps a part with the first section under it, and a part with none with nothing: the last entry stays on the contents page', () => {
    const entries = [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="ContentsEntry([12])"\/>(<w:keepNext w:val="0"\/>)?/g)]
      .map((m) => ({ level: Number(m[1]), alone: m[2] !== undefined }));
    expect(entries[entries.length - 1]).toEqual({ level: 1, alone: true });
    entries.forEach((e, i) => expect(e.alone, `entry ${i + 1}`).toBe(e.level === 1 && entries[i + 1]?.level !== 2));
  });

  it('has no dot leaders, so a field nobody updated leaves a clean list of links', () => {
    const contents = xml.slice(xml.indexOf('ContentsTitle'), xml.lastIndexOf('ContentsEntry'));
    expect(contents).not.toContain('w:leader');
    expect(contents).not.toContain('TOC \\');
  });

  it('asks Word to update the fields on opening', async () => {
    expect(part(await render('governance', 'docx'), 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
    expect(xml).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/><\/w:r><w:r><w:instrText xml:space="preserve"> PAGEREF /);
  });

  it('is left out of a short document', async () => {
    const roadmap = part(await render('roadmap', 'docx'), 'word/document.xml');
    expect(visibleText(roadmap)).not.toContain('Contents');
  });
});

const loMissing = !HAS_LIBREOFFICE ? LIBREOFFICE_MISSING : pdfMissing;

describe.skipIf(loMissing !== '')(`the DOCX contents as LibreOffice shows it${loMissing}`, () => {
  let text: string;
  beforeAll(async () => {
    text = pdfText(libreOfficeToPdf(await render('governance', 'docx')), ['-layout']);
  }, 180_000);

  it('gives each heading the page LibreOffice puts it on', () => {
    expectNumbersMatchHeadings(text, 10);
  });

  it('shows no leaders running to nothing', () => {
    const contents = text.split('\f')[1]!;
    expect(contents).not.toMatch(/\.{4,}/);
    expect(contents).not.toMatch(/…{2,}/);
  });
});
