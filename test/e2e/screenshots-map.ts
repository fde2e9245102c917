/**
 * Screenshots of the Map stage with the support-triage starter, light and dark, from headless
 * Chromium against the production build, into docs/screenshots/map-*.png, at 1280×720: the map
 * as it opens, an AI step selected (the inspector at a glance), the whole map fitted, and with
 * the sidebar, inspector and toolbars collapsed for the room; and at 1920×1080 as it opens.
 *
 *   npx tsx test/e2e/screenshots-map.ts
 */
import { createFromTemplate } from './support/app';
import { FULL_HD, inBothSchemes, PROJECTOR, shoot } from './support/screenshots';

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

  // For the room: sidebar, inspector and toolbars collapsed (Ctrl+B, Ctrl+I, Ctrl+.), then fitted.
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+i');
  await page.keyboard.press('Control+.');
  await page.getByRole('button', { name: 'Zoom to fit the map' }).click();
  await shoot(page, `map-collapsed-${scheme}`);
  await page.getByRole('button', { name: 'Show the sidebar' }).click();
  await page.getByRole('button', { name: 'Show the inspector' }).click();
  await page.getByRole('button', { name: 'Show the toolbars' }).click();

  await page.setViewportSize(FULL_HD);
  await page.getByRole('button', { name: 'Zoom to fit the map' }).click();
  await shoot(page, `map-1920-${scheme}`);
  await page.setViewportSize(PROJECTOR);
});
