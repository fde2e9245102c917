/**
 * The Owners stage end to end, in Debian's Chromium against the production build: the worked
 * example on day 8 with an empty RACI. Reorder the escalation path by dragging (pointer, then
 * keyboard), each drop one undo step; fill the RACI by clicking until readiness has no owners
 * blocker; try to remove someone still named and follow the places it names; reload and find
 * it all kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../shared/format';
import { openWorkbookFile, waitSaved } from './support/app';
import { ROOT } from './support/build';
import { openAppSession, type AppSession } from './support/session';

/** The worked example with nobody in the RACI yet. */
function triageWithoutRaci(): string {
  const loaded = loadWorkbook(readFileSync(join(ROOT, 'templates', 'starters', 'support-triage.sprintbook'), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  return serializeWorkbook({ ...loaded.workbook, id: 'wb-triage-owners', raci: [] });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Who is accountable and who responsible for each decision, as the team agreed. */
const RACI = [
  { decision: 'Classify the ticket\'s topic, product and language', a: 'Sam Whitfield', r: 'Jonas Becker' },
  { decision: 'Suggest the ticket\'s priority', a: 'Lucía Romero', r: 'Jonas Becker' },
  { decision: 'Draft a reply from the knowledge base', a: 'Lucía Romero', r: 'Jonas Becker' },
  { decision: 'Send the reply to the customer', a: 'Lucía Romero', r: 'Jonas Becker' },
  { decision: 'Issue a goodwill refund or credit', a: 'Tomasz Kowalski', r: 'Priya Nair' },
];

describe('the Owners stage in the browser', () => {
  let session: AppSession;
  let page: Page;

  const cell = (person: string, decision: string) => page.getByRole('button', { name: new RegExp(`^${escape(person)} on “${escape(decision)}”: `) });
  const rowRule = (decision: string) => page.getByRole('row', { name: new RegExp(escape(decision)) }).locator('.raci-rule');
  const steps = () => page.getByRole('list', { name: 'Escalation path, first to last' }).locator('.escalation-name').allInnerTexts();
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const showOwners = async () => {
    await page.getByRole('link', { name: 'Owners', exact: true }).click();
    await page.getByRole('heading', { name: 'Owners', level: 1 }).waitFor();
  };
  const undoOutsideFields = async () => {
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
  };
  const centre = async (l: Locator) => {
    const box = (await l.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  beforeAll(async () => {
    session = await openAppSession('owners', { withoutFilePickers: true });
    ({ page } = session);
    await page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
    await openWorkbookFile(page, 'triage-owners.sprintbook', triageWithoutRaci());
    await showOwners();
  });

  afterAll(() => session?.close());

  it('opens with what question 4 still asks for', async () => {
    const answers = page.getByRole('region', { name: 'Can you name them?' });
    expect(await answers.getByText('10 blockers').count()).toBe(1);
    expect(await answers.getByText('Decisions whose RACI row breaks the rule (5)').count()).toBe(1);
    expect(await page.getByText('5 of 5 decisions need attention').count()).toBe(1);
    expect(await rowRule(RACI[0]!.decision).innerText()).toBe('No one accountable (A) · No one responsible (R)');
  });

  it('drags a person down the escalation path with the pointer, as one undo step', async () => {
    expect(await steps()).toEqual(['Lucía Romero', 'Sam Whitfield', 'Daniel Okoro']);
    // Pointer events land where things are on screen: bring the path into view first (instantly: the stage scrolls smoothly).
    const path = page.getByRole('list', { name: 'Escalation path, first to last' });
    await path.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const from = await centre(path.getByRole('button', { name: 'Move Lucía Romero, step 1 of 3' }));
    const to = await centre(path.getByRole('listitem').nth(2));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x, from.y + ((to.y + 6 - from.y) * i) / 12);
    await page.mouse.up();
    await expect.poll(steps).toEqual(['Sam Whitfield', 'Daniel Okoro', 'Lucía Romero']);
    await undoOutsideFields();
    await expect.poll(steps).toEqual(['Lucía Romero', 'Sam Whitfield', 'Daniel Okoro']);
  });

  it('moves a person up the path with the keyboard alone, and says where they went', async () => {
    // In view first, as after a Tab: picking up starts from where the handle is on screen.
    const grip = page.getByRole('button', { name: 'Move Daniel Okoro, step 3 of 3' });
    await grip.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await grip.focus();
    await page.keyboard.press('Space');
    await page.locator('.escalation-step.is-dragging').waitFor();
    await page.keyboard.press('ArrowUp');
    await page.getByText('Daniel Okoro will be step 2 of 3.').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowUp');
    await page.getByText('Daniel Okoro will be step 1 of 3.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.getByText('Dropped Daniel Okoro: now step 1 of 3.').waitFor({ state: 'attached' });
    await expect.poll(steps).toEqual(['Daniel Okoro', 'Lucía Romero', 'Sam Whitfield']);
  });

  it('fills the RACI by clicking, each row checked as it goes, until the owners question has no blocker', async () => {
    for (const { decision, a, r } of RACI) {
      await cell(r, decision).click();
      await cell(a, decision).click();
      await cell(a, decision).click();
      await expect.poll(() => rowRule(decision).innerText()).toBe('Sound: 1 A, 1 R');
    }
    expect(await cell('Lucía Romero', RACI[1]!.decision).getAttribute('aria-label')).toBe('Lucía Romero on “Suggest the ticket\'s priority”: Accountable');
    // One more from the keyboard: the cell to the right of a focused one becomes Informed.
    await cell('Maya Chen', RACI[4]!.decision).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('i');
    await expect.poll(focusedLabel).toBe('Daniel Okoro on “Issue a goodwill refund or credit”: Informed');

    await page.getByRole('region', { name: 'Can you name them?' }).getByText('Answered').waitFor();
    await page.getByRole('link', { name: 'Readiness', exact: true }).click();
    const owners = page.getByRole('region', { name: 'Ownership' });
    await owners.getByText('Answered').waitFor();
    expect(await owners.getByText('Blocker').count()).toBe(0);
  });

  it('refuses to remove someone still named, and each place it names takes you there', async () => {
    await showOwners();
    await page.getByRole('button', { name: 'Remove Jonas Becker', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Jonas Becker is still named in the workbook' });
    expect(await dialog.getByRole('link', { name: /^Responsible for decision “.+” in the RACI/ }).count()).toBe(4);
    await dialog.getByRole('link', { name: /^Responsible for decision “.+” in the RACI/ }).first().click();
    await expect.poll(focusedLabel).toBe('Jonas Becker on “Classify the ticket\'s topic, product and language”: Responsible');

    await page.getByRole('button', { name: 'Remove Lucía Romero', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('link', { name: /^Owner of metric “Misrouted tickets”/ }).click();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe('m-misroute/ownerId');
  });

  it('keeps it all after a reload', async () => {
    await waitSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    await showOwners();
    expect(await steps()).toEqual(['Daniel Okoro', 'Lucía Romero', 'Sam Whitfield']);
    for (const { decision } of RACI) expect(await rowRule(decision).innerText()).toBe('Sound: 1 A, 1 R');
    expect(await page.getByRole('region', { name: 'People' }).getByRole('textbox', { name: 'Name of Jonas Becker' }).count()).toBe(1);
    expect(await page.getByText('All 5 decisions sound').count()).toBe(1);
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
