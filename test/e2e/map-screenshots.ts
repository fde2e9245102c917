/**
 * Screenshots of the Map stage with the support-triage starter, light and dark, from headless
 * Chromium against the production build, into docs/screenshots/map-*.png: the map as it
 * opens, an AI step selected (the inspector at a glance), and the whole map fitted.
 *
 *   npx tsx test/e2e/map-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createFromTemplate, WITHOUT_FILE_PICKERS } from './support/app';
import { launchPersistent, tempDir } from './support/browser';
import { ROOT } from './support/build';
import { startWeb } from './support/server';

const OUT = join(ROOT, 'docs', 'screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400); // fonts and the last layout settle
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`  docs/screenshots/${name}.png`);
}

async function run(scheme: 'light' | 'dark', url: string): Promise<void> {
  const profile = tempDir('sprintbook-map-shots-');
  const context = await launchPersistent(profile.path, scheme);
  try {
    await context.addInitScript(WITHOUT_FILE_PICKERS);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
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
  } finally {
    await context.close();
    profile.remove();
  }
}

mkdirSync(OUT, { recursive: true });
const web = await startWeb();
try {
  for (const scheme of ['light', 'dark'] as const) await run(scheme, web.url);
} finally {
  await web.close();
}
