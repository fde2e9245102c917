/**
 * Screenshots of the Owners stage, light and dark, from headless Chromium against the
 * production build, into docs/screenshots/. The worked example (support triage) on day 8,
 * with two things still to do so the stage has something to say: the send-reply decision has
 * nobody responsible yet, and nobody owns the cost-per-ticket metric.
 *
 *   npx tsx test/e2e/screenshots-owners.ts
 */
import { serializeWorkbook } from '../../shared/format';
import type { Workbook } from '../../shared/model';
import { openWorkbookFile } from './support/app';
import { inBothSchemes, scrollStageTo, shoot, starter } from './support/screenshots';

/** The worked example on day 8, two answers short of question 4. */
export function triageOnDayEight(): Workbook {
  const w = starter();
  return {
    ...w, id: 'wb-triage-owners',
    raci: w.raci.filter((r) => !(r.subjectId === 'd-send' && r.role === 'R')),
    metrics: w.metrics.map((m) => {
      if (m.id !== 'm-cost') return m;
      const { ownerId: _owner, ...rest } = m;
      return rest;
    }),
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await inBothSchemes(async (page, scheme) => {
    await openWorkbookFile(page, 'triage-owners.sprintbook', serializeWorkbook(triageOnDayEight()));
    await page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);
    await page.getByRole('link', { name: 'Owners' }).click();
    await page.getByRole('heading', { name: 'Owners', level: 1 }).waitFor();
    await shoot(page, `owners-${scheme}`);

    await scrollStageTo(page, '#raci');
    await shoot(page, `owners-raci-${scheme}`);
  });
}
