/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download is not used).
 * Without /usr/bin/chromium the end-to-end tests fail, saying how to install it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
];

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The end-to-end tests need Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (Debian), then run the tests again.`);
  }
}

function options(): LaunchOptions {
  requireChromium();
  return { executablePath: CHROMIUM, args: CHROMIUM_ARGS };
}

export async function launch(): Promise<Browser> {
  return chromium.launch(options());
}

/** A browser with a user-data dir on disk: IndexedDB survives closing (or killing) it. */
export async function launchPersistent(userDataDir: string, colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...options(), acceptDownloads: true, viewport: { width: 1440, height: 900 }, colorScheme,
  });
}

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  // A killed browser's helper processes may still be writing for a moment: retry.
  return { path, remove: () => rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }) };
}
