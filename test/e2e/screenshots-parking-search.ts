/**
 * Screenshots of the parking lot and Search everything at 1280×720, light and dark, from
 * headless Chromium against the production build, into docs/screenshots/: the capture dialog
 * over the map (a step selected), the parking lot with open, resolved and converted questions
 * (the open list, then the converted one), and the search palette over the map.
 *
 *   npx tsx test/e2e/screenshots-parking-search.ts
 */
import type { Page } from 'playwright-core';
import { createFromTemplate } from './support/app';
import { inBothSchemes, shoot } from './support/screenshots';

const park = async (page: Page, text: string, by?: string) => {
  await page.keyboard.press('Control+Shift+Period');
  const capture = page.getByRole('dialog', { name: 'Park a question' });
  await capture.waitFor();
  await page.keyboard.type(text);
  if (by !== undefined) await capture.getByRole('textbox', { name: 'Raised by (optional)' }).fill(by);
  await page.keyboard.press('Enter');
  await capture.waitFor({ state: 'detached' });
};

const dismissToasts = async (page: Page) => {
  const dismiss = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
  while (await dismiss.count()) await dismiss.first().click({ timeout: 2000 });
};

await inBothSchemes(async (page, scheme) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createFromTemplate(page, /Customer support: ticket triage/);
  await page.getByRole('link', { name: 'Map', exact: true }).click();
  await page.locator('[data-node-id="n-refund"]').click();

  await park(page, 'Does the SLA clock pause on weekends?', 'Priya (Support lead)');
  await park(page, 'Should refunds above €500 always go to a person?', 'Dana (Finance)');
  await park(page, 'Measure how often customers reopen a ticket within 7 days', 'Priya (Support lead)');
  await dismissToasts(page);
  await page.keyboard.press('Control+Shift+Period');
  const capture = page.getByRole('dialog', { name: 'Park a question' });
  await capture.waitFor();
  await page.keyboard.type('Who owns the knowledge-base macros after go-live?');
  await capture.getByRole('textbox', { name: 'Raised by (optional)' }).fill('Sam (Tier-1)');
  await capture.getByRole('textbox', { name: 'Question' }).focus();
  await shoot(page, `parking-capture-${scheme}`);
  await page.keyboard.press('Enter');
  await capture.waitFor({ state: 'detached' });

  await dismissToasts(page);
  await page.getByRole('button', { name: /^Parking lot, \d+ open$/ }).click();
  const panel = page.getByRole('dialog', { name: 'Parking lot' });
  const item = (text: string) => panel.getByRole('listitem').filter({ hasText: text });
  await item('SLA clock').getByRole('button', { name: 'Resolve…' }).click();
  await item('SLA clock').getByRole('textbox', { name: 'Resolution note' }).fill('Yes: the contract counts business hours only.');
  await item('SLA clock').getByRole('button', { name: 'Resolve', exact: true }).click();
  await item('reopen a ticket').getByRole('button', { name: 'Convert…' }).click();
  await item('reopen a ticket').getByRole('button', { name: 'Metric', exact: true }).click();
  await panel.getByRole('radio', { name: /^Open/ }).click();
  await item('macros').getByRole('button', { name: 'Convert…' }).click();
  await shoot(page, `parking-lot-${scheme}`);
  await item('macros').getByRole('button', { name: 'Cancel' }).click();
  await panel.getByRole('radio', { name: /^Converted/ }).click();
  await shoot(page, `parking-lot-converted-${scheme}`);
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });

  await page.waitForTimeout(200);
  await dismissToasts(page);
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Search everything' });
  await search.waitFor();
  await page.keyboard.type('refund');
  await search.getByRole('option').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await shoot(page, `search-${scheme}`);
  await page.keyboard.press('Escape');
});
