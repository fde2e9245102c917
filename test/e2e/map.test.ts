/**
 * The Map stage end to end, in Debian's Chromium against the production build: a facilitator
 * drags a step from the palette into a lane and names it, moves a node with the mouse and with
 * the keyboard, connects two nodes from a handle, undoes and redoes, reloads and finds the map
 * as it was, exports it as an image, and selects by rubber band, zooms to the selection and
 * finds a node by its label.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate, waitSaved } from './support/app';
import { openAppSession, type AppSession } from './support/session';

const position = (node: Locator): Promise<[number, number]> =>
  node.evaluate((el) => [parseFloat((el as HTMLElement).style.left), parseFloat((el as HTMLElement).style.top)] as [number, number]);
const center = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

describe('the workflow map in the browser', () => {
  let session: AppSession;
  let page: Page;
  const node = (id: string) => page.locator(`[data-node-id="${id}"]`);
  const edges = () => page.locator('.map-edges .map-edge');

  beforeAll(async () => {
    session = await openAppSession('map', { withoutFilePickers: true });
    ({ page } = session);
    await createFromTemplate(page, /Customer support: ticket triage/);
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await node('n-start').waitFor();
  });

  afterAll(() => session?.close());

  it('shows the starter map in its lanes, with the legend and no gaps', async () => {
    expect(await page.locator('.map-lane-header').allInnerTexts()).toEqual([
      'Customer\nEXTERNAL', 'Triage assistant\nAI', 'Tier-1 agent\nROLE', 'Tier-2 specialist\nROLE', 'Systems\nSYSTEM',
    ]);
    expect(await page.getByRole('list', { name: 'Connector kinds' }).innerText()).toMatch(/Flow.*Reads.*Writes.*Triggers.*Hand-off/s);
    expect(await page.getByText('No gaps on the map').count()).toBe(1);
  });

  it('drops a step from the palette into a lane, then takes its label', async () => {
    const from = await center(page.getByRole('button', { name: 'Add Step' }));
    const lane = await page.locator('.map-lane-header', { hasText: 'Tier-2 specialist' }).boundingBox();
    const canvas = (await page.locator('.map-viewport').boundingBox())!;
    const to = { x: canvas.x + 240, y: lane!.y + lane!.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
    await page.mouse.up();
    const editor = page.getByRole('textbox', { name: /^Label of Step/ });
    await editor.waitFor();
    await editor.fill('Check the refund policy');
    await editor.press('Enter');
    await page.getByRole('button', { name: 'Step: Check the refund policy, lane Tier-2 specialist' }).waitFor();
  });

  it('moves a node with the mouse, snapped to the grid', async () => {
    const review = node('n-review');
    const [x0, y0] = await position(review);
    const start = await center(review);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(start.x - i * 12, start.y + 1);
    await page.mouse.up();
    const [x1, y1] = await position(review);
    expect((x0 - x1) % 20).toBe(0);
    expect(x0 - x1).toBeGreaterThanOrEqual(100);
    expect(y1).toBe(y0);
  });

  it('moves a node with the keyboard: Space picks it up, arrows move it, Space drops it', async () => {
    const investigate = node('n-investigate');
    const [x0, y0] = await position(investigate);
    await investigate.focus();
    await page.keyboard.press('Space');
    // Picked up (it shows pressed); dnd-kit's sensor starts listening for arrows on a zero timeout
    // queued by that key press, so a zero timeout queued now runs after it.
    await page.locator('[data-node-id="n-investigate"][aria-pressed="true"]').waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(() => position(investigate)).toEqual([x0 + 140, y0]);
    expect(await page.locator('[role="status"][aria-live]').allInnerTexts()).toContain('Dropped “Specialist investigates the case” in lane Tier-2 specialist.');
  });

  it('connects two nodes by dragging from a handle to the other node', async () => {
    await page.getByRole('button', { name: 'Zoom to fit the map' }).click();
    const before = await edges().count();
    const source = node('n-start');
    await source.hover();
    const handle = source.locator('.map-handle-right');
    const from = await center(handle);
    const to = await center(node('n-review'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    await page.mouse.up();
    await expect.poll(() => edges().count()).toBe(before + 1);
    expect(await page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { level: 2 }).innerText()).toContain('Flow');
  });

  it('undoes and redoes map edits, one drag or connection at a time', async () => {
    const count = await edges().count();
    const moved = await position(node('n-investigate'));
    // Two equal commands within 60 ms count once (a menu accelerator also arrives as a key): pause like a person.
    const press = async (keys: string) => {
      await page.keyboard.press(keys);
      await page.waitForTimeout(100);
    };
    await press('Control+z'); // the connection
    await expect.poll(() => edges().count()).toBe(count - 1);
    await press('Control+z'); // the whole keyboard drag, one step
    await expect.poll(() => position(node('n-investigate'))).toEqual([moved[0] - 140, moved[1]]);
    await press('Control+Shift+z');
    await press('Control+y');
    await expect.poll(() => edges().count()).toBe(count);
    expect(await position(node('n-investigate'))).toEqual(moved);
  });

  it('finds the map as it was after a reload', async () => {
    const fit = () => page.getByRole('button', { name: 'Zoom to fit the map' }).click();
    await fit(); // every connector on screen, so every one is mounted
    const count = await edges().count();
    const review = await position(node('n-review'));
    const investigate = await position(node('n-investigate'));
    await waitSaved(page);
    await page.reload();
    await node('n-start').waitFor();
    await fit();
    await expect.poll(() => edges().count()).toBe(count);
    expect(await position(node('n-review'))).toEqual(review);
    expect(await position(node('n-investigate'))).toEqual(investigate);
    expect(await page.getByRole('button', { name: 'Step: Check the refund policy, lane Tier-2 specialist' }).count()).toBe(1);
  });

  it('exports the map as PNG and as SVG', async () => {
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the map as PNG' }).click();
    const pngBytes = await (await png).createReadStream().then(async (s) => Buffer.concat(await s.toArray()));
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const svg = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the map as SVG' }).click();
    const download = await svg;
    expect(download.suggestedFilename()).toMatch(/workflow map\.svg$/);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
    expect(text).toContain('<svg');
    expect(text).toContain('Check the refund policy');
  });

  it('selects by rubber band, zooms to the selection, and finds a node by its label', async () => {
    await page.getByRole('button', { name: 'Zoom to fit the map' }).click();
    await page.keyboard.press('Escape');
    const first = (await node('n-classify').boundingBox())!, last = (await node('n-draft').boundingBox())!;
    const from = { x: first.x - 10, y: first.y - 6 }, to = { x: last.x + last.width + 10, y: last.y + last.height + 6 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    await page.mouse.up();
    const selected = () => page.locator('.map-node.is-selected').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.nodeId).sort());
    await expect.poll(selected).toEqual(['n-classify', 'n-draft', 'n-prioritize']);

    const zoom = () => page.getByRole('button', { name: /^Zoom \d+%/ }).innerText();
    const fitted = parseInt(await zoom(), 10);
    await page.getByRole('button', { name: 'Zoom to the selection' }).click();
    await expect.poll(async () => parseInt(await zoom(), 10)).toBeGreaterThan(fitted);

    const search = page.getByRole('searchbox', { name: 'Search nodes by label' });
    await search.fill('refund policy');
    await expect.poll(() => page.locator('.map-search-count').innerText()).toBe('1 match');
    await search.press('Enter');
    const found = page.getByRole('button', { name: 'Step: Check the refund policy, lane Tier-2 specialist' });
    await expect.poll(() => found.evaluate((el) => el.classList.contains('is-selected'))).toBe(true);
    await expect.poll(selected).toHaveLength(1);
    // Brought into view: inside the canvas's visible box.
    const view = (await page.locator('.map-viewport').boundingBox())!;
    await expect.poll(async () => {
      const b = (await found.boundingBox())!;
      return b.x >= view.x && b.y >= view.y && b.x + b.width <= view.x + view.width && b.y + b.height <= view.y + view.height;
    }).toBe(true);
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
