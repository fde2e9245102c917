/**
 * Screenshots of issue 13's agenda and presenter view at 1280×720, light and dark, from headless
 * Chromium against the production build, into docs/screenshots/: the Overview agenda with its
 * dates, today's blocks and a running block timer in the top bar; the presenter window on the
 * Owners stage with the timer, the verdict and the owners' question with one blocker (the
 * measurement cadence cleared); the presenter on the Map; and its clock once the block's time is up.
 *
 *   npx tsx test/e2e/screenshots-presenter.ts
 */
import { createFromTemplate, waitSaved } from './support/app';
import { startMaking } from './support/sprintStart';
import { inBothSchemes, scrollStageTo, shoot } from './support/screenshots';


await inBothSchemes(async (page, scheme) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createFromTemplate(page, /Customer support: ticket triage/);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByLabel('Sprint starts on').fill(startMaking(today, 8) ?? '2026-11-02');
  await waitSaved(page);
  await page.getByRole('button', { name: /^Run Workflow owner and governance owner/ }).first().click();
  await page.waitForTimeout(1500);
  await scrollStageTo(page, '[data-focus="/agenda/day/8"]');
  await shoot(page, `agenda-timer-${scheme}`);

  const popup = page.context().waitForEvent('page');
  // Dispatched rather than clicked: the pictures are of the views, not a test of the top bar's layout.
  await page.getByRole('button', { name: 'Present' }).dispatchEvent('click');
  const presenter = await popup;
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();

  const stages = page.getByRole('navigation', { name: 'Sprint stages' });
  await stages.getByRole('link', { name: 'Owners', exact: true }).click();
  await page.getByLabel('Measurement cadence', { exact: true }).selectOption('', { timeout: 5000 }).catch(async (e: unknown) => {
    await page.screenshot({ path: '/tmp/dbg3.png' });
    throw e;
  });
  await presenter.getByRole('heading', { name: 'Owners', level: 1 }).waitFor();
  await presenter.getByText('1 blocker', { exact: true }).waitFor();
  await shoot(presenter, `presenter-owners-${scheme}`);

  await stages.getByRole('link', { name: 'Map', exact: true }).click();
  await presenter.getByRole('heading', { name: 'Map', level: 1 }).waitFor();
  await shoot(presenter, `presenter-map-${scheme}`);

  // The block's time runs out (its end moved 75 s into the past): the projector shows the overrun.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('sprintbook.timer.'))!;
    const saved = JSON.parse(localStorage.getItem(key)!) as { run: { endsAt: number } };
    saved.run.endsAt = Date.now() - 75_000;
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await presenter.getByText('Time is up', { exact: true }).waitFor();
  await shoot(presenter, `presenter-time-up-${scheme}`);
  await presenter.close();
});
