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
