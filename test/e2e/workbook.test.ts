/**
 * End to end in Debian's Chromium against the production build: a facilitator creates a
 * workbook from a template, edits Overview, reloads and finds the edit, uses undo, and follows
 * a readiness gap to the field that fixes it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate, waitSaved } from './support/app';
import { launchPersistent, tempDir } from './support/browser';
import { startWeb, type WebServer } from './support/server';

describe('a workbook in the browser', () => {
  let web: WebServer;
  let profile: ReturnType<typeof tempDir>;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    web = await startWeb();
    profile = tempDir('sprintbook-e2e-');
    context = await launchPersistent(profile.path);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(web.url);
  });

  afterAll(async () => {
    await context?.close();
    profile?.remove();
    await web?.close();
  });

  it('creates a workbook from the support-triage template and opens it on Overview', async () => {
    await page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
    await createFromTemplate(page, /Customer support: ticket triage/);
    expect(await page.getByRole('textbox', { name: 'Pilot name' }).inputValue()).toBe('Ticket triage assistant');
    const nav = page.getByRole('navigation', { name: 'Sprint stages' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Overview', 'Map', 'Decisions', 'Metrics', 'Owners', 'Roadmap', 'Readiness', 'Export']);
  });

  it('keeps an edit to Overview across a reload', async () => {
    await page.getByRole('textbox', { name: 'Pilot name' }).fill('Ticket triage assistant, EMEA');
    await page.getByRole('textbox', { name: 'Organization' }).fill('Brightline Europe GmbH');
    await waitSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Pilot name' }).inputValue()).toBe('Ticket triage assistant, EMEA');
    expect(await page.getByRole('textbox', { name: 'Organization' }).inputValue()).toBe('Brightline Europe GmbH');
  });

  it('undoes an edit with Ctrl+Z once focus has left the field', async () => {
    await page.getByRole('radio', { name: /Friction/ }).check();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    expect(await page.getByRole('radio', { name: /Stall/ }).isChecked()).toBe(true);
    await page.keyboard.press('Control+y');
    expect(await page.getByRole('radio', { name: /Friction/ }).isChecked()).toBe(true);
  });

  it('lists the workbook in the library, most recent first, with its readiness', async () => {
    await page.getByRole('button', { name: 'Library' }).click();
    const card = page.locator('.wb-card').first();
    await card.waitFor();
    expect(await card.innerText()).toContain('Brightline Europe GmbH');
    expect(await card.innerText()).toContain('Ready to scale');
  });

  it('follows a readiness gap of a blank workbook to the place that fixes it', async () => {
    await page.getByRole('button', { name: 'New workbook' }).first().click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Readiness' }).click();
    await page.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
    expect(await page.getByText(/^Not ready: \d+ blockers$/).count()).toBeGreaterThan(0);
    const ownership = page.getByRole('region', { name: 'Ownership' });
    await ownership.getByRole('link', { name: /Fix in Owners/ }).first().click();
    await page.getByRole('heading', { name: 'Owners', level: 1 }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-focus') === '/ownership/workflowOwnerId');
  });

  it('works from the keyboard alone: Tab, Enter, and Escape out of a dialog', async () => {
    await page.goto(`${web.url}#/`);
    await page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const tabTo = async (text: string) => {
      for (let i = 0; i < 30 && (await focused()) !== text; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(text);
    };
    await tabTo('New workbook');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await tabTo('Readiness');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
    await tabTo('History');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'History' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused()).toBe('History');
  });

  it('raised no script errors', () => {
    expect(errors).toEqual([]);
  });
});
