/**
 * The window's layout end to end, in Debian's Chromium against the production build, on every
 * stage of the sidebar and the library, at 1280×720 and at 150 % zoom. Zoom is emulated by its
 * effect on layout: a 1280×720 window zoomed to 150 % lays pages out in an 853×480 CSS-pixel
 * viewport (media and container queries see 853 px), which is what setViewportSize gives;
 * deviceScaleFactor only sharpens the raster and changes no layout, so it would prove nothing.
 * On each: the document never scrolls (its scroll height is the window's and a wheel over the
 * stage leaves it at the top), nothing overflows sideways, and no box inside scrolls sideways.
 * Then the map with the sidebar, inspector and toolbars collapsed by their keys: the canvas
 * takes at least 70 % of the window, and the collapse survives a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate } from './support/app';
import { openAppSession, type AppSession } from './support/session';

const DESKTOP = { width: 1280, height: 720 };
/** 1280×720 at 150 % zoom, in CSS pixels. */
const ZOOMED = { width: 853, height: 480 };

interface Fit {
  readonly scrollHeight: number;
  readonly scrollWidth: number;
  readonly innerHeight: number;
  readonly innerWidth: number;
  readonly scrollTop: number;
  /** Boxes that scroll sideways, or stick out of the window: "tag.class scrollWidth/clientWidth". */
  readonly sideways: readonly string[];
}

/** How the page fits the window (a string, so the bundler's helpers do not reach the page). */
const MEASURE = `(() => {
  const doc = document.scrollingElement;
  const name = (e) => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
  const sideways = [];
  for (const e of document.querySelectorAll('body *')) {
    const style = getComputedStyle(e);
    if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1) sideways.push(name(e) + ' ' + e.scrollWidth + '/' + e.clientWidth);
  }
  return { scrollHeight: doc.scrollHeight, scrollWidth: doc.scrollWidth, innerHeight, innerWidth, scrollTop: doc.scrollTop, sideways };
})()`;

async function fit(page: Page): Promise<Fit> {
  return (await page.evaluate(MEASURE)) as Fit;
}

describe('the window at 1280×720 and at 150 % zoom', () => {
  let session: AppSession;
  let page: Page;
  let stages: string[] = [];

  beforeAll(async () => {
    session = await openAppSession('layout', { withoutFilePickers: true });
    page = session.page;
    await page.setViewportSize(DESKTOP);
    await page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
    await createFromTemplate(page, /Customer support: ticket triage/);
    stages = await page.getByRole('navigation', { name: 'Sprint stages' }).getByRole('link').allInnerTexts();
    stages = stages.map((s) => s.trim());
  });

  afterAll(async () => {
    await session?.close();
  });

  const stageLink = (name: string) => page.getByRole('navigation', { name: 'Sprint stages' }).getByRole('link', { name, exact: true });

  async function expectFits(where: string): Promise<void> {
    // A wheel over the middle of the window scrolls the stage, never the document.
    const { width, height } = page.viewportSize()!;
    await page.mouse.move(width * 0.6, height * 0.6);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(150);
    const f = await fit(page);
    expect({ where, height: f.scrollHeight, top: f.scrollTop }).toEqual({ where, height: f.innerHeight, top: 0 });
    expect({ where, width: f.scrollWidth <= f.innerWidth }).toEqual({ where, width: true });
    expect({ where, sideways: f.sideways }).toEqual({ where, sideways: [] });
  }

  for (const [label, size] of [['1280×720', DESKTOP], ['150 % zoom', ZOOMED]] as const) {
    it(`never scrolls the document nor sideways on any stage or the library at ${label}`, async () => {
      expect(stages).toEqual(expect.arrayContaining(['Overview', 'Map', 'Decisions', 'Metrics', 'Owners', 'Roadmap', 'Readiness', 'Export']));
      await page.setViewportSize(size);
      for (const name of stages) {
        await stageLink(name).click();
        await page.locator('.stage').getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForTimeout(300);
        await expectFits(`${name} at ${label}`);
      }
      await page.getByRole('button', { name: 'Library' }).click();
      await page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
      await expectFits(`the library at ${label}`);
      await page.locator('.wb-link').first().click();
      await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    });
  }

  it('gives the map canvas at least 70 % of a 1280×720 window once the sidebar, inspector and toolbars are collapsed by their keys, and keeps them collapsed after a reload', async () => {
    await page.setViewportSize(DESKTOP);
    await stageLink('Map').click();
    const canvas = page.locator('.map-viewport');
    await canvas.waitFor();
    const share = async () => {
      const box = (await canvas.boundingBox())!;
      return (box.width * box.height) / (DESKTOP.width * DESKTOP.height);
    };
    const before = await share();

    // The keys are named on their buttons.
    await expect(page.getByRole('button', { name: 'Hide the sidebar' }).getAttribute('aria-keyshortcuts')).resolves.toBe('Control+B');
    await expect(page.getByRole('button', { name: 'Hide the inspector' }).getAttribute('aria-keyshortcuts')).resolves.toBe('Control+I');
    await expect(page.getByRole('button', { name: 'Hide the toolbars' }).getAttribute('aria-keyshortcuts')).resolves.toBe('Control+Period');

    await page.keyboard.press('Control+b');
    await page.keyboard.press('Control+i');
    await page.keyboard.press('Control+.');
    await page.getByRole('button', { name: 'Show the toolbars' }).waitFor();
    await page.waitForTimeout(200);
    const collapsed = await share();
    console.log(`map canvas: ${(before * 100).toFixed(1)} % of the window, ${(collapsed * 100).toFixed(1)} % collapsed`);
    expect(collapsed).toBeGreaterThanOrEqual(0.7);
    expect(page.getByRole('complementary', { name: 'Inspector' })).toBeDefined();
    expect(await page.locator('.map-inspector').count()).toBe(0);

    await page.reload();
    await canvas.waitFor();
    await page.getByRole('button', { name: 'Show the toolbars' }).waitFor();
    await page.waitForTimeout(300);
    expect(await share()).toBeGreaterThanOrEqual(0.7);
    expect(await page.locator('.sidebar.is-rail').count()).toBe(1);
    expect(await page.locator('.map-inspector').count()).toBe(0);

    // The rail still leads to every stage; and the buttons bring everything back.
    await page.getByRole('button', { name: 'Show the sidebar' }).click();
    await page.getByRole('button', { name: 'Show the inspector' }).click();
    await page.getByRole('button', { name: 'Show the toolbars' }).click();
    await page.locator('.map-inspector').waitFor();
    expect(await page.locator('.sidebar.is-rail').count()).toBe(0);
    expect(await share()).toBeCloseTo(before, 2);
  });

  it('shows toasts where they cover neither the control that raised them nor the map\'s toolbars and inspector', async () => {
    await page.setViewportSize(DESKTOP);
    await stageLink('Map').click();
    await page.locator('.map-viewport').waitFor();
    const rect = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

    for (const { control, says } of [
      { control: page.getByRole('button', { name: 'Export the map as PNG' }), says: /Saved the map as/ },
      { control: page.getByRole('banner').getByRole('button', { name: 'Save', exact: true }), says: /^Saved .*\.sprintbook/ },
    ]) {
      await control.click();
      const toast = page.locator('.toast').filter({ hasText: says });
      await toast.waitFor();
      const box = (await toast.boundingBox())!;
      expect(apart(box, (await control.boundingBox())!)).toBe(true);
      for (const panel of ['.map-toolbar', '.map-inspector', '.topbar', '.sidebar']) expect({ panel, apart: apart(box, await rect(panel)) }).toEqual({ panel, apart: true });
      await toast.getByRole('button', { name: 'Dismiss' }).click();
    }
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
