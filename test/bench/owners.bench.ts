/**
 * The Owners stage in Chromium (production build, served on 127.0.0.1) on a generated workbook
 * of 300 decisions × 60 people (with 100 metrics and 100 roadmap items: 500 RACI rows): how long
 * the stage takes to render when you switch to it, and how long one click on a RACI cell takes
 * to show — measured in the page from the event to the laid-out DOM (script, React's render and
 * commit, style and layout) and to the next frame. The aim for a click is one frame (16.7 ms).
 */
import type { Page } from 'playwright-core';
import { BENCH_SIZE, generateWorkbook } from '../fixtures/generate';
import { printResults } from './harness';
import { FRAME_MS, resultOf, timeStageSwitch, withWorkbookOpen } from './browser';

const RUNS = 15;
const SIZE = { ...BENCH_SIZE, people: 60 };

/** One click on cell `col` of rendered row `row` (it cycles to the next role), to the laid-out DOM and to the next frame. */
async function timeClick(page: Page, row: number, col: number): Promise<[number, number]> {
  return page.evaluate(async ({ row, col }) => {
    await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    const button = document.querySelectorAll('tr.raci-row')[row]!.querySelectorAll<HTMLButtonElement>('button.raci-cell')[col]!;
    const before = button.textContent;
    const t0 = performance.now();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    // React renders a store update in a microtask or a scheduler task; a message posted now is
    // handled after both, so the click's whole render is done when it arrives.
    await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    document.body.getBoundingClientRect(); // style and layout
    const laidOut = performance.now() - t0;
    if (button.textContent === before) throw new Error('The click did not change the cell.');
    return [laidOut, (await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))) - t0] as [number, number];
  }, { row, col });
}

export async function runOwnersBench(): Promise<void> {
  const big = generateWorkbook(SIZE);
  await withWorkbookOpen('owners', big, async (page) => {

    const rows = big.decisions.length + big.metrics.length + big.roadmap.length;
    const switches: number[][] = [[], []], clicks: number[][] = [[], []];
    for (let i = 0; i < RUNS + 1; i++) {
      // The first pass loads the stage's code and warms the caches; it is not counted.
      const t = await timeStageSwitch(page, big.id, 'owners', [['.raci-row', 12]]);
      if (i > 0) t.forEach((v, k) => switches[k]!.push(v));
    }
    for (let i = 0; i < RUNS + 3; i++) {
      const t = await timeClick(page, 4, 7 + (i % 3));
      if (i >= 3) t.forEach((v, k) => clicks[k]!.push(v));
    }

    printResults(`Owners in Chromium — RACI of ${rows} rows (${big.decisions.length} decisions) × ${big.people.length} people (one frame: ${FRAME_MS} ms)`, [
      resultOf('Owners: switch to the stage → laid out', switches[0]!),
      resultOf('Owners: switch to the stage → next frame', switches[1]!),
      resultOf('Owners: click a RACI cell → laid out', clicks[0]!, FRAME_MS),
      resultOf('Owners: click a RACI cell → next frame', clicks[1]!),
    ]);
  });
}
