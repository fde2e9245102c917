/**
 * Pictures of the facilitator's side of the workshop room at 1280×720, light and dark, into
 * docs/screenshots/room-facilitator-*.png: the room panel (join link, QR code, what the phones
 * show, people), the presenter view with the join card, a split tier vote revealed with the
 * adoption form, and the inbox with a parking-lot item, an observation and dot voting. Participants are scripted in Node.
 *
 *   npx tsx test/e2e/screenshots-room-facilitator.ts
 */
import WebSocket from 'ws';
import type { Page } from 'playwright-core';
import type { OpenRoomStatus } from '../../shared/room';
import { createFromTemplate } from './support/app';
import { roomApi } from './support/room';
import { inBothSchemes, shoot } from './support/screenshots';

interface Scripted { send(body: object): void; readonly voteId: string | null; close(): void }

/** A participant in Node: joins under `name`, keeps the open vote's id, sends what it is told. */
async function participant(joinUrl: string, name: string): Promise<Scripted> {
  const ws = new WebSocket(`${joinUrl.replace('http:', 'ws:')}/ws`);
  let voteId: string | null = null;
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { type: string; vote?: { voteId: string } | null; room?: { vote: { voteId: string } | null } };
    if (m.type === 'vote') voteId = m.vote?.voteId ?? null;
    if (m.type === 'welcome') voteId = m.room?.vote?.voteId ?? null;
  });
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ type: 'join', name }));
  await new Promise((r) => ws.once('message', r));
  return { send: (body) => ws.send(JSON.stringify(body)), get voteId() { return voteId; }, close: () => ws.close() };
}

async function scenario(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await createFromTemplate(page, /Customer support: ticket triage/);
  await page.getByRole('button', { name: 'Room', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Workshop room' });
  await panel.getByLabel('Room title').fill('Day 4 — risk tiers');
  await panel.getByLabel('Who can join').selectOption('loopback');
  await panel.getByRole('button', { name: 'Start the room' }).click();
  await panel.getByRole('tab', { name: 'Room' }).waitFor();
  const status = ((await (await roomApi(new URL(page.url()).origin + '/', 'status')).json()) as { value: OpenRoomStatus }).value;

  const people = await Promise.all(['Ana Lima', 'Ben Okafor', 'Chen Wei'].map((n) => participant(status.joinUrl, n)));
  try {
    await panel.getByText('3 connected').waitFor();
    await panel.getByLabel('Show on phones').selectOption({ label: 'Issue a goodwill refund or credit' });
    await panel.getByRole('button', { name: 'Show on phones' }).click();
    await panel.getByText('Decision: Issue a goodwill refund or credit').waitFor();
    await shoot(page, `room-facilitator-panel-${scheme}`);

    // The projector: the presenter view's slot with the join QR code and short link.
    const workbookId = /#\/w\/([^/]+)\//.exec(page.url())![1]!;
    const presenter = await page.context().newPage();
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await presenter.goto(`${new URL(page.url()).origin}/#/present/${workbookId}`);
    await presenter.getByRole('region', { name: 'Join the room' }).waitFor();
    await shoot(presenter, `room-facilitator-presenter-${scheme}`);
    await presenter.close();

    await panel.getByRole('tab', { name: 'Vote' }).click();
    await panel.getByLabel('Decision to vote on').selectOption({ label: 'Issue a goodwill refund or credit' });
    await panel.getByRole('button', { name: 'Open a tier vote' }).click();
    await panel.getByText('0 of 3 voted').waitFor();
    const reasons: [number, string, string][] = [
      [0, 'medium', 'Small sums, and a person can claw it back the same day'],
      [1, 'high', 'Money leaves the company; a wrong refund is a promise we cannot take back'],
      [2, 'medium', 'Capped at 50 EUR, and finance samples the log weekly'],
    ];
    for (const [who, tier, reason] of reasons) people[who]!.send({ type: 'vote', voteId: people[who]!.voteId, tier, reason });
    await panel.getByText('3 of 3 voted').waitFor();
    await shoot(page, `room-facilitator-count-${scheme}`);
    await panel.getByRole('button', { name: 'Reveal the votes' }).click();
    await panel.getByText('A split vote: the reasons side by side.').waitFor();
    await shoot(page, `room-facilitator-reveal-${scheme}`);
    await panel.getByLabel(/^Medium/).check();
    await panel.getByLabel('Why medium rather than high?').fill('Refunds are capped at 50 EUR and finance reviews them weekly');
    await panel.getByRole('button', { name: 'Adopt medium instead of high' }).click();
    await panel.locator('.room-recorded').scrollIntoViewIfNeeded();
    await shoot(page, `room-facilitator-adopted-${scheme}`);

    await panel.getByRole('tab', { name: 'Room' }).click();
    await panel.getByLabel('Show on phones').selectOption({ label: 'Time to first response' });
    await panel.getByRole('button', { name: 'Show on phones' }).click();
    await panel.getByText('Metric: Time to first response').waitFor();
    people[1]!.send({ type: 'park', text: 'Who approves a refund over the limit?' });
    people[2]!.send({ type: 'park', text: 'Does legal need to see the disclosure text before the pilot?' });
    people[0]!.send({ type: 'propose', metricId: 'm-ttfr', date: '2026-03-04', value: 42 });
    await panel.getByRole('tab', { name: 'Inbox · 3' }).click();
    await panel.locator('.room-inbox-item').first().getByRole('button', { name: 'Accept', exact: true }).click();
    await panel.getByRole('button', { name: 'Open dot voting' }).click();
    await panel.getByText('Stop dot voting').waitFor();
    await shoot(page, `room-facilitator-inbox-${scheme}`);
  } finally {
    for (const p of people) p.close();
    await roomApi(new URL(page.url()).origin + '/', 'stop');
  }
}

await inBothSchemes(scenario);
