/**
 * The agenda runs the day, at 1280×720: the ten days carry working dates, a day's blocks are
 * renamed, re-timed (minutes outside 1..480 refused with a message), reordered, ticked and
 * added, each one undo step; a block runs on the top bar's timer, which survives a reload
 * running (with the right time left) and paused, takes five more minutes, shows its end, and
 * never enters undo history.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate, waitSaved } from './support/app';
import { openAppSession, type AppSession } from './support/session';

const blocks = (page: Page) => page.getByRole('list', { name: 'Blocks of day 10' });
const titles = async (page: Page) => blocks(page).getByRole('textbox', { name: /^Title of block/ }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
const timer = (page: Page) => page.locator('.topbar .block-timer');
const overview = (page: Page) => page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
const undo = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true }).click();

/** The top bar timer's time in seconds (negative once over). */
async function timerSeconds(page: Page): Promise<number> {
  const text = (await timer(page).locator('.block-timer-time').innerText()).trim();
  const m = /^(−?)(\d+):(\d{2})$/.exec(text);
  if (!m) throw new Error(`Not a timer reading: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

describe('the agenda and its block timer', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openAppSession('agenda-timer');
    page = session.page;
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromTemplate(page, /Customer support: ticket triage/);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('gives the ten days working dates from the start, the weekend skipped', async () => {
    // The starter's sprint starts on Monday 2 November 2026: day 5 is Friday, day 6 the Monday after.
    expect(await page.locator('[data-focus="/agenda/day/5"] .agenda-date').innerText()).toBe('Fri, Nov 6');
    expect(await page.locator('[data-focus="/agenda/day/6"] .agenda-date').innerText()).toBe('Mon, Nov 9');
    expect(await page.locator('[data-focus="/agenda/day/10"] .agenda-date').innerText()).toBe('Fri, Nov 13');
    expect(await page.locator('.agenda-today').innerText()).toMatch(/^(The sprint ended on Fri, Nov 13\.|Today is day|Weekend|The sprint starts)/);
  });

  it('shows the first open day’s blocks from the default agenda', async () => {
    expect(await titles(page)).toEqual([
      'Rehearse the read-out', 'Export the governance model, scorecard and roadmap', 'Read-out to the sponsors', 'Sign-offs and next steps',
    ]);
    expect(await page.locator('[data-focus="/agenda/day/10/blocks"] summary').innerText()).toMatch(/4 · 2 h 45 min · the default agenda/);
  });

  it('renames and re-times a block, refusing minutes outside 1 to 480 with a message', async () => {
    await page.getByLabel('Title of block 1 of day 10').fill('Rehearse the read-out twice');
    const minutes = page.getByLabel('Minutes of block 1 of day 10');
    await minutes.fill('0');
    expect(await blocks(page).getByRole('alert').innerText()).toBe('A block lasts at least 1 minute.');
    await minutes.fill('481');
    expect(await blocks(page).getByRole('alert').innerText()).toMatch(/at most 480 minutes \(8 hours\); 481 is more/);
    await minutes.fill('50');
    expect(await blocks(page).getByRole('alert').count()).toBe(0);
    expect(await page.locator('[data-focus="/agenda/day/10/blocks"] summary').innerText()).toMatch(/4 · 2 h 50 min$/);
    expect((await titles(page))[0]).toBe('Rehearse the read-out twice');
  });

  it('reorders, ticks and adds blocks, and undoes each in turn', async () => {
    await page.getByRole('button', { name: 'Move block 1 of day 10 down' }).click();
    expect((await titles(page)).slice(0, 2)).toEqual(['Export the governance model, scorecard and roadmap', 'Rehearse the read-out twice']);
    await page.getByRole('checkbox', { name: 'Done: Export the governance model, scorecard and roadmap' }).check();
    await page.getByLabel('New block for day 10', { exact: true }).fill('Questions from the sponsors');
    await page.getByLabel('Minutes of the new block for day 10').fill('20');
    await page.getByRole('button', { name: 'Add block' }).click();
    expect(await titles(page)).toHaveLength(5);
    expect((await titles(page))[4]).toBe('Questions from the sponsors');

    await undo(page);
    expect(await titles(page)).toHaveLength(4);
    await undo(page);
    expect(await page.getByRole('checkbox', { name: 'Done: Export the governance model, scorecard and roadmap' }).isChecked()).toBe(false);
    await undo(page);
    expect((await titles(page)).slice(0, 2)).toEqual(['Rehearse the read-out twice', 'Export the governance model, scorecard and roadmap']);
  });

  it('runs a block on the top bar’s timer, outside undo history', async () => {
    const undoTip = await page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title');
    await page.getByRole('button', { name: 'Run Read-out to the sponsors on the timer' }).click();
    await timer(page).waitFor();
    expect(await timer(page).getAttribute('aria-label')).toBe('Block timer: Read-out to the sponsors');
    expect(await timerSeconds(page)).toBeGreaterThan(60 * 60 - 3);
    expect(await page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toBe(undoTip);
    expect(await blocks(page).locator('.block-row.is-running').count()).toBe(1);
  });

  it('is still running after a reload, with the time that passed gone', async () => {
    await waitSaved(page);
    const before = await timerSeconds(page);
    const at = Date.now();
    await page.waitForTimeout(2500);
    await page.reload();
    await overview(page);
    await timer(page).waitFor();
    const elapsed = (Date.now() - at) / 1000;
    const after = await timerSeconds(page);
    expect(await timer(page).getAttribute('class')).toMatch(/is-running/);
    expect(Math.abs(before - elapsed - after)).toBeLessThanOrEqual(2);
    expect(after).toBeLessThan(before - 1);
  });

  it('stays paused across a reload, with the time it had left, and takes five more minutes', async () => {
    await timer(page).getByRole('button', { name: 'Pause' }).click();
    const paused = await timerSeconds(page);
    await page.waitForTimeout(2000);
    await page.reload();
    await overview(page);
    await timer(page).waitFor();
    expect(await timer(page).getAttribute('class')).toMatch(/is-paused/);
    expect(Math.abs((await timerSeconds(page)) - paused)).toBeLessThanOrEqual(1);
    await timer(page).getByRole('button', { name: 'Five more minutes' }).click();
    expect(Math.abs((await timerSeconds(page)) - (paused + 300))).toBeLessThanOrEqual(1);
    await timer(page).getByRole('button', { name: 'Resume' }).click();
    expect(await timer(page).getAttribute('class')).toMatch(/is-running/);
  });

  it('shows the end when the time is up, and goes when stopped', async () => {
    // The block's end moved into the past, as if its hour had gone by while the page was closed.
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('sprintbook.timer.'))!;
      const saved = JSON.parse(localStorage.getItem(key)!) as { run: { endsAt: number } };
      saved.run.endsAt = Date.now() - 5000;
      localStorage.setItem(key, JSON.stringify(saved));
    });
    await page.reload();
    await overview(page);
    await timer(page).waitFor();
    expect(await timer(page).getAttribute('class')).toMatch(/is-over/);
    expect(await timerSeconds(page)).toBeLessThan(0);
    expect(await timer(page).locator('.block-timer-time').getAttribute('aria-label')).toMatch(/^Time is up: −0:0\d$/);
    await timer(page).getByRole('button', { name: 'Stop timing this block' }).click();
    expect(await timer(page).count()).toBe(0);
  });

  it('keeps the edited blocks in the workbook across a reload', async () => {
    await page.reload();
    await overview(page);
    expect((await titles(page))[0]).toBe('Rehearse the read-out twice');
    expect(await page.locator('[data-focus="/agenda/day/10/blocks"] summary').innerText()).not.toMatch(/default agenda/);
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
