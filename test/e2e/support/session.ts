/**
 * One session of the app for an end-to-end file: the production build served on 127.0.0.1, a
 * Chromium with its own profile on disk (IndexedDB survives a reload), its first page on the
 * library, and every script error the page raised, for the "raised no script errors" check.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { WITHOUT_FILE_PICKERS } from './app';
import { launchPersistent, tempDir } from './browser';
import { startWeb, type WebServer } from './server';

export interface AppSession {
  readonly web: WebServer;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Use a file input and downloads instead of the File System Access pickers (which cannot be driven headless). */
  readonly withoutFilePickers?: boolean;
  readonly colorScheme?: 'light' | 'dark';
}

export async function openAppSession(name: string, options: SessionOptions = {}): Promise<AppSession> {
  const web = await startWeb();
  const profile = tempDir(`sprintbook-e2e-${name}-`);
  const context = await launchPersistent(profile.path, options.colorScheme);
  if (options.withoutFilePickers) await context.addInitScript(WITHOUT_FILE_PICKERS);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(web.url);
  return {
    web, context, page, errors,
    close: async () => {
      await context.close();
      profile.remove();
      await web.close();
    },
  };
}
