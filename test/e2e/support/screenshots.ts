/**
 * What the screenshot scripts share: a run in light and in dark (a fresh browser profile each,
 * file inputs instead of pickers) in a 1280×720 window, the workshop projector's size, and
 * taking a picture into docs/screenshots/ once the page has settled.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadWorkbook } from '../../../shared/format';
import type { Workbook } from '../../../shared/model';
import { ROOT } from './build';
import { openAppSession } from './session';

export type Scheme = 'light' | 'dark';

/** The projector in a workshop room; and a full-HD screen for the pictures that show more. */
export const PROJECTOR = { width: 1280, height: 720 } as const;
export const FULL_HD = { width: 1920, height: 1080 } as const;

const OUT = join(ROOT, 'docs', 'screenshots');

/** The support-triage starter, the worked example every screenshot starts from. */
export function starter(): Workbook {
  const loaded = loadWorkbook(readFileSync(join(ROOT, 'templates', 'starters', 'support-triage.sprintbook'), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  return loaded.workbook;
}

/** Saves docs/screenshots/`name`.png after fonts and the last layout have settled. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`  docs/screenshots/${name}.png`);
}

/** Scrolls the stage so that `selector` starts just below the top bar. */
export async function scrollStageTo(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((el) => {
    const stage = el.closest('.stage')!;
    stage.scrollTo({ top: el.getBoundingClientRect().top - stage.getBoundingClientRect().top + stage.scrollTop - 16, behavior: 'instant' });
  });
}

/** Runs `scenario` on the library page of a fresh session, once in each colour scheme. */
export async function inBothSchemes(scenario: (page: Page, scheme: Scheme) => Promise<void>): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    const session = await openAppSession('shots', { colorScheme: scheme, withoutFilePickers: true });
    try {
      await session.page.setViewportSize(PROJECTOR);
      await session.page.getByRole('heading', { name: 'Your workbooks' }).waitFor();
      await scenario(session.page, scheme);
    } finally {
      await session.close();
    }
  }
}
