/**
 * Merging a file changed outside the app (issue 15), in the browser build: a workbook opened from
 * a file is edited in the app while someone edits the file itself; Save then writes nothing and
 * offers the merge, which keeps both edits; where both changed the same field, the dialog asks
 * and takes the choice. The file lives in the origin-private file system (support/privateFiles).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitSaved } from './support/app';
import { ROOT } from './support/build';
import { editPrivateWorkbook, pickPrivateFile, readPrivateFile, writePrivateFile } from './support/privateFiles';
import { openAppSession, type AppSession } from './support/session';

const FILE = 'triage.sprintbook';
const starter = readFileSync(join(ROOT, 'templates', 'starters', 'support-triage.sprintbook'), 'utf8');

describe('saving to a file that was changed outside the app', () => {
  let session: AppSession;
  const page = () => session.page;
  const dialog = () => page().getByRole('alertdialog', { name: `${FILE} was changed outside this copy` });
  const onDisk = async () => JSON.parse(await readPrivateFile(page(), FILE));
  const saved = () => page().getByRole('region', { name: 'Notifications' }).getByText(`Saved ${FILE}.`).last().waitFor();

  beforeAll(async () => {
    session = await openAppSession('merge');
    await pickPrivateFile(session.context, FILE);
    await writePrivateFile(page(), FILE, starter);
    await page().reload();
    await page().getByRole('button', { name: 'Open file…' }).first().click();
    await page().getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('offers a merge instead of overwriting, and keeps both edits', async () => {
    await page().getByRole('textbox', { name: 'Pilot name' }).fill('Triage, edited in the app');
    await waitSaved(page());
    await editPrivateWorkbook(page(), FILE, (w) => {
      w.organization = 'Changed on disk Ltd';
    });
    await page().getByRole('button', { name: 'Save', exact: true }).click();
    await dialog().waitFor();
    expect((await onDisk()).pilot.name).not.toBe('Triage, edited in the app');
    await expect(dialog().getByRole('listitem').filter({ hasText: 'Organization' }).count()).resolves.toBe(1);

    await dialog().getByRole('button', { name: 'Merge and save' }).click();
    await saved();
    const file = await onDisk();
    expect(file.pilot.name).toBe('Triage, edited in the app');
    expect(file.organization).toBe('Changed on disk Ltd');
    expect(file.audit.at(-1).action).toBe('merged-file');
    expect(await page().getByRole('textbox', { name: 'Organization' }).inputValue()).toBe('Changed on disk Ltd');
  });

  it('asks which value to keep where both changed the same field, and takes the choice', async () => {
    await page().getByRole('textbox', { name: 'Pilot name' }).fill('The app’s pilot');
    await waitSaved(page());
    await editPrivateWorkbook(page(), FILE, (w) => {
      w.pilot.name = 'The file’s pilot';
    });
    await page().getByRole('button', { name: 'Save', exact: true }).click();
    await dialog().waitFor();
    const conflict = dialog().getByRole('group', { name: /^Pilot · Name/ });
    await expect(conflict.innerText()).resolves.toMatch(/The app’s pilot[\s\S]*The file’s pilot/);
    expect(await dialog().getByRole('button', { name: 'Merge and save' }).isDisabled()).toBe(true);

    await conflict.getByRole('radio', { name: /Take the file’s/ }).check();
    await dialog().getByRole('button', { name: 'Merge and save' }).click();
    await saved();
    expect((await onDisk()).pilot.name).toBe('The file’s pilot');
    expect(await page().getByRole('textbox', { name: 'Pilot name' }).inputValue()).toBe('The file’s pilot');
  });

  it('writes nothing on Cancel', async () => {
    await page().getByRole('textbox', { name: 'Pilot name' }).fill('Not written');
    await waitSaved(page());
    await editPrivateWorkbook(page(), FILE, (w) => {
      w.title = 'Retitled on disk';
    });
    const before = await readPrivateFile(page(), FILE);
    await page().getByRole('button', { name: 'Save', exact: true }).click();
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(await readPrivateFile(page(), FILE)).toBe(before);
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
