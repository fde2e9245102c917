/**
 * Screenshots of "What changed" at 1280×720, light and dark, into docs/screenshots/: the
 * support-triage starter kept as the snapshot "End of day 3", then a later version of it opened
 * from a file and merged in (a decision re-tiered, a person added, a metric changed, a roadmap item
 * dropped), and the snapshot compared with now.
 *
 *   npx tsx test/e2e/screenshots-compare.ts
 */
import { serializeWorkbook } from '../../shared/format';
import type { Workbook } from '../../shared/model';
import { chooseWorkbookFile, openWorkbookFile } from './support/app';
import { inBothSchemes, shoot, starter } from './support/screenshots';

function dayFour(w: Workbook): Workbook {
  return {
    ...w,
    people: [...w.people, { id: 'p-ciso', name: 'Amara Singh', role: 'CISO' }],
    decisions: w.decisions.map((d) => (d.id === 'd-prioritize' ? { ...d, tier: 'high', tierReason: 'Customers see the priority it sets' } : d)),
    metrics: w.metrics.map((m) => (m.id === 'm-ttfr' ? { ...m, target: m.target ? { ...m.target, value: 2 } : m.target } : m)),
    roadmap: w.roadmap.filter((r) => r.id !== 'r-review'),
  };
}

await inBothSchemes(async (page, scheme) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const before = starter();
  await openWorkbookFile(page, 'support-triage.sprintbook', serializeWorkbook(before));

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('button', { name: 'Take snapshot' }).click();
  await history.getByRole('textbox', { name: 'Snapshot name' }).fill('End of day 3');
  await history.getByRole('button', { name: 'Keep snapshot' }).click();
  await history.getByText('End of day 3', { exact: true }).waitFor();
  await history.getByRole('button', { name: 'Close' }).last().click();

  await page.getByRole('link', { name: 'Library' }).first().click().catch(() => page.goto(page.url().replace(/#.*$/, '')));
  await page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
  await chooseWorkbookFile(page, 'support-triage-day-4.sprintbook', serializeWorkbook(dayFour(before)));
  // The library's copy came from a file of the same workbook: the app offers to merge the later version in (or, before merges, to replace).
  await page.getByRole('button', { name: /^(Merge|Replace with the file)$/ }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  // The "Opened …" toast would sit over the dialog's footer in the picture.
  for (const dismiss of await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click({ timeout: 1000 }).catch(() => undefined);

  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('dialog', { name: 'History' }).getByRole('button', { name: 'What changed…' }).click();
  await page.getByRole('dialog', { name: 'What changed' }).locator('.compare-record').first().waitFor();
  await shoot(page, `compare-${scheme}`);
});
