/**
 * Pictures of a document in every script, into docs/screenshots/: the governance model of the
 * all-scripts workbook (test/fixtures/all-scripts-workbook.ts), its page of people, as the
 * PDF draws it (document-pdf-scripts.png) and as LibreOffice draws the DOCX with the fonts it
 * embeds (document-docx-scripts.png), both at 80 dpi with pdftoppm. Needs poppler-utils and
 * LibreOffice.
 *
 *   npx tsx test/e2e/screenshots-scripts.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocument } from '../../shared/export';
import { loadWorkbook, serializeWorkbook } from '../../shared/format';
import { loadExportAssets } from '../../electron/node/templates';
import { allScriptsWorkbook } from '../fixtures/all-scripts-workbook';
import { libreOfficeToPdf, pdfText } from '../unit/shared/export/helpers';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const NOW = new Date('2026-11-24T09:00:00Z');

/** The 1-based number of the first page past the contents whose text has `marker`. */
function pageWith(pdf: Uint8Array, marker: string): number {
  const index = pdfText(pdf).split('\f').findIndex((page) => page.includes(marker) && !/^\s*Contents\s*$/m.test(page));
  if (index < 0) throw new Error(`No page says "${marker}"`);
  return index + 1;
}

function shoot(pdf: Uint8Array, page: number, name: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'sprintbook-shot-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'in.pdf'), join(dir, 'page')]);
    copyFileSync(join(dir, 'page.png'), join(OUT, name));
    console.log(`${name}: page ${page}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const opened = loadWorkbook(serializeWorkbook(allScriptsWorkbook()));
if (!opened.ok) throw new Error('the all-scripts workbook must open');
const { fonts, controls } = await loadExportAssets();
const exported = async (format: 'pdf' | 'docx') =>
  (await exportDocument(opened.workbook, opened.problems, { doc: 'governance', format, now: NOW, fonts, controls })).bytes;

const pdf = await exported('pdf');
shoot(pdf, pageWith(pdf, 'People in the sprint'), 'document-pdf-scripts.png');
const fromDocx = libreOfficeToPdf(await exported('docx'));
shoot(fromDocx, pageWith(fromDocx, 'People in the sprint'), 'document-docx-scripts.png');
