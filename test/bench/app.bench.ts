/**
 * The renderer in Chromium (production build, served on 127.0.0.1): time from navigation to an
 * interactive library, and to an open workbook of the benchmark size (parse, validate, derive,
 * render), medians over fresh page loads; and the JavaScript the renderer ships, initial
 * (loaded before the first screen) against lazy (export screen, exporters, worker).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { serializeWorkbook } from '../../shared/format';
import { openWorkbookFile, WITHOUT_FILE_PICKERS } from '../e2e/support/app';
import { launchPersistent, tempDir } from '../e2e/support/browser';
import { DIST } from '../e2e/support/build';
import { startWeb } from '../e2e/support/server';
import { BENCH_SIZE, generateWorkbook } from '../fixtures/generate';
import { printResults, quantile, type BenchResult } from './harness';

const RUNS = 9;

function result(name: string, samples: number[], note?: string): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, runs: sorted.length, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), ...(note ? { note } : {}) };
}

/** Milliseconds from navigation start until `ready` holds in a fresh page. */
async function timeToReady(context: BrowserContext, url: string, ready: () => boolean): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
    await handle.dispose();
    return await page.evaluate(() => performance.now());
  } finally {
    await page.close();
  }
}

function scriptSizes(): { initial: number; initialGz: number; lazy: number; lazyGz: number; files: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initialNames = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!));
  let initial = 0, initialGz = 0, lazy = 0, lazyGz = 0, files = 0;
  for (const name of readdirSync(join(DIST, 'assets')).filter((n) => n.endsWith('.js'))) {
    const path = join(DIST, 'assets', name);
    const size = statSync(path).size;
    const gz = gzipSync(readFileSync(path)).length;
    files++;
    if (initialNames.has(name)) {
      initial += size;
      initialGz += gz;
    } else {
      lazy += size;
      lazyGz += gz;
    }
  }
  return { initial, initialGz, lazy, lazyGz, files };
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

export async function runAppBench(): Promise<void> {
  const web = await startWeb();
  const profile = tempDir('sprintbook-bench-');
  const context = await launchPersistent(profile.path);
  try {
    await context.addInitScript(WITHOUT_FILE_PICKERS);
    // Seed the library with the benchmark workbook, opened from a file like a user would.
    const big = generateWorkbook(BENCH_SIZE);
    const seed = await context.newPage();
    await seed.goto(web.url);
    await openWorkbookFile(seed, 'bench.sprintbook', serializeWorkbook(big));
    await seed.locator('.save-status').filter({ hasText: /^Saved$/ }).waitFor();
    await seed.close();

    const library: number[] = [];
    const open: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const l = await timeToReady(context, web.url, () => document.querySelector('.wb-card .wb-link') !== null);
      const o = await timeToReady(context, `${web.url}#/w/${big.id}/overview`,
        () => document.querySelector('main h1')?.textContent === 'Overview' && document.querySelectorAll('.agenda-day').length === 10);
      if (i > 0) { // the first load warms the HTTP and code caches
        library.push(l);
        open.push(o);
      }
    }
    const sizes = scriptSizes();
    printResults(`Renderer in Chromium — library with the benchmark workbook (${BENCH_SIZE.nodes} nodes, ${BENCH_SIZE.decisions} decisions, ${BENCH_SIZE.metrics} metrics)`, [
      result('navigation → interactive library', library),
      result(`navigation → open ${BENCH_SIZE.nodes}-node workbook (Overview shown)`, open),
    ]);
    console.log(`  JavaScript: initial ${kib(sizes.initial)} (${kib(sizes.initialGz)} gzip), lazy ${kib(sizes.lazy)} (${kib(sizes.lazyGz)} gzip) in ${sizes.files} files`);
  } finally {
    await context.close();
    profile.remove();
    await web.close();
  }
}
