/**
 * Starting a map from a blank workbook in Chromium, from the keyboard: a first lane, named; an
 * AI step added from the palette; its gaps shown on it; the Readiness link that leads back to
 * it; and deleting the lane, which asks what becomes of its node.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppSession, type AppSession } from './support/session';

describe('a map from a blank workbook', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openAppSession('lanes');
    ({ page } = session);
    await page.getByRole('button', { name: 'New workbook' }).first().click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Map', exact: true }).click();
  });

  afterAll(() => session?.close());

  it('adds a first lane and puts the cursor in its name', async () => {
    await page.getByRole('button', { name: 'Add the first lane' }).click();
    const name = page.getByRole('textbox', { name: 'Name of lane 1' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill('Claims handler');
    await page.locator('.map-lane-header', { hasText: 'Claims handler' }).waitFor();
  });

  it('adds an AI step from the palette with the keyboard, and shows its gaps on it', async () => {
    await page.getByRole('button', { name: 'Add AI step' }).focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: /^Label of AI step/ });
    await editor.fill('Check the claim form');
    await editor.press('Enter');
    const node = page.getByRole('button', { name: 'AI step: Check the claim form, lane Claims handler' });
    await node.waitFor();
    expect(await node.locator('.map-node-lint').getAttribute('title')).toContain('has no incoming trigger');
    expect(await page.getByRole('button', { name: /3 blockers, 1 warning on the map/ }).count()).toBe(1);
  });

  it('follows a workflow gap from Readiness back to the node, selected and focused', async () => {
    await page.getByRole('link', { name: 'Readiness', exact: true }).click();
    const workflow = page.getByRole('region', { name: 'Workflow integration' });
    await workflow.getByRole('link', { name: /Fix in Map/ }).first().click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'AI step: Check the claim form, lane Claims handler');
    expect(await page.locator('.map-node.is-selected').count()).toBe(1);
  });

  it('asks before deleting a lane that holds a node, and removes both when told', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete Claims handler' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete lane Claims handler?' });
    await dialog.getByRole('button', { name: 'Delete lane and 1 node' }).click();
    await page.getByRole('heading', { name: 'Map the actual workflow' }).waitFor();
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
