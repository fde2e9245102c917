/**
 * Date fields in Debian's Chromium, typed key by key as a facilitator types them: a date that
 * is not on the calendar (31 February) never deletes or changes the stored one and says why
 * beside the field, which keeps the typing; a baseline period that would end before it starts
 * is refused; the target-date warning shows where the date is typed. A reload proves what was
 * stored.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromTemplate, waitSaved } from './support/app';
import { openAppSession, type AppSession } from './support/session';

describe('dates in the browser', () => {
  let session: AppSession;
  let page: Page;

  /** A date as the page writes it, in the browser's own locale. */
  const day = (date: string) => page.evaluate((d) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${d}T00:00:00Z`)), date);

  /** Types year, month and day into a date field's segments, in the order the locale shows them. */
  const typeInto = async (field: Locator, year: string, month: string, dayOfMonth: string) => {
    const order = await page.evaluate(() => new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(2026, 10, 30)).filter((p) => p.type !== 'literal').map((p) => p.type));
    const parts: Record<string, string> = { year, month, day: dayOfMonth };
    await field.focus();
    for (const part of order) await page.keyboard.type(parts[part]!);
    // Tab first reaches the calendar button inside the field; the edit ends when the focus leaves it.
    for (let i = 0; i < 4 && (await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(false);
  };
  const reasonOf = (field: Locator) => field.locator('xpath=..').locator('.field-error');
  const warningOf = (field: Locator) => field.locator('xpath=..').locator('.field-warning');
  /** The browser still holds what was typed: a date it cannot give as a value. */
  const holdsTyping = (field: Locator) => field.evaluate((el: HTMLInputElement) => el.value === '' && el.validity.badInput);

  beforeAll(async () => {
    session = await openAppSession('dates');
    ({ page } = session);
    await createFromTemplate(page, /Customer support: ticket triage/);
  });
  afterAll(() => session?.close());

  it('keeps the sprint start when 31 February is typed over it, saying why', async () => {
    const start = page.getByLabel('Sprint starts on');
    expect(await start.inputValue()).toBe('2026-11-02');
    await typeInto(start, '2026', '02', '31');
    expect(await reasonOf(start).innerText()).toBe(`Not a date on the calendar, or not complete yet: the workbook keeps ${await day('2026-11-02')}.`);
    expect(await start.getAttribute('aria-invalid')).toBe('true');
    expect(await holdsTyping(start)).toBe(true);

    await waitSaved(page);
    await page.reload();
    expect(await page.getByLabel('Sprint starts on').inputValue()).toBe('2026-11-02');
  });

  it('refuses a baseline period that would end before it starts, and an impossible evaluation date', async () => {
    await page.getByRole('navigation', { name: 'Sprint stages' }).getByRole('link', { name: 'Metrics' }).click();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    const to = page.getByLabel('Measured to');
    expect(await to.inputValue()).toBe('2026-09-30');
    await typeInto(to, '2026', '07', '15');
    expect(await reasonOf(to).innerText()).toBe(`The period would end before it starts (${await day('2026-08-01')}). Not stored: the workbook keeps ${await day('2026-09-30')}.`);
    expect(await to.inputValue()).toBe('2026-07-15');

    const evaluateOn = page.getByLabel('Evaluate on');
    expect(await evaluateOn.inputValue()).toBe('2027-01-29');
    await typeInto(evaluateOn, '2027', '02', '31');
    expect(await reasonOf(evaluateOn).innerText()).toBe(`Not a date on the calendar, or not complete yet: the workbook keeps ${await day('2027-01-29')}.`);
    expect(await holdsTyping(evaluateOn)).toBe(true);

    await waitSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Metrics', level: 1 }).waitFor();
    expect(await page.getByLabel('Measured to').inputValue()).toBe('2026-09-30');
    expect(await page.getByLabel('Evaluate on').inputValue()).toBe('2027-01-29');
  });

  it('warns where the target date is typed when it is not after the baseline period', async () => {
    const by = page.getByLabel('Reach it by');
    expect(await warningOf(by).count()).toBe(0);
    await typeInto(by, '2026', '09', '15');
    expect(await by.inputValue()).toBe('2026-09-15');
    expect(await warningOf(by).innerText()).toMatch(new RegExp(`^On or before the end of the baseline period \\(${await day('2026-09-30')}\\)`));
    expect(await reasonOf(by).count()).toBe(0);
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
