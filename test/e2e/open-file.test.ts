/**
 * Opening `.sprintbook` files: a refused file changes nothing and says why, with each fault's
 * JSON path; a file with dangling references opens and lists them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseWorkbookFile, WITHOUT_FILE_PICKERS } from './support/app';
import { launch } from './support/browser';
import { ROOT } from './support/build';
import { startWeb, type WebServer } from './support/server';

const starter = readFileSync(join(ROOT, 'templates', 'starters', 'support-triage.sprintbook'), 'utf8');

describe('opening a file', () => {
  let web: WebServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    web = await startWeb();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
    await page.addInitScript(WITHOUT_FILE_PICKERS);
    await page.goto(web.url);
    await page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
  });

  const open = (name: string, text: string) => chooseWorkbookFile(page, name, text);

  it('refuses a file with faults, listing each with its JSON path, and changes nothing', async () => {
    const broken = starter.replace('"direction": "decrease"', '"direction": "down"').replace('"weeks": 2', '"weeks": 0');
    await open('broken.sprintbook', broken);
    const dialog = page.getByRole('alertdialog', { name: 'broken.sprintbook cannot be opened' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toMatch(/cannot be opened/);
    expect(text).toMatch(/The 2 faults/);
    expect(text).toMatch(/\/metrics\/\d+\/direction/);
    expect(text).toMatch(/\/roadmap\/\d+\/weeks/);
    expect(text).toMatch(/Nothing was changed/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: 'No workbooks yet' }).isVisible()).toBe(true);
  });

  it('refuses a file from a newer Sprintbook, saying so', async () => {
    await open('future.sprintbook', starter.replace('"schemaVersion": 1', '"schemaVersion": 9'));
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/made by a newer Sprintbook/);
  });

  it('refuses something that is not JSON at all', async () => {
    await open('notes.sprintbook', 'meeting notes, not a workbook');
    expect(await page.getByRole('alertdialog').innerText()).toMatch(/not valid JSON/);
  });

  it('opens a file with dangling references and lists the problems', async () => {
    await open('triage.sprintbook', starter.replace('"facilitatorId": "p-facilitator"', '"facilitatorId": "p-nobody"'));
    const banner = page.getByRole('region', { name: 'Problems found when opening' });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/Opened with 1 problem/);
    expect(await banner.innerText()).toContain('/sprint/facilitatorId');
    expect(await page.locator('.topbar-file').innerText()).toBe('triage.sprintbook');
  });
});
