/**
 * Headings keep with what follows in the PDF: no page of the example's documents ends with a
 * heading, a part title (whose hairline takes room of its own) included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../../shared/export';
import { loadWorkbook } from '../../../../shared/format';
import { buildReport, DOC_KINDS } from '../../../../shared/report';
import { INVOICE_EXAMPLE_11 } from '../../../fixtures/examples';
import { FONTS, NOW } from './fixtures';
import { HAS_PDFTOTEXT, PDFTOTEXT_MISSING, pdfText } from './helpers';

const opened = loadWorkbook(readFileSync(INVOICE_EXAMPLE_11, 'utf8'));
if (!opened.ok) throw new Error(opened.refusal.reason);
const w = opened.workbook;

/** The last line of each page's body: the running footer (title, then "Page N of M") left out. */
function lastBodyLines(pdf: Uint8Array): string[] {
  return pdfText(pdf).split('\f').slice(0, -1).map((page) => {
    const lines = page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const footer = lines.findLastIndex((l) => /^Page \d+ of \d+$/.test(l));
    return lines[footer - 2] ?? '';
  });
}

describe.skipIf(!HAS_PDFTOTEXT)(`headings in the PDF${HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING}`, () => {
  for (const doc of DOC_KINDS) {
    it(`never end a page of the ${doc} document`, async () => {
      const headings = new Set(buildReport(w, opened.problems, { doc, today: '2025-03-14' }).blocks
        .flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
      const pdf = (await exportDocument(w, opened.problems, { doc, format: 'pdf', now: NOW, fonts: FONTS })).bytes;
      const last = lastBodyLines(pdf);
      expect(last.length).toBeGreaterThan(3);
      expect(last.filter((line) => headings.has(line))).toEqual([]);
    }, 60_000);
  }
});
