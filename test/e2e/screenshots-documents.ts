/**
 * PNG pages of every document (governance model, KPI scorecard, roadmap, sprint report) of the
 * richest example workbook (the invoice-approval example of rules 1.1), into docs/screenshots/
 * as document-<doc>-<format>-p<N>.png: the PDF as the exporter writes it, and the DOCX as
 * LibreOffice lays it out (converted headless), both drawn by pdftoppm at 60 dpi. A document of
 * more than eight pages keeps its pages that matter: page 1, the contents, the first page of
 * each part named in KEEP, and the last page. Needs poppler-utils and LibreOffice.
 *
 *   npx tsx test/e2e/screenshots-documents.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocument, type ExportFormat } from '../../shared/export';
import { loadWorkbook } from '../../shared/format';
import { DOC_KINDS, type DocKind } from '../../shared/report';
import { loadExportAssets } from '../../electron/node/templates';
import { INVOICE_EXAMPLE_11 } from '../fixtures/examples';
import { libreOfficeToPdf, pdfText } from '../unit/shared/export/helpers';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const NOW = new Date('2026-11-24T09:00:00Z');
const DPI = '60';
const ALL_UP_TO = 8;
/** Headings whose first page a long document keeps: the map, a big table, a chart, the gaps. */
const KEEP = ['Where the AI sits in the workflow', 'The workflow map.', 'Overview of the whole map', 'Decision register', 'Human oversight and logging', 'Scorecard at a glance', 'Metrics in detail', 'Baseline, target, latest', 'Sequenced roadmap', 'Critical path', 'Open readiness gaps', 'Appendix'];

function pagesToKeep(pdf: Uint8Array): number[] {
  const pages = pdfText(pdf).split('\f').slice(0, -1);
  if (pages.length <= ALL_UP_TO) return pages.map((_, i) => i + 1);
  const keep = new Set([1, 2, pages.length]);
  for (const heading of KEEP) {
    // A heading's page is the first whose text has it on a line of its own (not the contents page).
    const i = pages.findIndex((page, n) => n > 1 && page.split('\n').some((line) => line.trim() === heading || line.trim().startsWith(`${heading} `)));
    if (i >= 0) keep.add(i + 1);
  }
  return [...keep].sort((a, b) => a - b);
}

function shoot(pdf: Uint8Array, doc: DocKind, format: ExportFormat): void {
  const dir = mkdtempSync(join(tmpdir(), 'sprintbook-shot-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const pages = pagesToKeep(pdf);
    for (const page of pages) {
      execFileSync('pdftoppm', ['-png', '-r', DPI, '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'in.pdf'), join(dir, 'page')]);
      copyFileSync(join(dir, 'page.png'), join(OUT, `document-${doc}-${format}-p${page}.png`));
    }
    console.log(`document-${doc}-${format}: pages ${pages.join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const opened = loadWorkbook(readFileSync(INVOICE_EXAMPLE_11, 'utf8'));
if (!opened.ok) throw new Error(`the example must open: ${opened.refusal.reason}`);
const { fonts, controls } = await loadExportAssets();
// Pages of an earlier run go first, so a document that got shorter leaves no stale page behind.
for (const name of readdirSync(OUT)) if (/^document-(governance|scorecard|roadmap|report)-(pdf|docx)-p\d+\.png$/.test(name)) unlinkSync(join(OUT, name));
for (const doc of DOC_KINDS) {
  const exported = async (format: ExportFormat) =>
    (await exportDocument(opened.workbook, opened.problems, { doc, format, now: NOW, fonts, controls })).bytes;
  shoot(await exported('pdf'), doc, 'pdf');
  shoot(libreOfficeToPdf(await exported('docx')), doc, 'docx');
}
