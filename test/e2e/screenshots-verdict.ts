/**
 * Screenshots of the stop verdict at 1280×720, light and dark, from headless Chromium against
 * the production build, into docs/screenshots/: the Readiness stage with the sidebar, and the
 * Overview agenda's baselines days. The workbook is the invoice example with the coding error
 * rate's kill criterion triggered (test/fixtures/stop-workbook.ts).
 *
 *   npx tsx test/e2e/screenshots-verdict.ts
 */
import { readFileSync } from 'node:fs';
import { INVOICE_EXAMPLE } from '../fixtures/examples';
import { stopWorkbookText } from '../fixtures/stop-workbook';
import { openWorkbookFile } from './support/app';
import { inBothSchemes, scrollStageTo, shoot } from './support/screenshots';

await inBothSchemes(async (page, scheme) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openWorkbookFile(page, 'invoice-stop.sprintbook', stopWorkbookText(readFileSync(INVOICE_EXAMPLE, 'utf8')));
  await page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);

  await scrollStageTo(page, '[data-focus="/agenda/day/6"]');
  await shoot(page, `overview-stop-${scheme}`);

  await page.getByRole('navigation', { name: 'Sprint stages' }).getByRole('link', { name: 'Readiness' }).click();
  await page.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
  await shoot(page, `readiness-stop-${scheme}`);
});
