/**
 * Metrics end to end, in Debian's Chromium against the production build: a facilitator adds a
 * metric from the KPI library with its baseline, target and kill criterion, tries a CSV with
 * one bad line (reported, nothing imported), imports a good one, and sees the status turn red
 * when an observation breaches the kill threshold; then follows a readiness gap back to the
 * field that fixes it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitSaved } from './support/app';
import { openAppSession, type AppSession } from './support/session';

describe('metrics in the browser', () => {
  let session: AppSession;
  let page: Page;

  const scorecardRow = () => page.getByRole('row', { name: /Reopened tickets/ });
  const importCsv = async (name: string, text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  };

  beforeAll(async () => {
    session = await openAppSession('metrics');
    ({ page } = session);
    await page.getByRole('button', { name: 'New workbook' }).first().click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  });

  afterAll(() => session?.close());

  it('adds a metric from the KPI library with a baseline, a target and a kill criterion', async () => {
    await page.getByRole('link', { name: 'Metrics' }).click();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    expect(await page.getByText('Gap: no metric measures this').count()).toBe(4);

    await page.getByRole('button', { name: 'Add Rework rate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a metric' });
    expect(await dialog.getByRole('radio', { name: /Rework rate/ }).isChecked()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Reopened tickets');
    await dialog.getByRole('button', { name: 'Add metric' }).click();

    // The new metric opens with its baseline value focused: type straight away.
    await page.keyboard.type('8.4');
    await page.getByLabel('Measured from').fill('2026-08-01');
    await page.getByLabel('Measured to').fill('2026-09-30');
    await page.getByRole('textbox', { name: 'Source' }).fill('Helpdesk reopen history');
    await page.getByRole('textbox', { name: 'Target value' }).fill('6');
    await page.getByRole('textbox', { name: 'Kill threshold' }).fill('10');
    await page.getByLabel('Evaluate on').fill('2027-01-29');
    await page.getByRole('textbox', { name: 'What happens then' }).fill('Stop AI drafting for the affected topics.');

    const row = scorecardRow();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['8.4%', '6%', '10%', 'none yet']));
    expect(await row.getByText('No data yet').count()).toBe(1);
    expect(await page.getByText('Covered by Reopened tickets').count()).toBe(1);

    await waitSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Kill threshold' }).inputValue()).toBe('10');
  });

  it('reports the bad line of a CSV and imports nothing', async () => {
    await importCsv('reopened.csv', 'date,value\n2027-01-08,8.1\n2027-01-15,seven\n2027-01-22,7.2\n');
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Nothing was imported from reopened.csv.');
    expect(await alert.innerText()).toContain('Line 3: "seven" is not a number');
    expect(await page.getByText('No observations yet. Add the first measurement').count()).toBe(1);
    expect(await scorecardRow().getByText('No data yet').count()).toBe(1);
  });

  it('imports a good CSV as a whole, and the scorecard reads it at once', async () => {
    await importCsv('reopened.csv', 'date,value\n2027-01-08,8.1\n2027-01-15,7.4\n2027-01-22,7.2\n');
    await page.getByText('Imported 3 observations into Reopened tickets.').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).count()).toBe(0);
    const row = scorecardRow();
    expect(await row.innerText()).toContain('7.2%');
    expect(await row.innerText()).toContain('−14.3% (better)');
    expect(await row.getByText('Amber: not yet at target').count()).toBe(1);
    expect(await page.getByRole('img', { name: /Reopened tickets: observations against baseline/ }).count()).toBe(1);
  });

  it('turns the status red when an observation breaches the kill threshold', async () => {
    const add = page.getByRole('form', { name: 'Add an observation' });
    await add.getByLabel('Date').fill('2027-01-26');
    await add.getByRole('textbox', { name: 'Value (%)' }).fill('10.6');
    await add.getByRole('button', { name: 'Add observation' }).click();
    const badge = scorecardRow().locator('.badge');
    await badge.filter({ hasText: 'Red: kill threshold breached' }).waitFor();
    expect(await badge.getAttribute('class')).toContain('badge-bad');
    expect(await badge.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(179, 38, 30)');

    // Measured on the evaluation date, the kill criterion is triggered: stop and redesign.
    await add.getByLabel('Date').fill('2027-01-29');
    await add.getByRole('textbox', { name: 'Value (%)' }).fill('10.9');
    await add.getByRole('button', { name: 'Add observation' }).click();
    await scorecardRow().getByText('Stop and redesign').waitFor();
    expect(await page.locator('.metric-verdict').innerText()).toContain('Kill criterion triggered: Stop AI drafting for the affected topics.');
  });

  it('takes the last observation back with Ctrl+Z once focus has left the field', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await scorecardRow().getByText('Red: kill threshold breached').waitFor();
  });

  it('follows a readiness gap about the metric to the field that fixes it', async () => {
    await page.getByRole('link', { name: 'Readiness' }).click();
    await page.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
    const gap = page.locator('.gap').filter({ hasText: 'Metric "Reopened tickets" has no owner.' });
    await gap.getByRole('link', { name: /Fix in Metrics/ }).click();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    await page.waitForFunction(() => /^[^/]+\/ownerId$/.test(document.activeElement?.getAttribute('data-focus') ?? ''));
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Reopened tickets');
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
