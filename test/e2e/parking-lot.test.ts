/**
 * The parking lot end to end, in Debian's Chromium at 1280×720 against the production build: a
 * facilitator on the map, a step selected, parks a question with the shortcut without losing
 * the selection (focus comes back to the step), finds it counted in the top bar and listed as
 * open, converts it into a decision in one action, follows the offer to the Decisions stage
 * where the decision carries the question's text, finds the conversion in History's audit
 * trail, and takes it all back with one Undo.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate } from './support/app';
import { openAppSession, type AppSession } from './support/session';

const QUESTION = 'Who approves refunds over €500 at night?';

describe('the parking lot in the browser', () => {
  let session: AppSession;
  let page: Page;
  const node = () => page.locator('[data-node-id="n-refund"]');
  const lotButton = () => page.getByRole('button', { name: /^Parking lot, \d+ open$/ });

  beforeAll(async () => {
    session = await openAppSession('parking', { withoutFilePickers: true });
    ({ page } = session);
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromTemplate(page, /Customer support: ticket triage/);
  });

  afterAll(() => session?.close());

  it('parks a question from the map with the shortcut, and the map keeps its selection and focus', async () => {
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await node().waitFor();
    await node().click();
    await expect.poll(() => node().getAttribute('class')).toContain('is-selected');
    expect(await lotButton().getAttribute('aria-label')).toBe('Parking lot, 0 open');
    // Where the focus is now (the map's canvas, after a click on a step), to find it there again.
    const before = await page.evaluate(() => {
      document.activeElement?.setAttribute('data-e2e-focused', '');
      return document.activeElement?.className ?? '';
    });
    expect(before).not.toBe('');

    await page.keyboard.press('Control+Shift+Period');
    const capture = page.getByRole('dialog', { name: 'Park a question' });
    await capture.waitFor();
    expect(await capture.innerText()).toContain('Ctrl+Shift+.');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.getAttribute('aria-invalid'))).toBeNull();
    await page.keyboard.type(QUESTION);
    await capture.getByRole('textbox', { name: 'Raised by (optional)' }).fill('Dana (Finance)');
    await page.keyboard.press('Enter');

    await capture.waitFor({ state: 'detached' });
    expect(await node().getAttribute('class')).toContain('is-selected');
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-e2e-focused'))).toBe(true);
    await expect.poll(() => lotButton().getAttribute('aria-label')).toBe('Parking lot, 1 open');
  });

  it('refuses an empty question and cancels with Escape, changing nothing', async () => {
    await page.keyboard.press('Control+Shift+Period');
    const capture = page.getByRole('dialog', { name: 'Park a question' });
    await capture.waitFor();
    await page.keyboard.press('Enter');
    await capture.getByRole('alert').filter({ hasText: 'needs some text' }).waitFor();
    await page.keyboard.press('Escape');
    await capture.waitFor({ state: 'detached' });
    expect(await lotButton().getAttribute('aria-label')).toBe('Parking lot, 1 open');
    expect(await node().getAttribute('class')).toContain('is-selected');
  });

  it('converts the item into a decision in one action and offers to open it, with the text carried over', async () => {
    await lotButton().click();
    const panel = page.getByRole('dialog', { name: 'Parking lot' });
    const item = panel.getByRole('listitem').filter({ hasText: QUESTION });
    expect(await item.innerText()).toContain('Raised by Dana (Finance)');
    await item.getByRole('button', { name: 'Convert…' }).click();
    await item.getByRole('button', { name: 'Decision', exact: true }).click();

    // The list turns to the converted items, this one highlighted with the offer to open its decision.
    const converted = panel.locator('.parking-item.is-highlighted').filter({ hasText: QUESTION });
    expect(await panel.getByRole('radio', { name: /^Converted/ }).getAttribute('aria-checked')).toBe('true');
    expect(await converted.innerText()).toContain(`became the decision “${QUESTION}”`);
    await converted.getByRole('button', { name: 'Open decision' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Decisions', level: 1 }).waitFor();
    await expect.poll(() => page.locator('#decision-editor h2').innerText()).toBe(QUESTION);
    await expect.poll(() => lotButton().getAttribute('aria-label')).toBe('Parking lot, 0 open');
  });

  it('lists the conversion in History’s audit trail', async () => {
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const history = page.getByRole('dialog', { name: 'History' });
    const trail = history.getByRole('list', { name: 'Audit trail' });
    await trail.waitFor();
    const entry = trail.getByRole('listitem').first();
    expect(await entry.innerText()).toContain('Parking-lot item converted');
    expect(await entry.innerText()).toContain(QUESTION);
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
  });

  it('takes the whole conversion back with one Undo', async () => {
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => lotButton().getAttribute('aria-label')).toBe('Parking lot, 1 open');
    await page.getByRole('heading', { name: 'Decisions', level: 1 }).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(QUESTION.replace(/[?€]/g, '.')) }).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});
