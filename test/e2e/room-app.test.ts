/**
 * The workshop room from the app (issue 14), end to end: the real app in Chromium at 1280×720
 * starts a room from its Room panel, two participants on phone-sized pages in other browser
 * contexts join by its link, vote with reasons, the facilitator reveals the split vote and
 * adopts a tier, and the audit entry (in History, and in the file) lists the votes with their reasons. A
 * participant's parking-lot item is accepted from the inbox as one undo step. The presenter
 * view shows the join QR code and short link while the room is open. Ending the room from the
 * panel tells the phones and takes the card off the projector.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbook } from '../../shared/model';
import type { OpenRoomStatus } from '../../shared/room';
import { createFromTemplate, waitSaved } from './support/app';
import { launch } from './support/browser';
import { roomApi } from './support/room';
import { openAppSession, type AppSession } from './support/session';

let session: AppSession;
let page: Page;
let browser: Browser;
let status: OpenRoomStatus;
let presenter: Page;
const contexts: BrowserContext[] = [];
const phoneErrors: string[] = [];

beforeAll(async () => {
  session = await openAppSession('room-app', { withoutFilePickers: true });
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await session?.close();
});

async function phone(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  contexts.push(context);
  const p = await context.newPage();
  p.on('pageerror', (e) => phoneErrors.push(`${name}: ${e.message}`));
  await p.goto(status.joinUrl);
  await p.getByLabel('Your name').fill(name);
  await p.getByRole('button', { name: 'Join' }).click();
  await p.getByRole('heading', { name: 'Now' }).waitFor();
  return p;
}

async function vote(p: Page, tier: 'Low' | 'Medium' | 'High', reason: string): Promise<void> {
  await p.getByRole('button', { name: tier, exact: true }).click();
  await p.getByLabel('Reason').fill(reason);
  await p.getByRole('button', { name: 'Send vote' }).click();
  await p.getByText('Vote sent.').waitFor();
}

async function savedWorkbook(): Promise<Workbook> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save As…' }).click();
  return JSON.parse(Buffer.concat(await (await (await download).createReadStream()).toArray()).toString()) as Workbook;
}

const panel = () => page.getByRole('complementary', { name: 'Workshop room' });

describe('the workshop room run from the app', () => {
  let ana: Page;
  let ben: Page;

  it('starts a room from the top bar and shows its short link and QR code as an image', async () => {
    await createFromTemplate(page, /Customer support: ticket triage/);
    await page.getByRole('button', { name: 'Room', exact: true }).click();
    await panel().getByLabel('Who can join').selectOption('loopback');
    await panel().getByRole('button', { name: 'Start the room' }).click();
    await panel().getByRole('tab', { name: 'Room' }).waitFor();

    const answer = (await (await roomApi(session.web.url, 'status')).json()) as { ok: true; value: OpenRoomStatus };
    expect(answer.value.open).toBe(true);
    status = answer.value;
    await expect(panel().getByLabel('Short link').textContent()).resolves.toBe(status.shortUrl);
    const qr = panel().getByRole('img', { name: 'QR code of the join link' });
    await expect(qr.getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    // Drawn as a picture: none of the SVG's elements are part of the page.
    await expect(panel().locator('.room-join svg:not(.icon)').count()).resolves.toBe(0);
    await expect(qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBeGreaterThan(0);
  });

  it('fills the presenter view’s slot with the join QR code and short link while the room is open', async () => {
    const workbookId = /#\/w\/([^/]+)\//.exec(page.url())![1]!;
    presenter = await session.context.newPage();
    await presenter.goto(`${session.web.url}#/present/${workbookId}`);
    const card = presenter.getByRole('region', { name: 'Join the room' });
    await card.waitFor();
    await expect(card.getByLabel('Short link').textContent()).resolves.toBe(status.shortUrl);
    await expect(card.getByRole('img', { name: 'QR code of the join link' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBeGreaterThan(0);
  });

  it('shows both participants as connected once they join by the link', async () => {
    [ana, ben] = await Promise.all([phone('Ana'), phone('Ben')]);
    await panel().getByText('2 connected').waitFor();
    const names = await panel().locator('.room-person-name').allInnerTexts();
    expect(names.sort()).toEqual(['Ana', 'Ben']);
    await expect(page.getByRole('button', { name: 'Room · 2' }).isVisible()).resolves.toBe(true);
  });

  it('puts a metric on the phones from its editor on the Metrics stage', async () => {
    await panel().getByRole('button', { name: 'Close the room panel' }).click();
    await page.getByRole('link', { name: 'Metrics' }).click();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    const name = await page.locator('#metric-editor-title').innerText();
    await page.getByRole('button', { name: 'Show on phones' }).click();
    await page.getByRole('button', { name: 'On phones' }).waitFor();
    await ana.getByText(name).first().waitFor();
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Room · 2' }).click();
    await panel().getByText(`Metric: ${name}`).waitFor();
  });

  it('opens a vote, counts the votes without showing them, reveals the split and adopts a tier with its reason', async () => {
    await panel().getByRole('tab', { name: 'Vote' }).click();
    await panel().getByLabel('Decision to vote on').selectOption({ label: 'Issue a goodwill refund or credit' });
    await panel().getByRole('button', { name: 'Open a tier vote' }).click();
    await panel().getByText('0 of 2 voted').waitFor();
    await ana.getByRole('heading', { name: /^Vote: Issue a goodwill refund/ }).waitFor();

    await vote(ana, 'Medium', 'Small sums, and a person can claw it back');
    await vote(ben, 'High', 'Money leaves <b>the</b> company');
    await panel().getByText('2 of 2 voted').waitFor();
    expect(await panel().innerText()).not.toContain('claw it back');
    expect(await panel().locator('.room-vote-live').innerText()).toMatch(/In: (Ana, Ben|Ben, Ana)\./);

    await panel().getByRole('button', { name: 'Reveal the votes' }).click();
    await panel().getByText('A split vote: the reasons side by side.').waitFor();
    const columns = panel().locator('.room-reason-column');
    await expect(columns.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Medium · 1\n.*Small sums, and a person can claw it back.*\nAna$/s),
      expect.stringMatching(/^High · 1\n.*Money leaves <b>the<\/b> company.*\nBen$/s),
    ]);
    await expect(panel().locator('.room-reasons b').count()).resolves.toBe(0);
    const [medium, high] = await Promise.all([columns.nth(0).boundingBox(), columns.nth(1).boundingBox()]);
    expect(medium!.y).toBe(high!.y);
    await ana.getByText('A split vote: the reasons side by side.').waitFor();

    // The suggestion is high; adopting medium needs a reason, refused without one as on the Decisions stage.
    await panel().getByLabel(/^Medium/).check();
    await panel().getByRole('button', { name: 'Adopt medium instead of high' }).click();
    await panel().getByText(/The rules suggest high\. Write why/).waitFor();
    await panel().getByLabel('Why medium rather than high?').fill('Refunds are capped at 50 EUR and reviewed weekly');
    await panel().getByRole('button', { name: 'Adopt medium instead of high' }).click();
    const recorded = panel().locator('.room-recorded');
    await recorded.waitFor();
    expect(await recorded.innerText()).toContain('2 votes (low 0, medium 1, high 1), split. medium: “Small sums, and a person can claw it back” (Ana); high: “Money leaves <b>the</b> company” (Ben).');
    await expect(page.getByRole('button', { name: 'Undo' }).getAttribute('title')).resolves.toContain('Adopt medium tier after the room’s vote');
  });

  it('lists the vote in the audit trail under History', async () => {
    await page.getByRole('button', { name: 'History' }).click();
    const trail = page.getByRole('list', { name: 'Audit trail' });
    const entry = trail.getByRole('listitem').filter({ hasText: 'Room vote' });
    await expect(entry.innerText()).resolves.toContain('medium: “Small sums, and a person can claw it back” (Ana); high: “Money leaves <b>the</b> company” (Ben).');
    await page.keyboard.press('Escape');
    await trail.waitFor({ state: 'detached' });
  });

  it('writes the tier and the vote to the file’s audit trail', async () => {
    await waitSaved(page);
    const file = await savedWorkbook();
    expect(file.decisions.find((d) => d.id === 'd-refund')).toMatchObject({ tier: 'medium', tierReason: 'Refunds are capped at 50 EUR and reviewed weekly' });
    const [adopted, voted] = file.audit.slice(-2);
    expect(adopted).toMatchObject({ action: 'tier-adopted', subjectId: 'd-refund', actorId: 'p-facilitator' });
    expect(voted).toMatchObject({ action: 'room-vote', subjectId: 'd-refund', actorId: 'p-facilitator', at: adopted!.at });
    expect(voted!.detail).toBe(`Room “${status.title}”: 2 votes (low 0, medium 1, high 1), split. medium: “Small sums, and a person can claw it back” (Ana); high: “Money leaves <b>the</b> company” (Ben).`);
  });

  it('accepts a participant’s parking-lot item from the inbox as one undo step with an audit entry', async () => {
    await ben.getByLabel('Parking-lot item').fill('Who approves a refund over the limit?');
    await ben.getByRole('button', { name: 'Add' }).click();
    await panel().getByRole('tab', { name: 'Inbox · 1' }).click();
    const item = panel().locator('.room-inbox-item');
    await expect(item.innerText()).resolves.toContain('Who approves a refund over the limit?');
    await expect(item.innerText()).resolves.toContain('from Ben');
    await item.getByRole('button', { name: 'Accept', exact: true }).click();
    await panel().getByText('Nothing waiting.', { exact: false }).waitFor();
    await panel().getByText('Dot voting · 1 open item').waitFor();
    await ben.locator('.sent li').filter({ hasText: 'Accepted' }).waitFor();

    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo.getAttribute('title')).resolves.toContain('Accept parking-lot item from the room');
    await undo.click();
    await panel().getByText('Dot voting · 0 open items').waitFor();
    await expect(undo.getAttribute('title')).resolves.toContain('Adopt medium tier after the room’s vote');
    await page.getByRole('button', { name: 'Redo' }).click();
    await panel().getByText('Dot voting · 1 open item').waitFor();

    await waitSaved(page);
    const file = await savedWorkbook();
    expect(file.parkingLot).toEqual([expect.objectContaining({ text: 'Who approves a refund over the limit?', raisedBy: 'Ben', status: 'open' })]);
    expect(file.audit.at(-1)).toMatchObject({
      action: 'room-accepted', subjectId: file.parkingLot[0]!.id,
      detail: `From the room “${status.title}”, sent by Ben: parking-lot item “Who approves a refund over the limit?”`,
    });
  });

  it('ends the room from the panel: the phones are told and the link is dead', async () => {
    await panel().getByRole('tab', { name: 'Room' }).click();
    await panel().getByRole('button', { name: 'End the room…' }).click();
    await panel().getByRole('button', { name: 'End the room', exact: true }).click();
    await panel().getByRole('button', { name: 'Start the room' }).waitFor();
    await ana.getByText(/ended/i).first().waitFor();
    await presenter.getByRole('region', { name: 'Join the room' }).waitFor({ state: 'detached' });
    const after = (await (await roomApi(session.web.url, 'status')).json()) as { ok: true; value: { open: boolean } };
    expect(after.value.open).toBe(false);
    // The participants' listener is closed: the link is refused, or answered with anything but the page.
    const dead = await fetch(status.joinUrl).then((r) => r.status, () => 'refused');
    expect(dead).not.toBe(200);
    expect(session.errors).toEqual([]);
    expect(phoneErrors).toEqual([]);
  });
});
