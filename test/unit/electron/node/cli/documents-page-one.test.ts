/**
 * The exported PDFs read as the report says: page 1 (pdftotext) opens with the verdict and what
 * to decide, for a ready, a not-ready and a stopped workbook; and no document, PDF or DOCX,
 * shows a JSON pointer, even for a workbook with every kind of gap and load problem.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../../../../shared/format';
import type { Workbook } from '../../../../../shared/model';
import { STOP } from '../../../../fixtures/stop-workbook';
import { brokenWorkbook, notReadyWorkbook, readyWorkbook, stoppedWorkbook } from '../../../shared/report/workbooks';
import { run } from './run';

/** pdftotext's text of pages `first` to `last`, with line breaks and hyphenation undone. */
function pdfText(path: string, first?: number, last?: number): string {
  const pages = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return execFileSync('pdftotext', [...pages, path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
}

/** The text of a DOCX's body, headers and footers, from the XML. */
async function docxText(path: string): Promise<string> {
  const parts = unzipSync(await readFile(path));
  return Object.entries(parts).filter(([name]) => /^word\/.*\.xml$/.test(name))
    .map(([, xml]) => strFromU8(xml).replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '')).join(' ');
}

async function exported(w: Workbook, ...args: string[]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sprintbook-page1-'));
  const file = join(dir, 'workbook.sprintbook');
  await writeFile(file, serializeWorkbook(w));
  const r = await run('export', file, '--out', dir, '--today', '2026-12-01', ...args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.split('\n');
}

const HAS_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** What only page 1 says: when none of it is on page 2, page 1 ended on page 1. */
const COVER_LABELS = /What to decide|Kill criterion triggered|\d+ blockers? •|Residual risk|Workbook fingerprint/;

const POINTER = /\/(workflow|decisions|metrics|ownership|raci|roadmap|people|sprint|pilot|parkingLot|signoffs|audit|policy)\/[\w~-]+/;

describe('page 1 of the exported PDF', () => {
  it('of a ready workbook says ready to scale and what to decide, and ends on page 1', async () => {
    const [pdf] = await exported(readyWorkbook(), '--doc', 'governance', '--format', 'pdf');
    const one = pdfText(pdf!, 1);
    expect(one).toContain('Ready to scale');
    expect(one).toContain('What to decide Whether to scale now: every one of the four readiness questions is answered.');
    expect(one).toMatch(/escalation and audit · workbook [0-9a-f]{12}/);
    expect(one).toMatch(/Workbook fingerprint [0-9a-f]{12}: the start of the SHA-256 of the exported workbook’s canonical text/);
    expect(pdfText(pdf!, 2)).not.toMatch(COVER_LABELS);
  }, 60_000);

  it('of a workbook that is not ready names each blocker and who fixes it', async () => {
    const [pdf] = await exported(notReadyWorkbook(), '--doc', 'scorecard', '--format', 'pdf');
    const one = pdfText(pdf!, 1);
    expect(one).toContain('Not ready to scale: 2 blockers open');
    expect(one).toContain('AI step “Extract invoice fields” does not show where its output goes');
    expect(one).toContain('Fixes it: Inès Fabre (Head of Accounts Payable), the workflow owner.');
    expect(one).toContain('Metric “Invoices reopened after posting” has no kill criterion');
    expect(one).toContain('Fixes it: Chen Wei (Analytics Engineer), the metric’s owner.');
  }, 60_000);

  it('of a stopped workbook says stop and redesign with the metric, value, threshold, date, action and blocked items', async () => {
    for (const doc of ['governance', 'scorecard', 'roadmap', 'report']) {
      const [pdf] = await exported(stoppedWorkbook(), '--doc', doc, '--format', 'pdf');
      const one = pdfText(pdf!, 1);
      expect(one, doc).toContain(`Stop and redesign: ${STOP.metric} triggered its kill criterion`);
      expect(one, doc).toContain('4,4 % on 30. November 2026 breaches the kill threshold of 4 % (judged from 1. November 2026). The criterion says: Return coding to clerks.');
      expect(one, doc).toContain(`It blocks “${STOP.blocked[0]}” and “${STOP.blocked[1]}”; waiting on them: “${STOP.waiting[0]}”.`);
      expect(one, doc).not.toMatch(/Not ready to scale|Ready to scale/);
    }
  }, 120_000);
});

describe('a workbook with every kind of gap', () => {
  it('is located in words in every document and format, never by a JSON pointer', async () => {
    const { workbook } = brokenWorkbook();
    const files = await exported(workbook);
    expect(files).toHaveLength(8);
    for (const file of files) {
      const text = file.endsWith('.pdf') ? pdfText(file) : await docxText(file);
      expect(text.match(POINTER)?.[0], file).toBeUndefined();
      if (file.includes('governance')) expect(text).toContain('Decision “Extract supplier, amounts and VAT from the invoice”, who can override it');
    }
    // Page 1 still ends on page 1, with the most blockers the example can have.
    const governance = files.find((f) => f.endsWith('governance.pdf'))!;
    expect(pdfText(governance, 1)).toMatch(/Ownership \(\d+\): .* all \d+ listed under “Open readiness gaps”/);
    expect(pdfText(governance, 2)).not.toMatch(COVER_LABELS);
  }, 120_000);
});

describe.skipIf(!HAS_SOFFICE)('page 1 of the exported DOCX, as LibreOffice lays it out', () => {
  it('ends on page 1 even with the most blockers the example can have', async () => {
    const [docx] = await exported(brokenWorkbook().workbook, '--doc', 'governance', '--format', 'docx');
    const out = join(docx!, '..', 'lo');
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx!], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(out, docx!.split('/').pop()!.replace(/\.docx$/, '.pdf'));
    expect(pdfText(pdf, 1)).toMatch(/Stop and redesign: Coding error rate triggered its kill criterion .*Ownership \(\d+\): .* all \d+ listed under “Open readiness gaps”/);
    expect(pdfText(pdf, 2)).not.toMatch(COVER_LABELS);
  }, 180_000);
});
