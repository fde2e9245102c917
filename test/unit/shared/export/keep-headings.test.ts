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

/**
 * The last line of each page's body, when it starts at the left margin as a heading does: the
 * running footer (title and "Page N of M" on one line) left out. Read as laid out: pdftotext's
 * reading order puts a heading above a table after the table's columns, and a table's last
 * column ("Coding error rate") is no heading however it reads.
 */
function lastBodyLines(pdf: Uint8Array): string[] {
  return pdfText(pdf, ['-layout']).split('\f').slice(0, -1).map((page) => {
    const lines = page.split('\n').filter((l) => l.trim() !== '');
    const indent = (l: string) => l.length - l.trimStart().length;
    const margin = Math.min(...lines.map(indent));
    const footer = lines.findLastIndex((l) => /Page \d+ of \d+$/.test(l.trim()));
    const last = lines[footer - 1] ?? '';
    return indent(last) <= margin + 1 ? last.trim() : `(indented) ${last.trim()}`;
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

describe.skipIf(!HAS_PDFTOTEXT)(`a section's short lead-in in the PDF${HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING}`, () => {
  const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
  for (const doc of DOC_KINDS) {
    it(`sits on the page of the subheading or introduction it leads into, in the ${doc} document`, async () => {
      const report = buildReport(w, opened.problems, { doc, today: '2026-12-01' });
      const pdf = (await exportDocument(w, opened.problems, { doc, format: 'pdf', now: NOW, fonts: FONTS, today: '2026-12-01' })).bytes;
      const pages = pdfText(pdf).split('\f').map(flat);
      const text = (xs: readonly (string | { text: string })[]) => flat(xs.map((x) => (typeof x === 'string' ? x : x.text)).join(''));
      const introduces = (i: number) => ['table', 'facts', 'figure', 'list'].includes(report.blocks[i + 1]?.type ?? '');
      const pairs = report.blocks.flatMap((b, i) => {
        const before = report.blocks[i - 1], after = report.blocks[i + 1];
        if (b.type !== 'paragraph' || before?.type !== 'heading' || text(b.content).length > 300) return [];
        // Into a subheading, or into a short paragraph that introduces a table, list or figure.
        if (after?.type === 'heading') return [{ lead: text(b.content).slice(0, 40), heading: after.text }];
        if (after?.type === 'paragraph' && introduces(i + 1) && text(after.content).length <= 200) return [{ lead: text(b.content).slice(0, 40), heading: text(after.content).slice(0, 30) }];
        return [];
      });
      for (const { lead, heading } of pairs) {
        const at = pages.findIndex((p) => p.includes(lead));
        expect(at, lead).toBeGreaterThanOrEqual(0);
        expect(pages[at]!.slice(pages[at]!.indexOf(lead)), `“${lead}…” and “${heading}”`).toContain(flat(heading));
      }
    }, 60_000);
  }
});
