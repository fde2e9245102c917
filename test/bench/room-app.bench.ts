/**
 * Issue 14: the facilitator's app while a full room works. The real app in Chromium at 1280×720
 * starts a room from its Room panel; thirty simulated participants on loopback vote, park
 * items, dot-vote and propose observations every couple of seconds (and drop their connection
 * now and then); the facilitator works the panel by clicking as a person would: opens a tier
 * vote, watches the count, reveals it, accepts inbox items, runs dot voting. Meanwhile the page
 * records the time between animation frames (requestAnimationFrame deltas).
 *
 * Reported: the frame time median, p95 and max, the frames over 50 ms, and how much arrived.
 * ROOM_APP_BENCH_SECONDS sets the length (default 60).
 */
import type { Page } from 'playwright-core';
import type { OpenRoomStatus } from '../../shared/room';
import { createFromTemplate } from '../e2e/support/app';
import { roomApi } from '../e2e/support/room';
import { openAppSession } from '../e2e/support/session';
import { FRAME_MS } from './browser';
import { quantile } from './harness';
import { SimulatedParticipant } from './room-participant';

const PARTICIPANTS = 30;
const SECONDS = Number(process.env.ROOM_APP_BENCH_SECONDS ?? 60);
const DECISIONS = ['Classify the ticket\'s topic, product and language', 'Suggest the ticket\'s priority', 'Issue a goodwill refund or credit', 'Send the reply to the customer'];

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

/** The facilitator's round in the panel, by clicks: a vote, its reveal, the inbox, dot voting. */
async function facilitate(page: Page, until: number): Promise<{ votes: number; accepted: number }> {
  const panel = page.getByRole('complementary', { name: 'Workshop room' });
  let votes = 0;
  let accepted = 0;
  const acceptSome = async (n: number) => {
    await panel.getByRole('tab', { name: /^Inbox/ }).click();
    for (let i = 0; i < n && Date.now() < until; i++) {
      const button = panel.locator('.room-inbox-item').first().getByRole('button', { name: 'Accept', exact: true });
      // The list moves as items arrive: a row that left before the click is not counted.
      if (!(await button.click({ timeout: 2000 }).then(() => true, () => false))) break;
      accepted++;
      await sleep(400);
    }
  };
  for (let round = 0; Date.now() < until; round++) {
    await panel.getByRole('tab', { name: /^Vote/ }).click();
    await panel.getByLabel('Decision to vote on').selectOption({ label: DECISIONS[round % DECISIONS.length]! });
    await panel.getByRole('button', { name: 'Open a tier vote' }).click();
    await sleep(6000);
    await panel.getByRole('button', { name: 'Reveal the votes' }).click();
    await panel.locator('.room-reveal').waitFor();
    votes++;
    await sleep(1500);
    await acceptSome(6);
    if (round % 2 === 0) {
      const open = panel.getByRole('button', { name: 'Open dot voting' });
      if (await open.isEnabled().catch(() => false)) await open.click();
      await sleep(3000);
      const stop = panel.getByRole('button', { name: 'Stop dot voting' });
      if (await stop.isVisible().catch(() => false)) await stop.click();
    }
  }
  return { votes, accepted };
}

export async function runRoomAppBench(): Promise<void> {
  console.log(`\nroom (the facilitator's app): ${PARTICIPANTS} participants for ${SECONDS} s while the app's Room panel runs the room, 1280×720 Chromium`);
  const session = await openAppSession('bench-room-app', { withoutFilePickers: true });
  const people: SimulatedParticipant[] = [];
  const timers: NodeJS.Timeout[] = [];
  try {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 720 });
    await createFromTemplate(page, /Customer support: ticket triage/);
    await page.getByRole('button', { name: 'Room', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Workshop room' });
    await panel.getByLabel('Who can join').selectOption('loopback');
    await panel.getByRole('button', { name: 'Start the room' }).click();
    await panel.getByRole('tab', { name: 'Room' }).waitFor();
    const status = ((await (await roomApi(session.web.url, 'status')).json()) as { value: OpenRoomStatus }).value;

    const socketUrl = `${status.joinUrl.replace('http:', 'ws:')}/ws`;
    for (let i = 0; i < PARTICIPANTS; i++) people.push(new SimulatedParticipant(socketUrl, `P${String(i + 1).padStart(2, '0')}`, seeded(i + 1)));
    await Promise.all(people.map((p) => p.connect()));
    await panel.getByText(`${PARTICIPANTS} connected`).waitFor();

    // A string, not a function: tsx would wrap a named function in a `__name` the page lacks.
    await page.evaluate(`(() => {
      window.roomFrames = [];
      window.roomFramesOn = true;
      let last = performance.now();
      const tick = (t) => { window.roomFrames.push(t - last); last = t; if (window.roomFramesOn) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    people.forEach((p, i) => {
      const random = seeded(100 + i);
      timers.push(setInterval(() => p.act(), 1500 + random() * 1500), setInterval(() => p.blip(), 20_000 + random() * 20_000));
    });
    const day = await facilitate(page, Date.now() + SECONDS * 1000);
    for (const t of timers) clearInterval(t);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { roomFrames: number[]; roomFramesOn: boolean };
      w.roomFramesOn = false;
      return w.roomFrames.slice(1);
    });
    const sorted = [...frames].sort((a, b) => a - b);
    const sent = people.reduce((n, p) => n + p.sent, 0);
    const reconnects = people.reduce((n, p) => n + p.reconnects, 0);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`  participants sent ${sent} messages (${reconnects} reconnections); the facilitator revealed ${day.votes} votes and accepted ${day.accepted} inbox items by clicking`);
    console.log(`  facilitator frame time (rAF deltas, ${sorted.length} frames): median ${ms(quantile(sorted, 0.5))}  p95 ${ms(quantile(sorted, 0.95))}  max ${ms(sorted.at(-1) ?? NaN)}  over 50 ms: ${sorted.filter((f) => f > 50).length}  (a frame at 60 Hz: ${FRAME_MS} ms)`);
  } finally {
    for (const t of timers) clearInterval(t);
    for (const p of people) p.stop();
    await roomApi(session.web.url, 'stop').catch(() => undefined);
    await session.close();
  }
}
