/**
 * Issue 11: the governance model of the 1,000-node bench workbook stays a document. Its map is
 * an overview and sections on at most 12 pages, the whole PDF is under 100 pages, and it opens
 * with its contents on page 2. (The DOCX's page count, as LibreOffice lays it out, is in the
 * export bench: converting it takes longer than a unit test should.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../../shared/export';
import { buildReport, type FigureBlock } from '../../../../shared/report';
import { BENCH_SIZE, generateWorkbook } from '../../../fixtures/generate';
import { FONTS, NOW } from './fixtures';
import { HAS_PDFTOTEXT, PDFTOTEXT_MISSING, pdfText } from './helpers';

const w = generateWorkbook(BENCH_SIZE);
/** The map's figures: the overview and its sections, each titled with what it shows. */
const mapTitles = buildReport(w, [], { doc: 'governance', today: '2026-11-24' }).blocks
  .filter((b): b is FigureBlock => b.type === 'figure' && b.altText.startsWith('Workflow map'))
  .map((b) => b.title ?? b.caption);

describe.skipIf(!HAS_PDFTOTEXT)(`the governance model of the 1,000-node bench workbook${HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING}`, () => {
  let pages: string[];
  beforeAll(async () => {
    const pdf = (await exportDocument(w, [], { doc: 'governance', format: 'pdf', now: NOW, fonts: FONTS })).bytes;
    // pdftotext ends every page with a form feed.
    pages = pdfText(pdf).split('\f').slice(0, -1);
  }, 120_000);

  it('draws its map as an overview and sections on at most 12 pages', () => {
    expect(mapTitles.length).toBeGreaterThan(1);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const mapPages = pages.filter((page) => mapTitles.some((t) => flat(page).includes(flat(t))));
    expect(mapPages.length).toBeGreaterThanOrEqual(mapTitles.length);
    expect(mapPages.length).toBeLessThanOrEqual(12);
  });

  it('is under 100 pages with its contents on page 2', () => {
    expect(pages.length).toBeLessThan(100);
    expect(pages[1]).toMatch(/^Contents$/m);
  });
});
