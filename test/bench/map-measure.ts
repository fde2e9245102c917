/**
 * The gestures the map benches time, in Chromium, on our canvas or React Flow's: frame times
 * (requestAnimationFrame deltas, and the renderer main thread's busy time from CDP) while a
 * gesture runs, wheel pans, Ctrl+wheel zooms, dragging a node by small steps, and the drop on
 * its own (from the pointer's release to the next frame after the change is drawn). Code run in
 * the page is a string or an arrow: tsx would wrap a named inner function in a helper the page lacks.
 */
import type { Page } from 'playwright-core';
import { quantile } from './harness';

export interface Frames { readonly deltas: number[]; readonly busyMs: number }

export const nextFrames = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Records requestAnimationFrame deltas while `action` runs, and the renderer main thread's busy time. */
export async function frames(page: Page, action: () => Promise<void>): Promise<Frames> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  const before = await busy();
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last;
    const tick = (t) => {
      if (last !== undefined) window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await action();
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  const busyMs = (await busy()) - before;
  await cdp.detach();
  return { deltas, busyMs };
}

/** The 95th percentile of a run's frame deltas, and the main thread's work per frame. */
export function framesP95(f: Frames): { p95: number; workPerFrame: number } {
  const sorted = [...f.deltas].sort((a, b) => a - b);
  return { p95: quantile(sorted, 0.95), workPerFrame: f.busyMs / Math.max(1, f.deltas.length) };
}

/** The middle of the element `selector` (the canvas), in page coordinates. */
export async function middleOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The element matching `selector` nearest the middle of `canvas`, with its centre and `idAttribute`. */
export async function nodeNearMiddle(page: Page, canvas: string, selector: string, idAttribute: string): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(({ canvas, selector, idAttribute }) => {
    const c = document.querySelector(canvas)!.getBoundingClientRect();
    const cx = c.left + c.width / 2, cy = c.top + c.height / 2;
    let best = { id: '', x: 0, y: 0, d: Infinity };
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      const d = Math.hypot(x - cx, y - cy);
      if (d < best.d) best = { id: el.getAttribute(idAttribute) ?? '', x, y, d };
    }
    return best;
  }, { canvas, selector, idAttribute });
}

/** Wheel pans around the middle of `canvas`: sideways and a little up and down. */
export async function wheelPan(page: Page, canvas: string, steps: number): Promise<void> {
  const at = await middleOf(page, canvas);
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < steps; i++) await page.mouse.wheel(i % 120 < 60 ? 24 : -24, i % 30 < 15 ? 6 : -6);
}

/**
 * Ctrl+wheel zooms around the middle of `canvas`, as a trackpad pinch arrives: in to about twice
 * the zoom, out to about half, and back, by steps of a few per cent.
 */
export async function wheelZoom(page: Page, canvas: string, steps: number): Promise<void> {
  const at = await middleOf(page, canvas);
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  try {
    for (let i = 0; i < steps; i++) {
      const phase = i % 64;
      await page.mouse.wheel(0, phase < 16 || phase >= 48 ? -16 : 16);
    }
  } finally {
    await page.keyboard.up('Control');
  }
}

/** Presses at `at`, moves like a hand on a trackpad for `steps` moves, and holds there (not released). */
export async function pressAndDrag(page: Page, at: { x: number; y: number }, steps: number, to = { dx: 0, dy: 0 }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 6, at.y + 2);
  for (let i = 0; i < steps; i++) {
    const phase = (i % 80) / 80;
    const dx = Math.sin(phase * Math.PI * 2) * 160;
    await page.mouse.move(at.x + 6 + dx, at.y + 2 + (i % 40) - 20);
  }
  // The drop lands a few grid steps away from where the node was, so the drop always changes it.
  await page.mouse.move(at.x + to.dx, at.y + to.dy, { steps: 4 });
}

/**
 * Releases the pointer and times the drop in the page, from the release event: to the frame
 * that draws it (the first animation frame after the release, whose paint shows the drop) and
 * to the frame after (by then whatever the app deferred to after the drop has run too).
 */
export async function timedRelease(page: Page): Promise<{ drawn: number; settled: number }> {
  await page.evaluate(`(() => {
    window.__drop = null;
    window.addEventListener('pointerup', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const drawn = performance.now() - t0;
        requestAnimationFrame(() => { window.__drop = { drawn, settled: performance.now() - t0 }; });
      });
    }, { capture: true, once: true });
  })()`);
  await page.mouse.up();
  const handle = await page.waitForFunction(() => (window as unknown as { __drop: unknown }).__drop, undefined, { polling: 'raf', timeout: 120_000 });
  await handle.dispose();
  return page.evaluate(() => (window as unknown as { __drop: { drawn: number; settled: number } }).__drop);
}

export const median = (xs: readonly number[]): number => quantile([...xs].sort((a, b) => a - b), 0.5);
