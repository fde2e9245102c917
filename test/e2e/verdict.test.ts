/**
 * The stop verdict on every surface, in Debian's Chromium against the production build: a
 * workbook whose kill criterion is triggered (the invoice example with the coding error rate
 * judged from 2026-11-01) says "Stop and redesign" on the sidebar, the Overview agenda,
 * Readiness and Export, names the metric with what was measured, lists the roadmap items it
 * blocks, and its links open the records.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOICE_EXAMPLE } from '../fixtures/examples';
import { STOP, stopWorkbookText } from '../fixtures/stop-workbook';
import { openWorkbookFile } from './support/app';
import { openAppSession, type AppSession } from './support/session';

describe('the stop verdict in the browser', () => {
  let session: AppSession;
  let page: Page;

  const sidebar = () => page.getByRole('region', { name: 'Readiness verdict' });
  const stage = () => page.locator('main');
  const itemsIn = async (list: Locator) => (await list.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
  /** Dates and numbers as the page writes them, in the browser's own locale. */
  const day = (date: string) => page.evaluate((d) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${d}T00:00:00Z`)), date);
  const percent = (n: number) => page.evaluate((v) => `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(v)}%`, n);
  const show = async (name: string) => {
    await page.getByRole('navigation', { name: 'Sprint stages' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
  };

  beforeAll(async () => {
    session = await openAppSession('verdict', { withoutFilePickers: true });
    ({ page } = session);
    await page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
    await openWorkbookFile(page, 'invoice-stop.sprintbook', stopWorkbookText(readFileSync(INVOICE_EXAMPLE, 'utf8')));
  });
  afterAll(() => session?.close());

  it('says it on the sidebar: the metric, its value, threshold and date, and the blocked items', async () => {
    const region = sidebar();
    await region.getByText('Stop and redesign').waitFor();
    const text = await region.innerText();
    expect(text).toContain(STOP.metric);
    expect(text).toContain(`${await percent(4.4)} on ${await day('2026-11-30')} (threshold ${await percent(4)})`);
    expect(await itemsIn(region.getByRole('list', { name: `Roadmap items blocked by ${STOP.metric}` }))).toEqual([...STOP.blocked]);
    expect(text).toContain('and 1 item waiting on them');
  });

  it('says it on the Overview agenda, on the baselines days and the read-out', async () => {
    const notes = stage().getByRole('note', { name: /stop and redesign/ });
    expect(await notes.count()).toBe(3);
    expect(await notes.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
      'Day 6: stop and redesign', 'Day 7: stop and redesign', 'Day 10: stop and redesign',
    ]);
    const day6 = await notes.first().innerText();
    expect(day6).toContain(STOP.metric);
    expect(day6).toContain(STOP.blocked[0]);
  });

  it('says it on Readiness with what it blocks and what waits, and its links open the records', async () => {
    await show('Readiness');
    const panel = stage().getByRole('region', { name: 'Stop and redesign' });
    const text = await panel.innerText();
    expect(text).toContain(`${STOP.metric} triggered its kill criterion: ${await percent(4.4)} on ${await day('2026-11-30')}, past the threshold ${await percent(4)}, which is judged from ${await day('2026-11-01')}.`);
    expect(await itemsIn(panel.getByRole('list', { name: `Roadmap items blocked by ${STOP.metric}` }))).toEqual([...STOP.blocked]);
    expect(await itemsIn(panel.getByRole('list', { name: `Roadmap items waiting on those ${STOP.metric} blocks` }))).toEqual([...STOP.waiting]);

    await panel.getByRole('link', { name: STOP.blocked[0] }).click();
    await page.getByRole('heading', { name: 'Roadmap', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(STOP.blocked[0]);

    await sidebar().getByRole('link', { name: STOP.metric }).click();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe(STOP.metric);
    // The kill threshold, where the criterion is changed, has the focus.
    await page.waitForFunction((path) => document.activeElement?.getAttribute('data-focus') === path, `${STOP.metricId}/kill`);
    expect(await page.getByRole('textbox', { name: 'Kill threshold' }).inputValue()).toBe('4');
  });

  it('says it on Export, before any document is made', async () => {
    await show('Export');
    const header = stage().locator('header').first();
    expect(await header.innerText()).toContain('Stop and redesign');
    const panel = stage().getByRole('region', { name: 'Stop and redesign' });
    expect(await panel.innerText()).toContain(STOP.metric);
    expect(await itemsIn(panel.getByRole('list', { name: `Roadmap items blocked by ${STOP.metric}` }))).toEqual([...STOP.blocked]);
    expect(await stage().getByText(/not ready to scale yet/).count()).toBe(0);
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
