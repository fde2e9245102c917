/**
 * The Metrics and Roadmap stages in Chromium (production build, served on 127.0.0.1), on a
 * workbook of 100 metrics × 200 observations and a 200-item roadmap: how long each stage takes
 * to render when you switch to it, and how long an edit takes to show, measured in the page
 * from the event to the laid-out DOM (script, React's render and commit, style and layout; the
 * paint that follows is the browser's) and to the next frame. The aim is one frame (16.7 ms) for an edit.
 */
import type { Page } from 'playwright-core';
import { BENCH_SIZE, generateWorkbook } from '../fixtures/generate';
import { RECENT_ROWS } from '../../renderer/features/metrics/ObservationsSection';
import { printResults } from './harness';
import { FRAME_MS, resultOf, timeStageSwitch, withWorkbookOpen } from './browser';

const RUNS = 15;
const SIZE = { ...BENCH_SIZE, metrics: 100, observations: 200, roadmap: 200 };

type Edit =
  | { readonly kind: 'weeks'; readonly index: number; readonly key: string }
  | { readonly kind: 'value' | 'pilot'; readonly index: number; readonly value: string };

/**
 * Makes one edit in the page, as one event, and times it to the laid-out DOM and to the next
 * frame: a key on the weeks slider of one bar, typing into an observation's value field, or
 * (for reference: what every edit of this workbook costs the app) typing the pilot's name on
 * Overview. React reads the native value on the input event.
 */
async function timeEdit(page: Page, edit: Edit): Promise<[number, number]> {
  return page.evaluate(async (edit) => {
    await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    const t0 = performance.now();
    if (edit.kind === 'weeks') {
      const handle = document.querySelectorAll('.gantt-handle')[edit.index]!;
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: edit.key, bubbles: true, cancelable: true }));
    } else {
      const input = edit.kind === 'pilot'
        ? document.querySelector<HTMLInputElement>('main input')!
        : document.querySelectorAll<HTMLInputElement>('.observations-table input[inputmode="decimal"]')[edit.index]!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, edit.value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // React renders a store update in a microtask or a scheduler task; a message posted now is
    // handled after both, so the edit's whole render is done when it arrives.
    await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    document.body.getBoundingClientRect(); // style and layout
    const laidOut = performance.now() - t0;
    return [laidOut, (await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))) - t0] as [number, number];
  }, edit);
}

export async function runStagesBench(): Promise<void> {
  const big = generateWorkbook(SIZE);
  await withWorkbookOpen('stages', big, async (page) => {

    const gantt: number[][] = [[], []], ganttEdit: number[][] = [[], []], overviewEdit: number[][] = [[], []];
    const metrics: number[][] = [[], []], metricsEdit: number[][] = [[], []];
    for (let i = 0; i < RUNS + 1; i++) {
      // The first pass loads each stage's code and warms the caches; it is not counted.
      const g = await timeStageSwitch(page, big.id, 'roadmap', [['.gantt-row', SIZE.roadmap]]);
      const m = await timeStageSwitch(page, big.id, 'metrics', [['.observations-table tbody tr', RECENT_ROWS]]);
      if (i > 0) {
        g.forEach((v, k) => gantt[k]!.push(v));
        m.forEach((v, k) => metrics[k]!.push(v));
      }
    }
    await page.evaluate((id) => { location.hash = `#/w/${id}/overview`; }, big.id);
    await page.locator('main h1', { hasText: 'Overview' }).waitFor();
    for (let i = 0; i < RUNS + 3; i++) {
      const t = await timeEdit(page, { kind: 'pilot', index: 0, value: `Generated pilot ${i}` });
      if (i >= 3) t.forEach((v, k) => overviewEdit[k]!.push(v));
    }
    await page.evaluate((id) => { location.hash = `#/w/${id}/roadmap`; }, big.id);
    await page.locator('.gantt-row').nth(SIZE.roadmap - 1).waitFor();
    for (let i = 0; i < RUNS + 3; i++) {
      const t = await timeEdit(page, { kind: 'weeks', index: 20, key: i % 2 ? 'ArrowLeft' : 'ArrowRight' });
      if (i >= 3) t.forEach((v, k) => ganttEdit[k]!.push(v));
    }
    await page.evaluate((id) => { location.hash = `#/w/${id}/metrics`; }, big.id);
    await page.locator('.observations-table tbody tr').nth(RECENT_ROWS - 1).waitFor();
    for (let i = 0; i < RUNS + 3; i++) {
      // The latest observation: the scorecard, both charts and the status all follow it.
      const t = await timeEdit(page, { kind: 'value', index: RECENT_ROWS - 1, value: String(40 + (i % 7) * 3.5) });
      if (i >= 3) t.forEach((v, k) => metricsEdit[k]!.push(v));
    }

    printResults(`Stages in Chromium — ${SIZE.roadmap}-item roadmap, ${SIZE.metrics} metrics × ${SIZE.observations} observations (one frame: ${FRAME_MS} ms)`, [
      resultOf(`Roadmap: switch to the Gantt (${SIZE.roadmap} items) → laid out`, gantt[0]!),
      resultOf('Roadmap: switch to the Gantt → next frame', gantt[1]!),
      resultOf('Roadmap: weeks of one bar (key on its end) → laid out', ganttEdit[0]!, FRAME_MS),
      resultOf('Roadmap: weeks of one bar → next frame', ganttEdit[1]!),
      resultOf(`Metrics: switch to the stage (${SIZE.metrics} metrics; ${RECENT_ROWS} of ${SIZE.observations} observations in the table) → laid out`, metrics[0]!),
      resultOf('Metrics: switch to the stage → next frame', metrics[1]!),
      resultOf('Metrics: edit the latest observation → laid out', metricsEdit[0]!, FRAME_MS),
      resultOf('Metrics: edit the latest observation → next frame', metricsEdit[1]!),
      resultOf('Reference — Overview: type the pilot name (every edit re-derives readiness) → laid out', overviewEdit[0]!),
      resultOf('Reference — Overview: type the pilot name → next frame', overviewEdit[1]!),
    ]);
  });
}
