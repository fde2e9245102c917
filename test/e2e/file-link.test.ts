/**
 * The link from a working copy to its `.sprintbook` file survives a reload and a restart of the
 * browser: open a file through the File System Access API, reload, edit, Save — the same file is
 * written and no picker is shown. The file lives in the origin-private file system, which hands
 * out real FileSystemFileHandles without a picker (playwright cannot answer the native one): the
 * open picker is stubbed to return it, the save picker to record that it was asked for.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitSaved } from './support/app';
import { launchPersistent, tempDir } from './support/browser';
import { ROOT } from './support/build';
import { startWeb, type WebServer } from './support/server';

const starter = readFileSync(join(ROOT, 'templates', 'starters', 'support-triage.sprintbook'), 'utf8');
const FILE = 'triage.sprintbook';

/** Runs before the app in every page: both pickers recorded, the open one answering with FILE. */
const STUB_PICKERS = (file: string) => {
  const w = window as unknown as Record<string, unknown>;
  const record = (picker: string) => localStorage.setItem('pickers', `${localStorage.getItem('pickers') ?? ''}${picker};`);
  w.showOpenFilePicker = async () => {
    record('open');
    return [await (await navigator.storage.getDirectory()).getFileHandle(file)];
  };
  w.showSaveFilePicker = async () => {
    record('save');
    throw new DOMException('The test answers no save picker.', 'AbortError');
  };
};

describe('a workbook opened from a file, after a reload and a restart', () => {
  let web: WebServer;
  let profile: ReturnType<typeof tempDir>;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  async function launch(): Promise<void> {
    context = await launchPersistent(profile.path);
    await context.addInitScript(STUB_PICKERS, FILE);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
  }
  const overview = () => page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  const pickers = () => page.evaluate(() => localStorage.getItem('pickers') ?? '');
  const fileText = () => page.evaluate(async (name) => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle(name);
    return (await handle.getFile()).text();
  }, FILE);

  async function editAndSave(pilotName: string): Promise<void> {
    await page.getByRole('textbox', { name: 'Pilot name' }).fill(pilotName);
    await waitSaved(page);
    await page.locator('.topbar-file', { hasText: 'changes not in the file' }).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('region', { name: 'Notifications' }).getByText(`Saved ${FILE}.`).last().waitFor();
    await page.locator('.topbar-file', { hasText: /^triage\.sprintbook$/ }).waitFor();
  }

  beforeAll(async () => {
    web = await startWeb();
    profile = tempDir('sprintbook-e2e-file-link-');
    await launch();
    await page.goto(web.url);
    await page.evaluate(async ({ name, text }) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
    }, { name: FILE, text: starter });
  });
  afterAll(async () => {
    await context?.close();
    profile?.remove();
    await web?.close();
  });

  it('opens the file through the File System Access API', async () => {
    await page.getByRole('button', { name: 'Open file…' }).first().click();
    await overview();
    expect(await page.locator('.topbar-file').innerText()).toBe(FILE);
    expect(await pickers()).toBe('open;');
  });

  it('saves to the same file after a reload, asking for no file', async () => {
    await page.reload();
    await overview();
    await page.locator('.topbar-file', { hasText: /^triage\.sprintbook$/ }).waitFor();
    await editAndSave('Triage after a reload');
    expect(await pickers()).toBe('open;');
    expect(await fileText()).toContain('"name": "Triage after a reload"');
  });

  it('knows after a reload that the file lacks the latest changes', async () => {
    await page.getByRole('textbox', { name: 'Pilot name' }).fill('Not in the file yet');
    await waitSaved(page);
    await page.reload();
    await overview();
    expect(await page.locator('.topbar-file').innerText()).toBe(`${FILE} · changes not in the file`);
    expect(await fileText()).toContain('"name": "Triage after a reload"');
  });

  it('saves to the same file after the browser restarts, asking for no file', async () => {
    const url = page.url();
    await context.close();
    await launch();
    await page.goto(url);
    await overview();
    await editAndSave('Triage after a restart');
    expect(await pickers()).toBe('open;');
    expect(await fileText()).toContain('"name": "Triage after a restart"');
  });

  it('raised no script errors', () => {
    expect(errors).toEqual([]);
  });
});
