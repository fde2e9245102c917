/**
 * What the Chromium benchmarks share: a session with a generated workbook opened from a file (as
 * a user would), results from raw samples, and timing a switch to a stage from Overview to the
 * laid-out DOM and to the next frame. Code run in the page is inline: tsx would wrap a named
 * helper in a `__name` the page lacks.
 */
import type { Page } from 'playwright-core';
import { serializeWorkbook } from '../../shared/format';
import type { Workbook } from '../../shared/model';
import { openWorkbookFile } from '../e2e/support/app';
import { openAppSession, type AppSession } from '../e2e/support/session';
import { quantile, type BenchResult } from './harness';

/** One frame at 60 Hz, rounded as people say it. */
export const FRAME_MS = 16.7;

/** A result from raw samples, with an aim when one applies. */
export function resultOf(name: string, samples: readonly number[], aimMs?: number): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, runs: sorted.length, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), ...(aimMs ? { aimMs } : {}) };
}

/** Runs `bench` in a fresh session with `workbook` open on its Overview; closes everything after. */
export async function withWorkbookOpen(name: string, workbook: Workbook, bench: (page: Page, session: AppSession) => Promise<void>): Promise<void> {
  const session = await openAppSession(`bench-${name}`, { withoutFilePickers: true });
  try {
    await openWorkbookFile(session.page, 'bench.sprintbook', serializeWorkbook(workbook));
    await session.page.getByRole('button', { name: 'Dismiss' }).first().click().catch(() => undefined);
    await bench(session.page, session);
  } finally {
    await session.close();
  }
}

/** Each selector that must match at least so many elements for a stage to count as shown. */
export type Ready = readonly (readonly [selector: string, count: number])[];

/** Switches from Overview to `stage` and times it until `ready` holds and the layout is done, then to the next frame. */
export async function timeStageSwitch(page: Page, workbookId: string, stage: string, ready: Ready): Promise<[number, number]> {
  await page.evaluate((id) => { location.hash = `#/w/${id}/overview`; }, workbookId);
  await page.locator('main h1', { hasText: 'Overview' }).waitFor();
  return page.evaluate(async ({ id, stage, ready }) => {
    const t0 = performance.now();
    location.hash = `#/w/${id}/${stage}`;
    while (!ready.every(([selector, count]) => document.querySelectorAll(selector).length >= count)) {
      await new Promise((r) => setTimeout(r, 0));
    }
    document.body.getBoundingClientRect(); // style and layout
    const laidOut = performance.now() - t0;
    await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    return [laidOut, (await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))) - t0] as [number, number];
  }, { id: workbookId, stage, ready });
}
