/**
 * Exporting: every document in both formats from the production build (in the export Web
 * Worker), saved all at once as one zip download, and checked as real PDF and DOCX files.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate } from './support/app';
import { openAppSession, type AppSession } from './support/session';

describe('exporting the read-out documents', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openAppSession('export', { withoutFilePickers: true });
    ({ page } = session);
  });
  afterAll(() => session?.close());

  it('exports all four documents as PDF and DOCX and saves them', async () => {
    await createFromTemplate(page, /Customer support: ticket triage/);
    await page.getByRole('link', { name: 'Export' }).click();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.getByRole('button', { name: 'Export 8 files' }).click();
    await page.getByRole('heading', { name: 'Your documents' }).waitFor({ timeout: 90_000 });
    expect(await page.locator('iframe[title^="Preview of"]').count()).toBe(1);
    // The DOCX figures' PNGs were drawn by the export worker's pool of rasterizers.
    expect(workers.filter((url) => /raster\.worker/.test(url)).length).toBeGreaterThan(0);

    // One action, one download: every document in one zip, and a message naming each file.
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Save all' }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(1);
    expect(downloads[0]!.suggestedFilename()).toBe('Customer support — ticket triage AI, scale-up sprint documents.zip');
    await page.waitForTimeout(500);
    expect(downloads).toHaveLength(1);

    const expected = ['governance', 'report', 'roadmap', 'scorecard'].flatMap((doc) =>
      [`customer-support-ticket-triage-ai-scale-up-sprint-${doc}.docx`, `customer-support-ticket-triage-ai-scale-up-sprint-${doc}.pdf`]).sort();
    const entries = unzipSync(new Uint8Array(await readFile((await downloads[0]!.path())!)));
    expect(Object.keys(entries).sort()).toEqual(expected);
    expect(await page.locator('.notice[role="status"]').filter({ hasText: /^Saved 8 documents in / }).innerText()).toContain(expected[0]!);
    for (const [name, bytes] of Object.entries(entries)) {
      const b = Buffer.from(bytes);
      if (name.endsWith('.pdf')) {
        expect(b.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(b.subarray(-8).toString('latin1')).toContain('%%EOF');
      } else {
        expect(b.subarray(0, 2).toString('latin1')).toBe('PK');
        expect(b.includes(Buffer.from('word/document.xml'))).toBe(true);
      }
    }
  }, 120_000);

  it('marks day 10 of the agenda done once documents were exported', async () => {
    await page.getByRole('link', { name: 'Overview' }).click();
    const day10 = page.locator('[data-focus="/agenda/day/10"]');
    expect(await day10.innerText()).toContain('Done: the workbook shows it');
  });

  it('exports a text with a character no font has, and names that text in a notice', async () => {
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('textbox', { name: 'Pilot name' }).fill('Ticket triage \uE000 assistant');
    await page.getByRole('link', { name: 'Export' }).click();
    for (const name of ['KPI scorecard', 'Sequenced roadmap', 'Sprint report', 'Word (DOCX)']) {
      await page.getByRole('checkbox', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).uncheck();
    }
    await page.getByRole('button', { name: 'Export 1 file' }).click();
    const notice = page.getByRole('region', { name: 'Some characters have no font in the documents' });
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.innerText()).toContain('U+E000');
    expect(await notice.innerText()).toContain('Governance model (PDF)');
    expect(await page.getByRole('heading', { name: 'Your documents' }).count()).toBe(1);
  }, 90_000);
});
