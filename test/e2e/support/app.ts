/** Steps through the app the way a facilitator would, shared by the end-to-end tests. */
import type { Page } from 'playwright-core';

/** Makes the browser host use a file input and downloads (the picker cannot be driven headless). */
export const WITHOUT_FILE_PICKERS = () => {
  delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
  delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
};

export async function createFromTemplate(page: Page, template: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'New from template…' }).first().click();
  await page.getByRole('button', { name: template }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}

/** Waits until the top bar says the working copy is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save-status').filter({ hasText: /^Saved$/ }).waitFor();
}

/** Picks `text` as the file `name` in the library's "Open file…" chooser (the page must use the file input). */
export async function chooseWorkbookFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).first().click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Opens a workbook from a file, as a user would, and waits for its Overview (big files take a while). */
export async function openWorkbookFile(page: Page, name: string, text: string): Promise<void> {
  await chooseWorkbookFile(page, name, text);
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor({ timeout: 60_000 });
}
