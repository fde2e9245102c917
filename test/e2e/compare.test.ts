/**
 * Day snapshots and what changed, end to end in Debian's Chromium against the production build:
 * a facilitator edits, takes a named snapshot, edits again, compares the snapshot with now, sees
 * exactly the later edits listed in words, and follows one to its record; then compares a
 * `.sprintbook` file with now, and a file the loader refuses gets the loader's reason.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate, waitSaved } from './support/app';
import { openAppSession, type AppSession } from './support/session';

describe('what changed, in the browser', () => {
  let session: AppSession;
  let page: Page;

  const openHistory = async () => {
    await page.getByRole('button', { name: 'History' }).click();
    return page.getByRole('dialog', { name: 'History' });
  };
  const records = () => page.locator('.compare-record');

  beforeAll(async () => {
    session = await openAppSession('compare', { withoutFilePickers: true });
    ({ page } = session);
    await createFromTemplate(page, /Customer support: ticket triage/);
  });

  afterAll(() => session?.close());

  it('lists the edits made since a named snapshot, and each jumps to its record', async () => {
    await page.getByRole('textbox', { name: 'Pilot name' }).fill('Triage assistant, before the snapshot');
    await waitSaved(page);

    const history = await openHistory();
    await history.getByRole('button', { name: 'Take snapshot' }).click();
    await history.getByRole('textbox', { name: 'Snapshot name' }).fill('After the kick-off');
    await history.getByRole('button', { name: 'Keep snapshot' }).click();
    await history.getByText('After the kick-off', { exact: true }).waitFor();
    await history.getByRole('button', { name: 'Close' }).last().click();

    await page.getByRole('textbox', { name: 'Organization' }).fill('Northwind Support');
    await page.getByRole('link', { name: 'Metrics' }).click();
    await page.getByRole('button', { name: 'Cost per ticket' }).click();
    const unit = page.getByRole('textbox', { name: 'Unit' });
    await unit.fill('EUR');
    await unit.press('Tab');
    await waitSaved(page);

    await (await openHistory()).getByRole('button', { name: 'What changed…' }).click();
    const dialog = page.getByRole('dialog', { name: 'What changed' });
    await dialog.locator('.compare-record').first().waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Before' }).locator('option:checked').innerText()).toMatch(/^After the kick-off \(/);
    expect(await records().evaluateAll((lis) => lis.map((li) => li.textContent))).toEqual([
      'ChangedWorkbook “Customer support — ticket triage AI, scale-up sprint”Organization: "Brightline Home Appliances, Inc." → "Northwind Support"',
      'ChangedMetric “Cost per ticket”Unit: "USD" → "EUR"',
    ]);
    expect(await dialog.getByRole('status').innerText()).toBe('0 records added, 0 removed, 2 changed');

    await dialog.getByRole('button', { name: 'Unit: "USD" → "EUR"' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-focus')?.endsWith('/unit'));
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('EUR');
    expect(session.errors).toEqual([]);
  });

  it('compares a .sprintbook file with now, and shows the loader\'s reason for a file it refuses', async () => {
    await (await openHistory()).getByRole('button', { name: 'What changed…' }).click();
    const dialog = page.getByRole('dialog', { name: 'What changed' });
    const current = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, ko) => { const r = indexedDB.open('sprintbook'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
      const rows = await new Promise<{ text: string }[]>((ok) => { const r = db.transaction('workbooks').objectStore('workbooks').getAll(); r.onsuccess = () => ok(r.result as { text: string }[]); });
      return rows[0]!.text;
    });
    const older = JSON.stringify({ ...JSON.parse(current) as object, title: 'An older title' });
    const pick = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: 'Compare a file…' }).click();
      await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    };
    await pick('older.sprintbook', older);
    await dialog.getByRole('button', { name: 'Title: "An older title" → "Customer support — ticket triage AI, scale-up sprint"' }).waitFor();
    expect(await records().count()).toBe(1);

    await pick('broken.sprintbook', '{ "format": "sprintbook", ');
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^broken\.sprintbook cannot be compared: \S/);
  });
});
