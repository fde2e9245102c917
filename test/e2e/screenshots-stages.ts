/**
 * Screenshots of the Metrics and Roadmap stages, light and dark, from headless Chromium against
 * the production build, into docs/screenshots/. The worked example a few weeks after go-live:
 * one metric on track, one at target, one past its kill threshold (so the scorecard says "stop
 * and redesign" and the roadmap item gated on it is blocked), one not measured yet.
 *
 *   npx tsx test/e2e/screenshots-stages.ts
 */
import { serializeWorkbook } from '../../shared/format';
import type { Metric, Observation, Workbook } from '../../shared/model';
import { openWorkbookFile } from './support/app';
import { inBothSchemes, scrollStageTo, shoot, starter } from './support/screenshots';

const weekly = (start: string, values: readonly number[]): Observation[] =>
  values.map((value, i) => ({ date: new Date(Date.parse(`${start}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10), value }));

const SERIES: Readonly<Record<string, readonly number[]>> = {
  'm-ttfr': [6.1, 5.6, 5.2, 4.9, 4.4, 4.1, 3.8, 3.6],
  'm-misroute': [11.2, 10.4, 10.9, 11.6, 12.1, 12.4, 12.9, 13.4],
  'm-reopened': [8.1, 7.5, 7.0, 6.6, 6.2, 5.9, 5.8, 5.6],
};

/** The worked example eight weeks into the rollout. */
export function afterGoLive(): Workbook {
  const w = starter();
  const metrics: Metric[] = w.metrics.map((m) => (SERIES[m.id] ? { ...m, observations: weekly('2026-12-18', SERIES[m.id]!) } : m));
  return { ...w, id: 'wb-triage-live', title: 'Ticket triage — eight weeks after go-live', metrics };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await inBothSchemes(async (page, scheme) => {
    await openWorkbookFile(page, 'triage-live.sprintbook', serializeWorkbook(afterGoLive()));
    await page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);

    await page.getByRole('link', { name: 'Metrics' }).click();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Misrouted tickets', exact: true }).click();
    await page.waitForTimeout(700); // the smooth scroll to the editor
    await scrollStageTo(page, '#scorecard');
    await shoot(page, `metrics-${scheme}`);

    await page.getByRole('link', { name: 'Roadmap' }).click();
    await page.getByRole('heading', { name: 'Roadmap', level: 1 }).waitFor();
    await scrollStageTo(page, '#roadmap-schedule');
    await shoot(page, `roadmap-${scheme}`);
  });
}
