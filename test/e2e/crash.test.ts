/**
 * A crash loses nothing older than a second: the browser is killed (SIGKILL) two seconds
 * after an edit, started again on the same profile, and the edit is there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate } from './support/app';
import { tempDir } from './support/browser';
import { launchKillable } from './support/killable';
import { startWeb, type WebServer } from './support/server';

describe('after a crash', () => {
  let web: WebServer;
  let profile: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    web = await startWeb();
    profile = tempDir('sprintbook-crash-');
  });
  afterAll(async () => {
    profile?.remove();
    await web?.close();
  });

  it('finds an edit made two seconds before the browser was killed', async () => {
    const first = await launchKillable(profile.path);
    let url: string;
    try {
      const page = first.context.pages()[0] ?? (await first.context.newPage());
      await page.goto(web.url);
      await createFromTemplate(page, /Blank workbook/);
      await page.getByRole('textbox', { name: 'Pilot name' }).fill('Invoice matching assistant');
      await page.waitForTimeout(2000);
      url = page.url();
      await first.kill();
    } catch (e) {
      await first.close();
      throw e;
    }

    const second = await launchKillable(profile.path);
    try {
      const page = second.context.pages()[0] ?? (await second.context.newPage());
      await page.goto(url);
      await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Pilot name' }).inputValue()).toBe('Invoice matching assistant');
    } finally {
      await second.close();
    }
  });
});
