/**
 * The presenter view at 1280×720: opened from the top bar as a second window, it follows the
 * facilitator's stage, shows the verdict and today's readiness question with its blocker count,
 * and changes within one second of an edit in the facilitator's window (measured from just
 * before the edit to the change on the projector, both on the machine's clock). Every text is
 * 24 px or larger, and no note of the workbook (a node's, a day's, an observation's) appears.
 * The block on the top bar's timer shows there with its time, and pauses with it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate, waitSaved } from './support/app';
import { startMaking } from './support/sprintStart';
import { starter } from './support/screenshots';
import { openAppSession, type AppSession } from './support/session';

function startOrThrow(today: string, day: number): string {
  const start = startMaking(today, day);
  if (start === null) throw new Error(`No start date makes ${today} day ${day}`);
  return start;
}

const stageLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sprint stages' }).getByRole('link', { name, exact: true });

describe('the presenter view', () => {
  let session: AppSession;
  let facilitator: Page;
  let presenter: Page;
  const notes: string[] = [];
  let weekend = false;

  beforeAll(async () => {
    session = await openAppSession('presenter');
    facilitator = session.page;
    await facilitator.setViewportSize({ width: 1280, height: 720 });
    await createFromTemplate(facilitator, /Customer support: ticket triage/);
    // Today is day 8, the owners' day, on the room's computer.
    const today = await facilitator.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    // On a weekend no day is "today" (the view then shows the first open day, the read-out, which has no question).
    weekend = weekday === 0 || weekday === 6;
    await facilitator.getByLabel('Sprint starts on').fill(weekend ? '2026-11-02' : startOrThrow(today, 8));
    await waitSaved(facilitator);

    const w = starter();
    for (const n of w.workflow.nodes) if (n.notes) notes.push(n.notes);
    for (const d of w.sprint.days) if (d.notes) notes.push(d.notes);
    for (const m of w.metrics) for (const o of m.observations) if (o.note) notes.push(o.note);
    expect(notes.length).toBeGreaterThan(2);

    const popup = session.context.waitForEvent('page');
    await facilitator.getByRole('button', { name: 'Present' }).click();
    presenter = await popup;
    presenter.on('pageerror', (e) => session.errors.push(e.message));
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await presenter.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens as a second window on the workbook, with the verdict and the day', async () => {
    expect(presenter.url()).toMatch(/#\/present\/[A-Za-z0-9_-]+$/);
    expect(await presenter.getByRole('status', { name: 'Verdict' }).innerText()).toMatch(/Ready to scale/);
    expect(await presenter.getByRole('region', { name: 'Agenda block' }).innerText()).toMatch(/Day \d+/);
  });

  it('follows the facilitator from stage to stage, read-only', async () => {
    for (const stage of ['Map', 'Decisions', 'Metrics', 'Owners']) {
      await stageLink(facilitator, stage).click();
      await presenter.getByRole('heading', { name: stage, level: 1 }).waitFor({ timeout: 2000 });
      expect(await presenter.locator('input, textarea, select, button, [contenteditable]').count()).toBe(0);
    }
  });

  it('shows the owners’ question with its blocker count, and a new blocker within one second of the edit', async () => {
    const question = presenter.getByRole('region', { name: /question|Done when/ });
    const verdict = presenter.getByRole('status', { name: 'Verdict' });
    if (!weekend) {
      expect(await question.innerText()).toMatch(/Day 8: Owners[\s\S]*Who owns what/);
      expect(await question.innerText()).toMatch(/No blocker/);
    }
    // The projector notes the time it sees the verdict change, on the machine's clock.
    await presenter.evaluate(() => {
      const target = document.querySelector('.presenter-verdict')!;
      const w = window as unknown as { changedAt?: number };
      new MutationObserver(() => {
        if (w.changedAt === undefined && /Not ready/.test(target.textContent ?? '')) w.changedAt = Date.now();
      }).observe(target, { subtree: true, childList: true, characterData: true });
    });
    const editedAt = await facilitator.evaluate(() => Date.now());
    await facilitator.getByLabel('Measurement cadence', { exact: true }).selectOption('');
    await presenter.waitForFunction(() => (window as unknown as { changedAt?: number }).changedAt !== undefined, null, { timeout: 5000 });
    const changedAt = await presenter.evaluate(() => (window as unknown as { changedAt: number }).changedAt);
    const latency = changedAt - editedAt;
    console.log(`  presenter followed the edit in ${latency} ms`);
    expect(latency).toBeLessThan(1000);
    expect(await verdict.innerText()).toMatch(/Not ready[\s\S]*1 blocker open/);
    if (!weekend) expect(await question.innerText()).toMatch(/1 blocker/);
  });

  it('shows the block on the timer and its time, paused when the top bar pauses it', async () => {
    await stageLink(facilitator, 'Overview').click();
    const run = facilitator.getByRole('button', { name: /^Run .* on the timer$/ }).first();
    const title = (await run.getAttribute('aria-label'))!.replace(/^Run (.*) on the timer$/, '$1');
    await run.click();
    const clock = presenter.getByRole('region', { name: 'Agenda block' });
    await clock.getByRole('timer').waitFor({ timeout: 2000 });
    expect(await clock.innerText()).toContain(title);
    expect(await clock.getByRole('timer').innerText()).toMatch(/^\d+:\d{2}$/);
    await facilitator.locator('.topbar .block-timer').getByRole('button', { name: 'Pause' }).click();
    await clock.getByText('Paused', { exact: true }).waitFor({ timeout: 2000 });
  });

  it('sets every text in 24 px type or larger', async () => {
    for (const stage of ['Overview', 'Map', 'Readiness']) {
      await stageLink(facilitator, stage).click();
      await presenter.getByRole('heading', { name: stage, level: 1 }).waitFor({ timeout: 2000 });
      const small = await presenter.evaluate(() => {
        const found: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('.presenter *')) {
          const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
          if (ownText && parseFloat(getComputedStyle(el).fontSize) < 24) found.push(`${el.className}: ${getComputedStyle(el).fontSize}`);
        }
        return found;
      });
      expect(small).toEqual([]);
    }
  });

  it('never shows a note, on any stage', async () => {
    for (const stage of ['Overview', 'Map', 'Decisions', 'Metrics', 'Owners', 'Roadmap', 'Readiness']) {
      await stageLink(facilitator, stage).click();
      await presenter.getByRole('heading', { name: stage, level: 1 }).waitFor({ timeout: 2000 });
      const text = await presenter.locator('body').innerText();
      for (const note of notes) expect(text).not.toContain(note);
    }
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
