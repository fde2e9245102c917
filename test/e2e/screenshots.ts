/**
 * Screenshots of the library, Overview, Readiness and Export, light and dark, from headless
 * Chromium against the production build, into docs/screenshots/.
 *
 *   npx tsx test/e2e/screenshots.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadWorkbook, serializeWorkbook } from '../../shared/format';
import type { Workbook } from '../../shared/model';
import { createFromTemplate, WITHOUT_FILE_PICKERS } from './support/app';
import { launchPersistent, tempDir } from './support/browser';
import { ROOT } from './support/build';
import { startWeb } from './support/server';

const OUT = join(ROOT, 'docs', 'screenshots');

/** The worked example mid-sprint: a few gaps left, so Readiness has something to show. */
function midSprint(): string {
  const loaded = loadWorkbook(readFileSync(join(ROOT, 'templates', 'starters', 'support-triage.sprintbook'), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  const w = loaded.workbook;
  const decisions = w.decisions.map((d, i) => (i === 1 ? { ...d, escalateToId: undefined, controls: d.controls.filter((c) => c !== 'audit-log') } : d));
  const metrics = w.metrics.map((m, i) => (i === 1 ? { ...m, kill: undefined } : m));
  const mid: Workbook = {
    ...w, id: 'wb-claims-intake', title: 'Claims intake — eligibility assistant, scale-up sprint',
    organization: 'Northwind Mutual Insurance', pilot: { ...w.pilot, name: 'Claims intake assistant', stage: 'friction' },
    decisions, metrics, ownership: { ...w.ownership, governanceOwnerId: undefined },
    sprint: { ...w.sprint, days: w.sprint.days.map((d) => ({ ...d, done: d.day <= 5 })) },
  } as Workbook;
  return serializeWorkbook(JSON.parse(JSON.stringify(mid)) as Workbook);
}

async function shoot(page: Page, name: string, scheme: string): Promise<void> {
  await page.waitForTimeout(350); // fonts and the last layout settle
  await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
  console.log(`  docs/screenshots/${name}-${scheme}.png`);
}

async function run(scheme: 'light' | 'dark', url: string): Promise<void> {
  const profile = tempDir('sprintbook-shots-');
  const context = await launchPersistent(profile.path, scheme);
  try {
    await context.addInitScript(WITHOUT_FILE_PICKERS);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await createFromTemplate(page, /Customer support: ticket triage/);
    await page.getByRole('button', { name: 'Library' }).click();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file…' }).first().click();
    await (await chooser).setFiles({ name: 'claims-intake.sprintbook', mimeType: 'application/json', buffer: Buffer.from(midSprint()) });
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);
    await shoot(page, 'overview', scheme);

    await page.getByRole('link', { name: 'Readiness' }).click();
    await page.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
    await shoot(page, 'readiness', scheme);

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
    await shoot(page, 'export', scheme);

    await page.getByRole('button', { name: 'Library' }).click();
    await page.locator('.wb-card').nth(1).waitFor();
    await shoot(page, 'library', scheme);
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
