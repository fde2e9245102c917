/**
 * A Chromium we can kill like a crash: spawned directly (not by Playwright, whose persistent
 * contexts do not expose their process) with a user-data dir on disk, then driven over CDP.
 * SIGKILL (to the browser's whole process group) gives it no chance to flush anything: what
 * survives was already on disk.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from './browser';

export interface Killable {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly process: ChildProcess;
  /** SIGKILL, then wait for the process to be gone. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

export async function launchKillable(userDataDir: string): Promise<Killable> {
  requireChromium();
  const child = spawn(CHROMIUM, [
    ...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', '--window-size=1440,900', 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${stderr.slice(-500)}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${stderr.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The browser leads its own process group (detached): killing the group takes its helper
  // processes (renderers, storage, crash handler) with it, as a real crash of the app would.
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return {
    browser, context, process: child,
    async kill() {
      killGroup();
      await exited;
    },
    async close() {
      await browser.close().catch(() => undefined);
      killGroup();
      await exited;
    },
  };
}
