/**
 * Screenshots of the Map stage with the support-triage starter, light and dark, from headless
 * Chromium against the production build, into docs/screenshots/map-*.png: the map as it
 * opens, an AI step selected (the inspector at a glance), and the whole map fitted.
 *
 *   npx tsx test/e2e/screenshots-map.ts
 */
import { createFromTemplate } from './support/app';
import { inBothSchemes, shoot } from './support/screenshots';

await inBothSchemes(async (page, scheme) => {
  await createFromTemplate(page, /Customer support: ticket triage/);
  await page.getByRole('link', { name: 'Map', exact: true }).click();
  await page.locator('.map-node').first().waitFor();
  await shoot(page, `map-${scheme}`);

  // An AI step selected: the inspector shows what triggers it, what it reads and writes.
  await page.locator('[data-node-id="n-draft"]').click();
  await shoot(page, `map-ai-step-${scheme}`);

  // The whole map at once, as on a projector before zooming in.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Zoom to fit the map' }).click();
  await shoot(page, `map-fit-${scheme}`);
});
