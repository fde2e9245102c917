/** `sprintbook verify DOCUMENT WORKBOOK`: was this PDF or DOCX exported from this workbook? */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { loadWorkbook, serializeWorkbook } from '../../../../../shared/format';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { INVOICE_EXAMPLE_11 } from '../../../../fixtures/examples';

let dir: string;
let workbook: string;
let pdf: string;
let docx: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sprintbook-verify-'));
  workbook = join(dir, 'invoice.sprintbook');
  await writeFile(workbook, await readFile(INVOICE_EXAMPLE_11));
  const r = await run('export', workbook, '--doc', 'governance', '--out', dir, '--today', '2026-12-01');
  expect(r.code).toBe(0);
  [docx, pdf] = r.stdout.split('\n').sort() as [string, string];
}, 60_000);

const fingerprints = (text: string) => text.match(/\b[0-9a-f]{64}\b/g) ?? [];
const execPdfKeywords = (pdfText: string) => /\/Keywords \(([^)]*)\)/.exec(pdfText)?.[1];

describe('sprintbook verify', () => {
  it('says a PDF and a DOCX were exported from their workbook, with exit 0', async () => {
    for (const document of [pdf, docx]) {
      const r = await run('verify', document, workbook);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/: exported from .*invoice\.sprintbook \(fingerprint [0-9a-f]{64}\)\.$/);
    }
  });

  it('compares the SHA-256 of the workbook’s canonical text, as UTF-8', async () => {
    const loaded = loadWorkbook(await readFile(workbook, 'utf8'));
    if (!loaded.ok) throw new Error('must open');
    const expected = createHash('sha256').update(serializeWorkbook(loaded.workbook), 'utf8').digest('hex');
    expect(fingerprints((await run('verify', pdf, workbook)).stdout)).toEqual([expected]);
    expect(execPdfKeywords(await readFile(pdf, 'latin1'))).toBe(`sprintbook-sha256:${expected}`);
  });

  it('matches the workbook by its canonical text, not by its layout on disk', async () => {
    const reflowed = join(dir, 'reflowed.sprintbook');
    await writeFile(reflowed, JSON.stringify(JSON.parse(await readFile(workbook, 'utf8'))));
    expect((await run('verify', pdf, reflowed)).code).toBe(0);
  });

  it('says a changed workbook is not the one exported, naming both fingerprints, with exit 1', async () => {
    const changed = join(dir, 'changed.sprintbook');
    const w = JSON.parse(await readFile(workbook, 'utf8'));
    w.metrics[0].observations.push({ date: '2026-11-27', value: 6.1 });
    await writeFile(changed, JSON.stringify(w, null, 2));
    for (const document of [pdf, docx]) {
      const r = await run('verify', document, changed);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('not exported from');
      const [carried, has] = fingerprints(r.stdout);
      expect(carried).toBeDefined();
      expect(has).toBeDefined();
      expect(carried).not.toBe(has);
      expect((await run('verify', document, workbook)).stdout).toContain(carried);
    }
  });

  it('says a document without a fingerprint cannot be shown to come from the workbook, with exit 1', async () => {
    const bare = join(dir, 'bare.pdf');
    // Same length, so the PDF's cross-reference offsets stay right.
    await writeFile(bare, (await readFile(pdf, 'latin1')).replace('sprintbook-sha256:', 'no-fingerprint-xx:'), 'latin1');
    const r = await run('verify', bare, workbook);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The PDF carries no Sprintbook fingerprint');

    const parts = unzipSync(await readFile(docx));
    parts['docProps/core.xml'] = strToU8(strFromU8(parts['docProps/core.xml']!).replace(/<cp:keywords>[^<]*<\/cp:keywords>/, ''));
    const bareDocx = join(dir, 'bare.docx');
    await writeFile(bareDocx, zipSync(parts));
    const d = await run('verify', bareDocx, workbook);
    expect(d.code).toBe(1);
    expect(d.stdout).toContain('The DOCX carries no Sprintbook fingerprint');
  });

  it('reads the fingerprint from the metadata only, never from a title that quotes one', async () => {
    const w = JSON.parse(await readFile(workbook, 'utf8'));
    const decoy = 'f'.repeat(64);
    w.title = `Copy of sprintbook-sha256:${decoy}`;
    const titled = join(dir, 'titled.sprintbook');
    await writeFile(titled, JSON.stringify(w, null, 2));
    const out = join(dir, 'titled');
    const e = await run('export', titled, '--doc', 'roadmap', '--format', 'pdf', '--out', out, '--today', '2026-12-01');
    const bytes = await readFile(e.stdout, 'latin1');
    // The decoy is in the document (its metadata title), where a careless reader would find it.
    expect(bytes).toContain(`sprintbook-sha256:${decoy}`);
    const bare = join(dir, 'titled.pdf');
    await writeFile(bare, bytes.replace(/\/Keywords \(sprintbook-sha256:/, '/Keywords (no-fingerprint-xx:'), 'latin1');
    const r = await run('verify', bare, titled);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(`carries fingerprint ${decoy}`);
  });

  it('stops with exit 2 on a file it cannot read or a missing argument', async () => {
    const text = join(dir, 'notes.txt');
    await writeFile(text, 'hello');
    const refused = join(dir, 'refused.sprintbook');
    await writeFile(refused, '{"format":"sprintbook","schemaVersion":99}');
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.pdf'), workbook], /cannot read .*missing\.pdf: no such file/],
      [[text, workbook], /notes\.txt is neither a PDF nor a DOCX/],
      [[pdf, join(dir, 'missing.sprintbook')], /cannot read .*missing\.sprintbook: no such file/],
      [[pdf, refused], /refused/],
      [[pdf], /missing DOCUMENT and WORKBOOK/],
    ];
    for (const [args, message] of cases) {
      const r = await run('verify', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('is listed in the usage text', async () => {
    expect((await run('help')).stdout).toContain('verify DOCUMENT WORKBOOK');
  });
});
