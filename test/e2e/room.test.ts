/**
 * The workshop room end to end (issue 14): two participants on phone-sized pages in separate
 * browser contexts join by the link, vote with reasons, the facilitator (its client, scripted)
 * reveals, and both pages show the split vote with the reasons side by side. A reload resumes
 * with the participant's token; ending the room tells every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './support/browser';
import { openRoom, roomApi, until, type RoomSession } from './support/room';

let room: RoomSession;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  room = await openRoom('Day 4 — risk tiers');
  browser = await launch();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await room?.close();
});

async function phone(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  page.on('console', (m) => {
    // Chromium logs each socket it could not open while the test had the phone offline; that is the blip, not a fault.
    if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED')) errors.push(`${name}: ${m.text()}`);
  });
  await page.goto(room.status.joinUrl);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('heading', { name: 'Now' }).waitFor();
  return page;
}

async function vote(page: Page, tier: 'Low' | 'Medium' | 'High', reason: string): Promise<void> {
  await page.getByRole('button', { name: tier, exact: true }).click();
  await page.getByLabel('Reason').fill(reason);
  await page.getByRole('button', { name: 'Send vote' }).click();
  await page.getByText('Vote sent.').waitFor();
}

describe('the workshop room in the browser', () => {
  let ana: Page;
  let ben: Page;

  it('refuses the room endpoints to a request without the app’s header', async () => {
    const bare = await fetch(new URL('room/api/status', room.url));
    expect(bare.status).toBe(403);
    const foreign = await fetch(new URL('room/api/stop', room.url), { method: 'POST', headers: { 'X-Sprintbook-Room': '1', Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(((await (await roomApi(room.url, 'status')).json()) as { value: { open: boolean } }).value.open).toBe(true);
  });

  it('lets two participants join by the link and shows them to the facilitator', async () => {
    [ana, ben] = await Promise.all([phone('Ana'), phone('Ben')]);
    await until(() => room.facilitator.view.participants.filter((p) => p.connected).length === 2, 'both are in');
    expect(room.facilitator.view.participants.map((p) => p.name).sort()).toEqual(['Ana', 'Ben']);
    await expect(ana.locator('.me').textContent()).resolves.toBe('Ana');
  });

  it('votes, reveals, and shows the split vote with both reasons side by side on both pages', async () => {
    await room.facilitator.show({ kind: 'decision', decision: { id: 'd-refund', title: 'Refund under 50 EUR without review', suggestedTier: 'medium' } });
    await ana.getByText('Refund under 50 EUR without review').first().waitFor();
    const opened = await room.facilitator.openVote('d-refund');
    if (!opened.ok) throw new Error(opened.error.reason);
    await ana.getByRole('heading', { name: /^Vote: Refund under 50 EUR/ }).waitFor();
    await ben.getByRole('heading', { name: /^Vote: Refund under 50 EUR/ }).waitFor();

    await vote(ana, 'Low', 'Reversible the same day');
    // A participant's text is text: markup stays visible as characters.
    await vote(ben, 'High', 'Money leaves <b>the</b> company');
    await until(() => room.facilitator.view.vote?.cast === 2, 'both votes are counted');
    // Nothing of the other's vote reached either page before the reveal.
    await expect(ana.getByText('Money leaves').count()).resolves.toBe(0);

    const revealed = await room.facilitator.revealVote(opened.value.voteId);
    expect(revealed.ok && revealed.value.split).toBe(true);
    for (const page of [ana, ben]) {
      await page.getByText('A split vote: the reasons side by side.').waitFor();
      const columns = page.locator('.columns .column');
      await expect(columns.count()).resolves.toBe(2);
      await expect(columns.nth(0).textContent()).resolves.toBe('LowReversible the same dayAna');
      await expect(columns.nth(1).textContent()).resolves.toBe('HighMoney leaves <b>the</b> companyBen');
      await expect(page.locator('.columns b').count()).resolves.toBe(0);
      // Side by side: the two columns share a row on a 375 px phone.
      const [low, high] = await Promise.all([columns.nth(0).boundingBox(), columns.nth(1).boundingBox()]);
      expect(low!.y).toBe(high!.y);
      expect(low!.x + low!.width).toBeLessThanOrEqual(high!.x);
    }
  });

  it('resumes after a reload with the participant’s token, as the same person', async () => {
    await ana.reload();
    await ana.getByText('A split vote: the reasons side by side.').waitFor();
    await expect(ana.locator('.me').textContent()).resolves.toBe('Ana');
    await expect(ana.getByLabel('Your name').isVisible()).resolves.toBe(false);
    expect(room.facilitator.view.participants).toHaveLength(2);
  });

  it('sends a parking-lot item to the inbox and shows the outcome to its sender', async () => {
    await ben.getByLabel('Parking-lot item').fill('Who approves a refund over the limit?');
    await ben.getByRole('button', { name: 'Add' }).click();
    await until(() => room.facilitator.view.inbox.length === 1, 'the item reaches the inbox');
    const item = room.facilitator.view.inbox[0]!;
    expect(item).toMatchObject({ kind: 'parking', text: 'Who approves a refund over the limit?', from: { name: 'Ben' } });
    await room.facilitator.accept(item.id);
    await ben.locator('.sent li').filter({ hasText: 'Accepted' }).waitFor();
  });

  it('loses nothing to a network blip: an item added while the connection is down arrives after it resumes', async () => {
    const benId = room.facilitator.view.participants.find((p) => p.name === 'Ben')!.id;
    // Ben's phone loses the network, and the server drops his socket as a flaky Wi-Fi would.
    await ben.context().setOffline(true);
    room.host.room!.participants.get(benId)!.peer!.close(1001, 'blip');
    await ben.getByText('Reconnecting…').waitFor();
    await ben.getByLabel('Parking-lot item').fill('Typed during the blip');
    await ben.getByRole('button', { name: 'Add' }).click();
    await ben.waitForTimeout(1500);
    await expect(ben.getByText('Reconnecting…').isVisible()).resolves.toBe(true);
    expect(room.facilitator.view.inbox.some((i) => i.kind === 'parking' && i.text === 'Typed during the blip')).toBe(false);
    await ben.context().setOffline(false);
    await ben.getByText('Connected').waitFor({ timeout: 15_000 });
    await until(() => room.facilitator.view.inbox.some((i) => i.kind === 'parking' && i.text === 'Typed during the blip'), 'the item arrives after the blip');
    expect(room.facilitator.view.participants.filter((p) => p.name === 'Ben')).toHaveLength(1);
  });

  it('tells every page when the room ends, and raised no script errors', async () => {
    await room.facilitator.end();
    for (const page of [ana, ben]) await page.getByText('The facilitator ended the room.').waitFor();
    expect((await fetch(room.status.joinUrl).catch(() => null))?.status ?? 'closed').toBe('closed');
    expect(errors).toEqual([]);
  });
});
