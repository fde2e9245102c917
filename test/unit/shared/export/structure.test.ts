/**
 * How blocks meet the page: a table or callout that continues on the next page repeats its
 * title with "(continued)" (and a table its header row) in the PDF; a short fact list is never
 * split; in the DOCX no row splits (as LibreOffice lays it out too), header rows repeat, short
 * tables and callouts keep together, a long callout repeats its title row, headings keep with
 * what follows and an introducing paragraph with its table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../shared/export/docx/index';
import { renderPdf } from '../../../../shared/export/pdf/index';
import type { Block, FactsBlock, Report, TableBlock } from '../../../../shared/report/types';
import { NOW, smallReport, typesetterFor, RASTERIZER } from './fixtures';
import {
  HAS_LIBREOFFICE, HAS_PDFTOTEXT, LIBREOFFICE_MISSING, PDFTOTEXT_MISSING, libreOfficeToPdf, part, pdfText, squash,
} from './helpers';

const NOTE = (i: number): string => `Row ${i} note begins here and goes on for a while about the decision, its owner and its controls, until Row ${i} note ends.`;

const longTable = (rows: number): TableBlock => ({
  type: 'table',
  columns: [{ header: 'Decision', width: 3 }, { header: 'Tier', width: 1.4 }, { header: 'Note', width: 6 }],
  rows: Array.from({ length: rows }, (_, i) => [{ content: [`Decision ${i + 1}`] }, { content: ['Medium'] }, { content: [NOTE(i + 1)] }]),
});

const cardFacts: FactsBlock = {
  type: 'facts',
  rows: Array.from({ length: 12 }, (_, i) => ({ label: `Card label ${i + 1}`, value: [`The value of line ${i + 1} of the card, which says something about the decision.`] })),
};

const halfTable: TableBlock = {
  type: 'table',
  columns: [{ header: 'Step', width: 3 }, { header: 'Tier', width: 1.4 }, { header: 'Note', width: 6 }],
  rows: Array.from({ length: 9 }, (_, i) => [{ content: [`Step ${i + 1}`] }, { content: ['Low'] }, { content: [NOTE(i + 1)] }]),
};

const LONG_CALLOUT = 'Metric after metric sits inside the noise of its baseline. '.repeat(90);

/** The page (0-based) that has `label` not followed by another digit. */
const on = (pages: readonly string[], label: string): number => pages.findIndex((p) => new RegExp(`${label}(?!\\d)`).test(p));

function report(blocks: Block[]): Report {
  return { ...smallReport('a4'), blocks };
}

const structured = report([
  { type: 'heading', level: 2, text: 'Decision register' },
  { type: 'paragraph', content: ['120 decisions: 40 low, 40 medium, 40 high.'] },
  longTable(120),
  // On a page of its own, so much filler that the card, were it not kept whole, would split
  // across the page's foot in both the PDF and LibreOffice.
  { type: 'page-break' },
  { type: 'heading', level: 2, text: 'Filler before the card' },
  { type: 'list', ordered: false, items: Array.from({ length: 28 }, (_, i) => [`Filler item ${i + 1}`]) },
  { type: 'heading', level: 3, text: 'The card' },
  cardFacts,
  { type: 'callout', tone: 'amber', title: 'Inside the noise', content: [LONG_CALLOUT] },
  // Half a page of table after two thirds of a page of filler: it splits rather than leave the rest empty.
  { type: 'page-break' },
  { type: 'list', ordered: false, items: Array.from({ length: 26 }, (_, i) => [`Filler again ${i + 1}`]) },
  { type: 'heading', level: 3, text: 'Half a page of steps' },
  halfTable,
]);

const pdfMissing = HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING;

describe.skipIf(pdfMissing !== '')(`the PDF${pdfMissing}`, () => {
  let pages: string[];
  beforeAll(async () => {
    pages = pdfText(renderPdf(structured, { now: NOW, typesetter: await typesetterFor(structured) }), ['-layout']).split('\f');
  }, 60_000);

  const lines = (page: string): string[] => page.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l !== '');

  it('repeats a table\'s title with "(continued)" and its header on every page it continues on', () => {
    const tablePages = pages.map((p, i) => ({ p, i })).filter(({ p }) => /Decision \d+ Medium/.test(squash(p)));
    expect(tablePages.length).toBeGreaterThan(2);
    tablePages.slice(1).forEach(({ p }) => {
      const body = lines(p).slice(1); // the running header first
      expect(body[0]).toBe('Decision register (continued)');
      expect(body[1]).toBe('Decision Tier Note');
    });
    // The first page has the heading itself, not "(continued)".
    expect(tablePages[0]!.p).not.toContain('(continued)');
  });

  it('keeps every row of a row that fits on a page together', () => {
    for (let i = 1; i <= 120; i++) {
      const begins = pages.findIndex((p) => squash(p).includes(`Row ${i} note begins`));
      const ends = pages.findIndex((p) => squash(p).includes(`Row ${i} note ends`));
      expect({ row: i, page: ends }).toEqual({ row: i, page: begins });
    }
  });

  it('never splits a short fact list, and keeps its heading with it', () => {
    const first = on(pages, 'Card label 1');
    expect(first).toBeGreaterThan(0);
    expect(on(pages, 'Card label 12')).toBe(first);
    expect(on(pages, 'The card')).toBe(first);
    expect(pages[first]).not.toContain('(continued)');
  });

  it('splits a table of half a page where it starts, rather than leave most of the page empty', () => {
    const first = on(pages, 'Step 1');
    expect(first).toBe(on(pages, 'Filler again 26'));
    expect(on(pages, 'Step 9')).toBe(first + 1);
  });

  it('repeats a callout\'s title with "(continued)" in each box it continues in', () => {
    const boxes = pages.filter((p) => p.includes('inside the noise of its baseline'));
    expect(boxes.length).toBeGreaterThan(1);
    expect(lines(boxes[0]!)).toContain('Inside the noise');
    for (const p of boxes.slice(1)) expect(lines(p)[1]).toBe('Inside the noise (continued)');
  });
});

describe('the DOCX', () => {
  let xml: string;
  let styles: string;
  beforeAll(async () => {
    const bytes = await renderDocx(structured, { now: NOW, typesetter: await typesetterFor(structured), rasterizer: RASTERIZER });
    xml = part(bytes, 'word/document.xml');
    styles = part(bytes, 'word/styles.xml');
  }, 60_000);

  const tables = (): string[] => [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
  const rows = (table: string): string[] => [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);

  it('never splits a row across pages, and repeats the header row', () => {
    const register = tables().find((t) => t.includes('Decision 1<'))!;
    const all = rows(register);
    expect(all.length).toBe(121);
    expect(all[0]).toContain('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    for (const r of all.slice(1)) expect(r).toContain('<w:trPr><w:cantSplit/></w:trPr>');
  });

  it('lets a long table and a table of half a page run on, but keeps a short fact list on one page', () => {
    for (const first of ['Decision 1<', 'Step 1<']) {
      expect(rows(tables().find((t) => t.includes(first))!).slice(1).filter((r) => r.includes('<w:keepNext/>'))).toEqual([]);
    }
    const card = rows(tables().find((t) => t.includes('Card label 1<'))!);
    for (const r of card.slice(0, -1)) expect(r).toContain('<w:keepNext/>');
    expect(card[card.length - 1]).not.toContain('<w:keepNext/>');
  });

  it('writes a callout too long for half a page as a table whose title row repeats on every page', () => {
    const callout = tables().find((t) => t.includes('inside the noise of its baseline'))!;
    expect(rows(callout)[0]).toContain('<w:tblHeader/>');
    expect(rows(callout)[0]).toContain('Inside the noise');
  });

  it('keeps headings with what follows and an introducing paragraph with its table', () => {
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles)?.[0] ?? '';
      expect(style, id).toContain('<w:keepNext/>');
      expect(style, id).toContain('<w:keepLines/>');
    }
    const intro = /<w:p>(?:(?!<\/w:p>).)*120 decisions: 40 low/s.exec(xml)?.[0] ?? '';
    expect(intro).toContain('<w:keepNext/>');
  });
});

const loMissing = !HAS_LIBREOFFICE ? LIBREOFFICE_MISSING : pdfMissing;

describe.skipIf(loMissing !== '')(`the DOCX as LibreOffice lays it out${loMissing}`, () => {
  let pages: string[];
  beforeAll(async () => {
    const bytes = await renderDocx(structured, { now: NOW, typesetter: await typesetterFor(structured), rasterizer: RASTERIZER });
    pages = pdfText(libreOfficeToPdf(bytes), ['-layout']).split('\f');
  }, 180_000);

  it('splits no row across pages and repeats the header row on each page of the table', () => {
    for (let i = 1; i <= 120; i++) {
      const begins = pages.findIndex((p) => squash(p).includes(`Row ${i} note begins`));
      expect({ row: i, page: pages.findIndex((p) => squash(p).includes(`Row ${i} note ends`)) }).toEqual({ row: i, page: begins });
    }
    const tablePages = pages.filter((p) => /Decision \d+ Medium/.test(squash(p)));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const p of tablePages) expect(squash(p)).toContain('Decision Tier Note');
  });

  it('keeps the short fact list on one page, with its heading', () => {
    expect(on(pages, 'Card label 1')).toBeGreaterThan(0);
    expect(on(pages, 'Card label 12')).toBe(on(pages, 'Card label 1'));
    expect(on(pages, 'The card')).toBe(on(pages, 'Card label 1'));
  });

  it('repeats a long callout\'s title on each page it continues on', () => {
    const boxes = pages.filter((p) => p.includes('inside the noise of its baseline'));
    expect(boxes.length).toBeGreaterThan(1);
    for (const p of boxes) expect(p).toContain('Inside the noise');
  });
});
