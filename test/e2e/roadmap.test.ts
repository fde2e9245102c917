/**
 * The roadmap end to end, in Debian's Chromium against the production build: accept a
 * suggested roadmap, create a dependency and see the schedule move, try to create a cycle and
 * be refused, drag an item into another phase (pointer and keyboard) and a bar's end to change
 * its weeks, each drag one undo step.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate } from './support/app';
import { openAppSession, type AppSession } from './support/session';

describe('the roadmap in the browser', () => {
  let session: AppSession;
  let page: Page;

  const gantt = () => page.getByRole('region', { name: 'Gantt chart of the roadmap' });
  const row = (title: string) => gantt().locator('.gantt-row').filter({ has: page.getByRole('button', { name: title, exact: true }) });
  const barLeft = async (title: string) => Number((await row(title).locator('.gantt-bar').evaluate((el) => (el as HTMLElement).style.left)).replace('px', ''));
  const phaseOf = (title: string) => row(title).evaluate((el) => el.closest('section')?.getAttribute('aria-label'));
  const undoOutsideFields = async () => {
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
  };
  const centre = async (l: Locator) => {
    // Pointer events land where the element is on screen: the editor may have scrolled it away.
    await gantt().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = (await l.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  beforeAll(async () => {
    session = await openAppSession('roadmap');
    ({ page } = session);
    await createFromTemplate(page, /Customer support: ticket triage/);
    await page.getByRole('link', { name: 'Roadmap' }).click();
    await page.getByRole('heading', { name: 'Roadmap', level: 1 }).waitFor();
  });

  afterAll(() => session?.close());

  it('shows the schedule as a Gantt: phases, bars by week with dates, the critical path', async () => {
    expect(await gantt().locator('.gantt-row').count()).toBe(9);
    expect(await gantt().getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      expect.stringContaining('Foundation'), expect.stringContaining('Pilot hardening'),
      expect.stringContaining('Controlled rollout'), expect.stringContaining('Scale'),
    ]);
    expect(await gantt().locator('.gantt-tick').first().innerText()).toMatch(/^W0\s+Nov 16$/);
    expect(await page.getByText('19 weeks').count()).toBe(1);
    expect(await row('Log every AI suggestion and agent action in the helpdesk').getByText('Critical').count()).toBe(1);
    expect(await gantt().locator('.gantt-arrows path.gantt-arrow').count()).toBe(4);
  });

  it('accepts a suggested roadmap, keeping the existing items', async () => {
    await page.getByRole('button', { name: 'Suggest a roadmap' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suggested roadmap' });
    expect(await dialog.innerText()).toContain('Your 9 existing items stay as they are');
    const suggested = await dialog.locator('.suggestion').count();
    expect(suggested).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: `Add all ${suggested}` }).click();
    expect(await dialog.getByText('Added', { exact: true }).count()).toBe(suggested);
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    expect(await gantt().locator('.gantt-row').count()).toBe(9 + suggested);
    expect(await row('Log every AI suggestion and agent action in the helpdesk').count()).toBe(1);
    expect(await row('Roll out the low-tier decisions: the AI acts, people sample its work').count()).toBe(1);
  });

  it('moves the schedule when a dependency is created', async () => {
    const title = 'Weekly sampling review of tags and drafts';
    const before = await barLeft(title);
    await row(title).getByRole('button', { name: title, exact: true }).click();
    const editor = page.locator('#item-editor');
    expect(await editor.locator('.item-timing').innerText()).toMatch(/^Week 3 ·/);
    await editor.getByRole('combobox', { name: 'Add a dependency' }).selectOption({ label: 'Confidence threshold and fallback to the general queue (Pilot hardening)' });
    await editor.locator('.item-timing').filter({ hasText: /^Week 5 ·/ }).waitFor();
    expect(await barLeft(title)).toBeGreaterThan(before);
    expect(await editor.locator('.dependency-list').innerText()).toContain('Confidence threshold and fallback to the general queue');
  });

  it('refuses a dependency that would close a cycle, and names the cycle', async () => {
    const title = 'Confidence threshold and fallback to the general queue';
    await row(title).getByRole('button', { name: title, exact: true }).click();
    const editor = page.locator('#item-editor');
    await editor.getByRole('heading', { name: title }).waitFor();
    await editor.getByRole('combobox', { name: 'Add a dependency' }).selectOption({ label: 'Weekly sampling review of tags and drafts (Pilot hardening)' });
    const alert = editor.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`That would make a cycle: "${title}" → "Weekly sampling review of tags and drafts" → "${title}".`);
    expect(await editor.locator('.dependency-list li').count()).toBe(1); // still only its own dependency on logging
    expect(await page.getByText('not scheduled', { exact: false }).count()).toBe(0);
  });

  it('drags an item into another phase with the pointer, as one undo step', async () => {
    const title = 'Weekly KPI dashboard from helpdesk timestamps';
    expect(await phaseOf(title)).toBe('Foundation');
    const from = await centre(row(title).getByRole('button', { name: `Move ${title}` }));
    const target = await centre(row('Weekly sampling review of tags and drafts'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x, from.y + ((target.y - from.y) * i) / 12);
    await page.mouse.up();
    await page.waitForFunction((t) => [...document.querySelectorAll('.gantt-row')].some((r) => r.textContent?.includes(t) && r.closest('section')?.getAttribute('aria-label') === 'Pilot hardening'), title);
    await undoOutsideFields();
    await page.waitForFunction((t) => [...document.querySelectorAll('.gantt-row')].some((r) => r.textContent?.includes(t) && r.closest('section')?.getAttribute('aria-label') === 'Foundation'), title);
  });

  it('moves an item with the keyboard alone: Space, arrow keys, Space', async () => {
    const title = 'Data-processing review and role-based access to ticket data';
    const grip = row(title).getByRole('button', { name: `Move ${title}` });
    await grip.focus();
    await page.keyboard.press('Space');
    await row(title).locator('.gantt-grip[aria-pressed="true"]').waitFor();
    // What a screen reader hears says where the item will go.
    await page.keyboard.press('ArrowUp');
    await page.getByText(`${title} will go to Foundation, position 2 of 3.`).waitFor();
    await page.keyboard.press('Space');
    await page.getByText(`Dropped ${title} at Foundation, position 2 of 3.`).waitFor();
    const order = await gantt().locator('section[aria-label="Foundation"] .gantt-title').allInnerTexts();
    expect(order.indexOf(title)).toBe(1);
  });

  it('changes weeks by dragging a bar’s end, as one undo step', async () => {
    const title = 'Quarterly governance review (sending and refunds stay human-only)';
    const handle = row(title).getByRole('slider', { name: `Weeks of ${title}` });
    expect(await handle.getAttribute('aria-valuenow')).toBe('1');
    const weekW = await row(title).locator('.gantt-bar').evaluate((el) => (el as HTMLElement).getBoundingClientRect().width);
    const at = await centre(handle);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(at.x + (weekW * 3 * i) / 8, at.y);
    await page.mouse.up();
    expect(await handle.getAttribute('aria-valuenow')).toBe('4');
    await undoOutsideFields();
    expect(await handle.getAttribute('aria-valuenow')).toBe('1');
  });

  it('shows the same data as a list for the keyboard and screen readers', async () => {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const table = page.getByRole('table');
    expect(await table.getByRole('rowheader').count()).toBe(await page.locator('.roadmap-table tbody th[scope="row"]').count());
    const sampling = table.getByRole('row', { name: /Weekly sampling review of tags and drafts/ });
    expect(await sampling.innerText()).toContain('Week 5');
    expect(await sampling.innerText()).toContain('Confidence threshold and fallback to the general queue');
    await page.getByRole('button', { name: 'Gantt', exact: true }).click();
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
