/**
 * Screenshots of the merge dialog at 1280×720, light and dark, into docs/screenshots/: the
 * support-triage starter opened from a file, edited in the app (pilot name, organization) while
 * the file was edited outside it (the same pilot name, a decision's title), then saved: one
 * change applied from the file and one conflict to choose, shown chosen.
 *
 *   npx tsx test/e2e/screenshots-merge.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitSaved } from './support/app';
import { ROOT } from './support/build';
import { editPrivateWorkbook, pickPrivateFile, writePrivateFile } from './support/privateFiles';
import { shoot } from './support/screenshots';
import { openAppSession } from './support/session';

const FILE = 'triage.sprintbook';
const starter = readFileSync(join(ROOT, 'templates', 'starters', 'support-triage.sprintbook'), 'utf8');
mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  const session = await openAppSession('shots-merge', { colorScheme: scheme });
  const { page } = session;
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await pickPrivateFile(session.context, FILE);
    await writePrivateFile(page, FILE, starter);
    await page.reload();
    await page.getByRole('button', { name: 'Open file…' }).first().click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);
    await page.getByRole('textbox', { name: 'Pilot name' }).fill('Support triage, North region');
    await page.getByRole('textbox', { name: 'Organization' }).fill('Northwind Support');
    await waitSaved(page);
    await editPrivateWorkbook(page, FILE, (w) => {
      w.pilot.name = 'Support triage, all regions';
      w.decisions[0].title = `${w.decisions[0].title} (reviewed)`;
    });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Take the file’s/ }).first().check();
    await shoot(page, `merge-dialog-${scheme}`);
  } finally {
    await session.close();
  }
}
