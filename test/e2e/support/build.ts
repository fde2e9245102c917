/**
 * Builds the renderer once for all end-to-end test files: files run in parallel workers, so a
 * lock directory makes one build and the others wait; a stamp newer than every source means
 * the existing build is reused.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = join(ROOT, 'dist', 'renderer');
const STAMP = join(DIST, '.e2e-build-stamp');
const LOCK = join(ROOT, 'dist', '.e2e-build-lock');
const SOURCES = ['renderer', 'shared', 'templates', 'vite.config.ts', 'package.json'];

function newestSource(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestSource(join(path, name))), info.mtimeMs);
}

function upToDate(): boolean {
  if (!existsSync(STAMP) || !existsSync(join(DIST, 'index.html'))) return false;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.every((s) => newestSource(join(ROOT, s)) < built);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function ensureBuilt(): Promise<void> {
  for (let waited = 0; waited < 180_000; waited += 250) {
    if (upToDate()) return;
    // dist/ is absent in a fresh clone: without it the lock could never be taken.
    mkdirSync(dirname(LOCK), { recursive: true });
    try {
      mkdirSync(LOCK, { recursive: false });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // Another worker is building; a lock older than three minutes is left over from a crash.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!upToDate()) {
        const started = Date.now();
        // Vitest sets NODE_ENV=test, which Vite would pass on to React: a development build.
        const env = { ...process.env, NODE_ENV: 'production' };
        await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, env });
        writeFileSync(STAMP, `built in ${Date.now() - started} ms\n`);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
    return;
  }
  throw new Error('Timed out waiting for another test worker to build the renderer.');
}
