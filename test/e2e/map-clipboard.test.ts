/**
 * Copy and paste on the map through the system clipboard, in Chromium: within a workbook, and
 * from one workbook into another (the lanes the copy needs come along).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate } from './support/app';
import { openAppSession, type AppSession } from './support/session';

describe('copy and paste on the map', () => {
  let session: AppSession;
  let page: Page;
  let context: BrowserContext;
  const nodes = () => page.locator('.map-node');

  beforeAll(async () => {
    session = await openAppSession('clip');
    ({ page, context } = session);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.web.url });
    await createFromTemplate(page, /Customer support: ticket triage/);
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await page.locator('[data-node-id="n-start"]').waitFor();
    await page.getByRole('button', { name: 'Zoom to fit the map' }).click();
  });

  afterAll(() => session?.close());

  it('copies the selected nodes and pastes them beside the originals, selected', async () => {
    const before = await nodes().count();
    await page.locator('[data-node-id="n-classify"]').click();
    await page.locator('[data-node-id="n-prioritize"]').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => nodes().count()).toBe(before + 2);
    expect(await page.locator('.map-node.is-selected').count()).toBe(2);
  });

  it('pastes into another workbook, bringing the lane the nodes need', async () => {
    await page.locator('[data-node-id="n-kb"]').click();
    await page.keyboard.press('Control+c');
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'New workbook' }).first().click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    // Exact: the Overview's agenda has "Day 2: Map the actual workflow" and "Day 3: … (continued)",
    // and the click returns before the hash change re-renders, so a partial name could meet those two.
    await page.getByRole('heading', { name: 'Map the actual workflow', exact: true }).waitFor();
    await page.getByRole('group', { name: 'Workflow map' }).focus();
    await page.keyboard.press('Control+v');
    await page.getByRole('button', { name: 'System: Knowledge base (articles, macros), lane Systems' }).waitFor();
    expect(await page.locator('.map-lane-header').allInnerTexts()).toEqual(['Systems\nSYSTEM']);
  });
});
