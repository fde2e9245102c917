/**
 * Search everything end to end, in Debian's Chromium at 1280×720 against the production build:
 * Ctrl+K from any stage, accents and case ignored, a metric found by its name and a map step
 * by a word of its label, arrow keys choose, Enter goes to the record on its stage (the metric
 * open in its editor, the step selected on the map), and a parked question opens the parking lot.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate } from './support/app';
import { openAppSession, type AppSession } from './support/session';

describe('search everything in the browser', () => {
  let session: AppSession;
  let page: Page;
  const dialog = () => page.getByRole('dialog', { name: 'Search everything' });
  const search = async (query: string) => {
    await page.keyboard.press('Control+k');
    await dialog().waitFor();
    await dialog().getByRole('combobox').fill(query);
    await expect.poll(() => dialog().getByRole('option').count()).toBeGreaterThan(0);
  };
  // Text as written (the kind is shown in capitals by CSS only).
  const options = () => dialog().getByRole('option').allTextContents();

  beforeAll(async () => {
    session = await openAppSession('search', { withoutFilePickers: true });
    ({ page } = session);
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromTemplate(page, /Customer support: ticket triage/);
  });

  afterAll(() => session?.close());

  it('finds a metric by name, ignoring case and accents, and Enter opens it on Metrics', async () => {
    await search('RÉOPENED');
    const first = (await options())[0]!;
    expect(first).toContain('Reopened tickets');
    expect(first).toContain('Metric');
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('Reopened tickets');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Reopened tickets');
  });

  it('finds a map step, chosen with the arrow keys, and Enter selects it on the map', async () => {
    await search('refund');
    const texts = await options();
    const at = texts.findIndex((t) => t.includes('Issue the refund in billing'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(texts[at]).toContain('Map step');
    expect(texts[at]).toContain('Map › Tier-2 specialist');
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    expect(await dialog().getByRole('option', { selected: true }).textContent()).toContain('Issue the refund in billing');
    await page.keyboard.press('Enter');
    await page.locator('[data-node-id="n-issue-refund"].is-selected').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe('n-issue-refund');
  });

  it('ranks a name that starts with the query above names that only contain it', async () => {
    await search('issue');
    const texts = await options();
    expect(texts[0]).toMatch(/Issue (a refund or credit\?|the refund in billing)/);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  it('finds a parked question and opens the parking lot on it', async () => {
    await page.keyboard.press('Control+Shift+Period');
    await page.keyboard.type('Does the SLA clock pause on weekends?');
    await page.keyboard.press('Enter');
    await search('sla clock');
    expect((await options())[0]).toContain('Parked question');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Parking lot' });
    await panel.waitFor();
    await panel.locator('.parking-item.is-highlighted').filter({ hasText: 'Does the SLA clock pause on weekends?' }).waitFor();
    expect(session.errors).toEqual([]);
  });
});
