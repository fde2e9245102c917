/**
 * The Decisions stage in Chromium (production build, served on 127.0.0.1), on a generated
 * workbook of 300 decisions and 60 people (with its 1000-node map, metrics and roadmap): how
 * long the stage takes to render when you switch to it, and how long typing in the register's
 * filter takes to reach the laid-out DOM (script, React's render and commit, style and layout;
 * the paint that follows is the browser's) and the next frame. The aim for a keystroke is one
 * frame (16.7 ms). For reference: an edit of the selected decision (its title).
 *
 *   npm run bench -- decisions
 */
import type { Page } from 'playwright-core';
import { BENCH_SIZE, generateWorkbook } from '../fixtures/generate';
import { printResults } from './harness';
import { FRAME_MS, resultOf, timeStageSwitch, withWorkbookOpen } from './browser';

const RUNS = 15;
const SIZE = { ...BENCH_SIZE, people: 60 };

/**
 * Puts `value` into an input (the filter, or the selected decision's title) as one input
 * event, as a keystroke does, and times it to the laid-out DOM and to the next frame; also
 * returns how many decisions the register holds afterwards (it renders those in view). React reads the native value on the
 * input event.
 */
async function timeInput(page: Page, selector: string, value: string): Promise<[number, number, number]> {
  return page.evaluate(async ({ selector, value }) => {
    await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    const input = document.querySelector<HTMLInputElement>(selector)!;
    const t0 = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // React renders a store update in a microtask or a scheduler task; a message posted now is
    // handled after both, so the edit's whole render is done when it arrives.
    await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    document.body.getBoundingClientRect(); // style and layout
    const laidOut = performance.now() - t0;
    const next = (await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))) - t0;
    const table = document.querySelector('.register-table');
    return [laidOut, next, table ? Number(table.getAttribute('aria-rowcount')) - 1 : 0] as [number, number, number];
  }, { selector, value });
}

const FILTER = '.register-filters input[type="search"]';
const TITLE = '#decision-editor input[data-focus$="/title"]';

export async function runDecisionsBench(): Promise<void> {
  const big = generateWorkbook(SIZE);
  await withWorkbookOpen('decisions', big, async (page) => {

    const stage: number[][] = [[], []];
    for (let i = 0; i < RUNS + 1; i++) {
      // The first pass loads the stage's code and warms the caches; it is not counted.
      const t = await timeStageSwitch(page, big.id, 'decisions', [[`.register-table[aria-rowcount="${SIZE.decisions + 1}"] tbody tr[data-id]`, 1], ['#decision-editor', 1]]);
      if (i > 0) t.forEach((v, k) => stage[k]!.push(v));
    }

    // Typing "decision 12" into the filter, one key at a time, then taking it back to empty. The
    // first key keeps every row (every title has a "d"); "decision 1" keeps 111, "decision 12" 11.
    const typed = 'decision 12';
    const narrow: number[][] = [[], []], widen: number[][] = [[], []], clear: number[][] = [[], []], all: number[][] = [[], []];
    const rows = { narrowTo: 0, widenTo: 0 };
    for (let i = 0; i < RUNS + 3; i++) {
      const counted = i >= 3;
      for (let k = 1; k <= typed.length; k++) {
        const t = await timeInput(page, FILTER, typed.slice(0, k));
        if (counted) t.slice(0, 2).forEach((v, j) => all[j]!.push(v));
        if (counted && k === typed.length) { t.slice(0, 2).forEach((v, j) => narrow[j]!.push(v)); rows.narrowTo = t[2]; }
      }
      // Backspace: 11 rows back to 111.
      const back = await timeInput(page, FILTER, typed.slice(0, -1));
      if (counted) { back.slice(0, 2).forEach((v, j) => widen[j]!.push(v)); rows.widenTo = back[2]; }
      const cleared = await timeInput(page, FILTER, '');
      if (counted) cleared.slice(0, 2).forEach((v, j) => clear[j]!.push(v));
    }

    const title: number[][] = [[], []];
    for (let i = 0; i < RUNS + 3; i++) {
      const t = await timeInput(page, TITLE, `Decision 0, renamed ${i}`);
      if (i >= 3) t.slice(0, 2).forEach((v, k) => title[k]!.push(v));
    }

    printResults(`Decisions in Chromium — ${SIZE.decisions} decisions, ${SIZE.people} people, ${SIZE.nodes}-node map (one frame: ${FRAME_MS} ms)`, [
      resultOf(`Switch to the stage (${SIZE.decisions} decisions, the rows in view rendered, and the editor) → laid out`, stage[0]!),
      resultOf('Switch to the stage → next frame', stage[1]!),
      resultOf(`Filter: type one key (each key of "${typed}") → laid out`, all[0]!, FRAME_MS),
      resultOf('Filter: type one key → next frame', all[1]!),
      resultOf(`Filter: the key that narrows ${rows.widenTo} rows to ${rows.narrowTo} → laid out`, narrow[0]!, FRAME_MS),
      resultOf(`Filter: Backspace, ${rows.narrowTo} rows back to ${rows.widenTo} → laid out`, widen[0]!, FRAME_MS),
      resultOf('Filter: Backspace → next frame', widen[1]!),
      resultOf(`Filter: clear it, every row back (${SIZE.decisions}) → laid out`, clear[0]!),
      resultOf('Filter: clear it → next frame', clear[1]!),
      resultOf('Reference — type in the selected decision’s title (re-derives the register) → laid out', title[0]!),
      resultOf('Reference — type in the title → next frame', title[1]!),
    ]);
  });
}
