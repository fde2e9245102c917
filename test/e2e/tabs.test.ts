/**
 * Two tabs on one workbook, in one browser profile (they share IndexedDB): each is told up front
 * that the other has it open; an edit in one makes the other stale, which then writes nothing
 * over it, keeps what is typed there in History, and offers to reload or keep it as a new
 * workbook. Without BroadcastChannel (nobody tells anyone) the revision check alone refuses the
 * stale write. No edit is lost silently.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate, waitSaved } from './support/app';
import { openAppSession, type AppSession } from './support/session';

const overview = (page: Page) => page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
const title = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });
const staleDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Changed in another tab or window' });
const saveStatus = (page: Page) => page.locator('.topbar .save-status').first();

/** Types a new title as a user would (the field commits as it goes) and leaves the field. */
async function retitle(page: Page, text: string): Promise<void> {
  await title(page).fill(text);
  await title(page).press('Tab');
}

describe('one workbook in two tabs', () => {
  let session: AppSession;
  let tabA: Page;
  let tabB: Page;
  let workbookUrl: string;

  beforeAll(async () => {
    session = await openAppSession('tabs');
    tabA = session.page;
    await createFromTemplate(tabA, /Customer support: ticket triage/);
    await retitle(tabA, 'Claims triage');
    await waitSaved(tabA);
    workbookUrl = tabA.url();
    tabB = await session.context.newPage();
    tabB.on('pageerror', (e) => session.errors.push(e.message));
    await tabB.goto(workbookUrl);
    await overview(tabB);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('tells both tabs up front that the workbook is open twice', async () => {
    await tabB.locator('.save-warn', { hasText: 'Open in 2 tabs' }).waitFor();
    await tabA.locator('.save-warn', { hasText: 'Open in 2 tabs' }).waitFor();
    const toast = tabB.getByRole('region', { name: 'Notifications' });
    expect(await toast.innerText()).toMatch(/“Claims triage” is also open in another tab or window/);
  });

  it('stops the other tab as soon as one tab saves an edit, before anything is typed there', async () => {
    await retitle(tabA, 'Claims triage, edited in A');
    await waitSaved(tabA);
    await staleDialog(tabB).waitFor();
    expect(await staleDialog(tabB).innerText()).toMatch(/This tab has no changes of its own since then, so reloading loses nothing/);
    expect(await saveStatus(tabB).innerText()).toMatch(/Not saved: changed elsewhere/);
    expect(await saveStatus(tabA).innerText()).toBe('Saved');
  });

  it('writes nothing over it from the stale tab, and keeps what is typed there in History', async () => {
    await staleDialog(tabB).getByRole('button', { name: 'Not now' }).click();
    await retitle(tabB, 'Claims triage, typed in B');
    await saveStatus(tabB).getByRole('button', { name: 'What now?' }).click();
    await staleDialog(tabB).getByText(/Your changes in this tab are kept in History/).waitFor();

    // Tab A, reloaded, still has its own edit: B's was refused.
    await tabA.reload();
    await overview(tabA);
    expect(await title(tabA).inputValue()).toBe('Claims triage, edited in A');
  });

  it('reloads the stale tab with the newer version, its own version still in History', async () => {
    await staleDialog(tabB).getByRole('button', { name: 'Reload the newer version' }).click();
    await tabB.waitForLoadState('load');
    await overview(tabB);
    expect(await title(tabB).inputValue()).toBe('Claims triage, edited in A');
    expect(await saveStatus(tabB).innerText()).toBe('Saved');
    await tabB.getByRole('button', { name: 'History' }).click();
    const history = tabB.getByRole('dialog', { name: 'History' });
    const kept = history.locator('.history-row', { hasText: 'Not saved: changed in another tab or window' });
    expect(await kept.innerText()).toContain('“Claims triage, typed in B”');

    // Restoring it is an ordinary edit in B: now A is the tab that is told.
    await kept.getByRole('button', { name: /^Restore the version of/ }).click();
    await history.waitFor({ state: 'detached' });
    expect(await title(tabB).inputValue()).toBe('Claims triage, typed in B');
    await waitSaved(tabB);
    await staleDialog(tabA).waitFor();
  });

  it('keeps the stale tab\'s version as a new workbook when asked', async () => {
    await staleDialog(tabA).getByRole('button', { name: 'Not now' }).click();
    await retitle(tabA, 'Claims triage, A goes its own way');
    await saveStatus(tabA).getByRole('button', { name: 'What now?' }).click();
    await staleDialog(tabA).getByText(/Your changes in this tab are kept in History/).waitFor();
    await staleDialog(tabA).getByRole('button', { name: 'Keep my version as a new workbook' }).click();
    await staleDialog(tabA).waitFor({ state: 'detached' });
    expect(await title(tabA).inputValue()).toBe('Claims triage, A goes its own way (copy)');
    expect(tabA.url()).not.toBe(workbookUrl);
    await retitle(tabA, 'Claims triage, the copy');
    await waitSaved(tabA);

    await tabB.reload();
    await overview(tabB);
    expect(await title(tabB).inputValue()).toBe('Claims triage, typed in B');
    await tabB.getByRole('button', { name: 'Library' }).click();
    const cards = tabB.locator('.wb-card');
    await cards.filter({ hasText: 'Claims triage, the copy' }).waitFor();
    expect(await cards.filter({ hasText: 'Claims triage, typed in B' }).count()).toBe(1);
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('one workbook in two tabs that cannot talk to each other', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openAppSession('tabs-silent');
  });
  afterAll(async () => {
    await session?.close();
  });

  /** A tab without BroadcastChannel: nobody tells it anything, only the revision check is left. */
  async function silentTab(url: string): Promise<Page> {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => session.errors.push(e.message));
    await page.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).BroadcastChannel;
    });
    await page.goto(url);
    return page;
  }

  it('refuses the write of the tab that is behind, keeps its version, and says so there', async () => {
    const tabA = await silentTab(session.web.url);
    await createFromTemplate(tabA, /Blank workbook/);
    await retitle(tabA, 'Silent workbook');
    await waitSaved(tabA);
    const tabB = await silentTab(tabA.url());
    await overview(tabB);
    expect(await tabB.locator('.save-warn').count()).toBe(0); // nobody could say it is open twice

    await retitle(tabA, 'Silent workbook, A');
    await waitSaved(tabA);
    expect(await staleDialog(tabB).count()).toBe(0); // B has not heard
    await retitle(tabB, 'Silent workbook, B');
    await staleDialog(tabB).waitFor();
    expect(await staleDialog(tabB).innerText()).toMatch(/Your changes in this tab are kept in History/);

    const tabC = await silentTab(tabA.url());
    await overview(tabC);
    expect(await title(tabC).inputValue()).toBe('Silent workbook, A');
    await tabC.getByRole('button', { name: 'History' }).click();
    const kept = tabC.getByRole('dialog', { name: 'History' }).locator('.history-row', { hasText: 'Not saved: changed in another tab or window' });
    expect(await kept.innerText()).toContain('“Silent workbook, B”');
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
