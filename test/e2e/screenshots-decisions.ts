/**
 * Screenshots of the Decisions stage, light and dark, and of the guided classification, from
 * headless Chromium against the production build, into docs/screenshots/. The worked example
 * (support triage) as the sprint leaves it, with one decision freshly added from the map that
 * still needs classifying, so the register (sorted by status) has something to ask for.
 *
 *   npx tsx test/e2e/screenshots-decisions.ts
 */
import { serializeWorkbook } from '../../shared/format';
import type { Workbook } from '../../shared/model';
import { openWorkbookFile } from './support/app';
import { inBothSchemes, scrollStageTo, shoot, starter } from './support/screenshots';

/** The worked example, plus a decision point the team found on day 3 whose record is still bare. */
export function triageWithNewDecision(): Workbook {
  const w = starter();
  return {
    ...w, id: 'wb-triage-decisions',
    decisions: [...w.decisions, {
      id: 'd-route', nodeId: 'n-escalate', title: 'Escalate the ticket to tier 2', action: 'route',
      factors: { reversible: true, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: true },
      controls: [], logging: [],
    }],
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await inBothSchemes(async (page, scheme) => {
    await openWorkbookFile(page, 'triage.sprintbook', serializeWorkbook(triageWithNewDecision()));
    await page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);

    await page.getByRole('link', { name: 'Decisions' }).click();
    await page.getByRole('heading', { name: 'Decisions', level: 1 }).waitFor();
    // What still needs attention first: the register sorted by status.
    await page.getByRole('button', { name: 'Status', exact: true }).click();
    await scrollStageTo(page, '#decision-register');
    await shoot(page, `decisions-${scheme}`);

    if (scheme === 'light') {
      // The refund: the rules say high; the team argues for medium and writes why.
      await page.getByRole('button', { name: 'Issue a goodwill refund or credit' }).click();
      await page.waitForTimeout(700); // the smooth scroll to the editor
      await page.getByRole('radio', { name: /^Medium/ }).check();
      await page.getByRole('textbox', { name: 'Why medium rather than high?' })
        .fill('Refunds are capped at $750 by the billing system, and a second approver from Billing confirms every one.');
      // The questions with the suggestion and the tier choice beside them (they stay in view as you scroll).
      await scrollStageTo(page, '.classify-questions > .step:nth-child(2)');
      await shoot(page, 'decisions-classify');
    }
  });
}
