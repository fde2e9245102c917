/**
 * Pictures of the workshop room's participant page on a 375×667 phone, light and dark, into
 * docs/screenshots/room-participant-*.png: joining, voting, a split vote revealed, a timed
 * block with the parking lot and dot voting, and a metric with an observation to propose.
 *
 *   npx tsx test/e2e/screenshots-room.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Page } from 'playwright-core';
import { launch } from './support/browser';
import { ROOT } from './support/build';
import { openRoom, until } from './support/room';

const OUT = join(ROOT, 'docs', 'screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`  docs/screenshots/${name}.png`);
}

/** A participant in Node who joins and votes, so the reveal has more than one voice. */
async function voter(joinUrl: string, name: string, voteId: string, tier: string, reason: string): Promise<WebSocket> {
  const ws = new WebSocket(`${joinUrl.replace('http:', 'ws:')}/ws`);
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ type: 'join', name }));
  await new Promise((r) => ws.once('message', r));
  ws.send(JSON.stringify({ type: 'vote', voteId, tier, reason }));
  return ws;
}

mkdirSync(OUT, { recursive: true });
const browser = await launch();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const room = await openRoom('Day 4 — risk tiers');
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: scheme });
    const page = await context.newPage();
    const others: WebSocket[] = [];
    try {
      await page.goto(room.status.joinUrl);
      await page.getByLabel('Your name').fill('Ana Lima');
      await shoot(page, `room-participant-join-${scheme}`);
      await page.getByRole('button', { name: 'Join' }).click();
      await page.getByRole('heading', { name: 'Now' }).waitFor();

      const f = room.facilitator;
      await f.show({ kind: 'decision', decision: { id: 'd-refund', title: 'Refund under 50 EUR without review', description: 'The assistant issues the refund itself when the order is under 50 EUR and the customer has no refund in the last 90 days.', suggestedTier: 'medium' } });
      const opened = await f.openVote('d-refund');
      if (!opened.ok) throw new Error(opened.error.reason);
      await page.getByRole('button', { name: 'Medium', exact: true }).click();
      await page.getByLabel('Reason').fill('Money moves, but it can be clawed back');
      await shoot(page, `room-participant-vote-${scheme}`);
      await page.getByRole('button', { name: 'Send vote' }).click();
      await page.getByText('Vote sent.').waitFor();
      others.push(await voter(room.status.joinUrl, 'Ben Okafor', opened.value.voteId, 'high', 'A wrong refund is a customer-facing promise we cannot take back'));
      others.push(await voter(room.status.joinUrl, 'Chen Wei', opened.value.voteId, 'low', 'Under 50 EUR; the weekly sample catches errors'));
      await until(() => f.view.vote?.cast === 3, 'three votes');
      await f.revealVote(opened.value.voteId);
      await page.getByText('A split vote: the reasons side by side.').waitFor();
      await page.locator('.result').scrollIntoViewIfNeeded();
      await shoot(page, `room-participant-reveal-${scheme}`);

      await f.show({ kind: 'block', day: 4, title: 'Classify every decision into a tier', minutes: 45, timer: { running: true, remainingSeconds: 18 * 60 + 42 } });
      await f.setOpenItems([
        { id: 'k1', text: 'Who approves a refund over the limit?' },
        { id: 'k2', text: 'Does legal need to see the disclosure text?' },
        { id: 'k3', text: 'How long do we keep the conversation logs?' },
      ], 2);
      await page.getByLabel('Parking-lot item').fill('Can finance see the refund log weekly?');
      await page.getByRole('button', { name: 'Add' }).click();
      await until(() => f.view.inbox.length === 1, 'the item arrives');
      await f.accept(f.view.inbox[0]!.id);
      await page.getByRole('button', { name: /Put a dot on: Who approves/ }).click();
      await page.getByText('1 of 2 dots left', { exact: false }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, `room-participant-block-${scheme}`);

      await f.setOpenItems([], 0);
      await f.show({ kind: 'metric', metric: { id: 'm-aht', name: 'Average handling time', unit: 'min', direction: 'decrease', baseline: 9.4, target: 6, recent: [{ date: '2026-03-02', value: 8.1 }, { date: '2026-03-03', value: 7.6 }, { date: '2026-03-04', value: 7.9 }] } });
      await f.setAnonymous('observation', true);
      await page.getByText('Propose an observation').waitFor();
      await page.getByLabel('Value').fill('7.2');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, `room-participant-metric-${scheme}`);
    } finally {
      for (const ws of others) ws.close();
      await context.close();
      await room.close();
    }
  }
} finally {
  await browser.close();
}
