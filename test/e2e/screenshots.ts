/**
 * Screenshots of the library, Overview, Readiness and Export, light and dark, from headless
 * Chromium against the production build, into docs/screenshots/, at 1280×720 (and the
 * Overview at 1920×1080 too).
 *
 *   npx tsx test/e2e/screenshots.ts
 */
import { serializeWorkbook } from '../../shared/format';
import type { Workbook } from '../../shared/model';
import { createFromTemplate, openWorkbookFile } from './support/app';
import { FULL_HD, inBothSchemes, PROJECTOR, shoot, starter } from './support/screenshots';

/**
 * The worked example mid-sprint, under its own organization and pilot (a title of its own, so
 * the library's two cards differ): a few gaps left, so Readiness has something to show.
 */
function midSprint(): string {
  const w = starter();
  const decisions = w.decisions.map((d, i) => (i === 1 ? { ...d, escalateToId: undefined, controls: d.controls.filter((c) => c !== 'audit-log') } : d));
  const metrics = w.metrics.map((m, i) => (i === 1 ? { ...m, kill: undefined } : m));
  const mid: Workbook = {
    ...w, id: 'wb-support-mid-sprint', title: 'Customer support — ticket triage AI, day 5 of the sprint',
    pilot: { ...w.pilot, stage: 'friction' },
    decisions, metrics, ownership: { ...w.ownership, governanceOwnerId: undefined },
    sprint: { ...w.sprint, days: w.sprint.days.map((d) => ({ ...d, done: d.day <= 5 })) },
  } as Workbook;
  return serializeWorkbook(JSON.parse(JSON.stringify(mid)) as Workbook);
}

await inBothSchemes(async (page, scheme) => {
  await createFromTemplate(page, /Customer support: ticket triage/);
  await page.getByRole('button', { name: 'Library' }).click();

  await openWorkbookFile(page, 'support-triage-day-5.sprintbook', midSprint());
  await page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);
  await shoot(page, `overview-${scheme}`);
  await page.setViewportSize(FULL_HD);
  await shoot(page, `overview-1920-${scheme}`);
  await page.setViewportSize(PROJECTOR);

  await page.getByRole('link', { name: 'Readiness' }).click();
  await page.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
  await shoot(page, `readiness-${scheme}`);

  await page.getByRole('link', { name: 'Export' }).click();
  await page.getByRole('button', { name: /Export \d+ files/ }).waitFor();
  await page.getByRole('checkbox', { name: /Sprint report/ }).uncheck();
  await page.getByRole('checkbox', { name: /Word/ }).uncheck();
  await page.getByRole('button', { name: /Export \d+ files?/ }).click();
  await page.getByRole('heading', { name: 'Your documents' }).waitFor({ timeout: 90_000 });
  await page.waitForTimeout(600); // the smooth scroll to the results
  await page.getByRole('heading', { name: 'Your documents' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.locator('.stage').evaluate((el) => el.scrollBy({ top: -24 }));
  await page.waitForTimeout(2500); // Chromium's PDF viewer renders the preview out of process
  await shoot(page, `export-${scheme}`);

  await page.getByRole('button', { name: 'Library' }).click();
  await page.locator('.wb-card').nth(1).waitFor();
  await shoot(page, `library-${scheme}`);
});
