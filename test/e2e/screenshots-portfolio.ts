/**
 * Screenshots of the library's portfolio view at 1280×720, light and dark, into
 * docs/screenshots/: five workbooks (ready, not ready, stopped by a kill criterion, of two
 * organizations and one naming none) opened from files, then the library shown as the table.
 *
 *   npx tsx test/e2e/screenshots-portfolio.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INVOICE_EXAMPLE, INVOICE_EXAMPLE_11 } from '../fixtures/examples';
import { stopWorkbookText } from '../fixtures/stop-workbook';
import { openWorkbookFile } from './support/app';
import { ROOT } from './support/build';
import { inBothSchemes, shoot } from './support/screenshots';

const invoice = readFileSync(INVOICE_EXAMPLE, 'utf8');
const edit = (text: string, change: (w: Record<string, any>) => void): string => {
  const w = JSON.parse(text) as Record<string, any>;
  change(w);
  return JSON.stringify(w, null, 2);
};
const FILES: readonly [string, string][] = [
  ['invoice.sprintbook', invoice],
  ['invoice-stop.sprintbook', edit(stopWorkbookText(invoice), (w) => {
    w.id = 'wb-invoice-stop';
    w.title = 'Accounts payable — coding assistant, second wave';
  })],
  ['invoice-11.sprintbook', edit(readFileSync(INVOICE_EXAMPLE_11, 'utf8'), (w) => {
    w.id = 'wb-invoice-11';
    w.title = 'Supplier onboarding — document check AI';
  })],
  ['triage.sprintbook', edit(readFileSync(join(ROOT, 'templates', 'starters', 'support-triage.sprintbook'), 'utf8'), (w) => {
    w.organization = 'Northwind Support';
  })],
  ['blank.sprintbook', readFileSync(join(ROOT, 'templates', 'starters', 'blank.sprintbook'), 'utf8')],
];

await inBothSchemes(async (page, scheme) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const [name, text] of FILES) {
    await openWorkbookFile(page, name, text);
    await page.getByRole('button', { name: 'Library' }).first().click();
    await page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
  }
  const dismiss = page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.getByRole('button', { name: 'Portfolio' }).click();
  await page.getByRole('table', { name: 'Portfolio' }).waitFor();
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth
    || [...document.querySelectorAll('.library-main')].some((el) => el.scrollWidth > el.clientWidth));
  if (sideways) throw new Error('The portfolio view scrolls sideways at 1280×720.');
  await shoot(page, `library-portfolio-${scheme}`);
});
