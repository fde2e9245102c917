/**
 * Decisions end to end, in Debian's Chromium against the production build: a facilitator adds a
 * decision point on the map and creates its record there, opens it in the register, classifies
 * it through the guided flow, adopts another tier than the suggested one (refused without a
 * reason, recorded with one: checked in the saved file's audit trail), removes a required
 * control and finds the gap on the stage and on Readiness, jumps between the register and the
 * map both ways, and finds it all again after a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbook } from '../../shared/model';
import { createFromTemplate, waitSaved } from './support/app';
import { openAppSession, type AppSession } from './support/session';

const TITLE = 'Approve a goodwill credit?';
const REASON = 'Credits are capped at $750 by the billing system, and Billing confirms each one.';

describe('decisions in the browser', () => {
  let session: AppSession;
  let page: Page;

  const editorHeading = () => page.locator('#decision-editor h2');
  const row = () => page.getByRole('row', { name: new RegExp(TITLE.replace('?', '\\?')) });
  const toDecisions = async () => {
    await page.getByRole('link', { name: 'Decisions', exact: true }).click();
    await page.getByRole('heading', { name: 'Decisions', level: 1 }).waitFor();
  };

  beforeAll(async () => {
    session = await openAppSession('decisions', { withoutFilePickers: true });
    ({ page } = session);
    await createFromTemplate(page, /Customer support: ticket triage/);
  });

  afterAll(() => session?.close());

  it('creates a decision record from a new decision point on the map, and opens it in the register', async () => {
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await page.locator('[data-node-id="n-start"]').waitFor();
    await page.getByRole('button', { name: 'Add Decision' }).click();
    const label = page.getByRole('textbox', { name: /^Label of Decision/ });
    await label.fill(TITLE);
    await label.press('Enter');
    const inspector = page.getByRole('region', { name: 'Decision record' });
    await inspector.getByRole('button', { name: 'Create decision record' }).click();
    await inspector.getByText('Not classified yet').waitFor();

    // Map → register: the Decisions stage opens on this decision.
    await inspector.getByRole('link', { name: 'Open in Decisions' }).click();
    await page.getByRole('heading', { name: 'Decisions', level: 1 }).waitFor();
    await expect.poll(() => editorHeading().innerText()).toBe(TITLE);
    expect(await row().getByRole('button', { name: TITLE, exact: true }).getAttribute('aria-current')).toBe('true');
    expect(await row().innerText()).toContain('Not classified');
  });

  it('classifies it through the guided flow: the suggestion follows the answers, and adopting adds the required controls', async () => {
    const suggestion = page.getByRole('status', { name: 'Suggested tier' });
    await page.getByRole('radio', { name: /^Approve spend/ }).check();
    await expect.poll(() => suggestion.innerText()).toContain('Action “approve spend” starts at high.');
    await page.getByRole('group', { name: 'Does the outcome reach a customer directly?' }).getByRole('radio', { name: 'Yes, a customer sees it' }).check();
    await page.getByRole('group', { name: 'How much money is at stake per decision?' }).getByRole('textbox').fill('750');
    await page.getByRole('group', { name: 'Does it use personal data?' }).getByRole('radio', { name: 'Yes' }).check();
    await expect.poll(() => suggestion.innerText()).toContain('Customer-facing: at least medium.');
    expect(await suggestion.innerText()).toContain('High tier');

    await page.getByRole('button', { name: 'Adopt high, as suggested' }).click();
    await page.getByRole('button', { name: 'High tier adopted' }).waitFor();
    for (const control of ['Audit log', 'Human decision', 'Access control']) {
      expect(await page.getByRole('checkbox', { name: control, exact: true }).isChecked()).toBe(true);
    }
  });

  it('refuses another tier without a reason, and records it with one in the audit trail', async () => {
    await page.getByRole('radio', { name: /^Medium/ }).check();
    const adopt = page.getByRole('button', { name: 'Adopt medium instead of high' });
    await adopt.click();
    const reason = page.getByRole('textbox', { name: 'Why medium rather than high?' });
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').filter({ hasText: 'The rules suggest high.' }).count()).toBe(1);
    expect(await row().innerText()).toContain('High');

    await reason.fill(REASON);
    await adopt.click();
    await page.getByRole('button', { name: 'Medium tier adopted' }).waitFor();
    await expect.poll(() => row().innerText()).toContain('Departs, with a reason');
    expect(await page.locator('.adoption-record').innerText()).toContain(`by Maya Chen: medium (suggested high): ${REASON}`);

    // The audit trail as it is written to the file: who, when, what and why.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save As…' }).click();
    const file = JSON.parse(Buffer.concat(await (await (await download).createReadStream()).toArray()).toString()) as Workbook;
    const id = file.decisions.find((d) => d.title === TITLE)!.id;
    const adopted = file.audit.filter((a) => a.action === 'tier-adopted' && a.subjectId === id);
    expect(adopted.map((a) => a.detail)).toEqual([
      'high (suggested high). Required controls added: audit-log, human-decision, access-control.',
      `medium (suggested high): ${REASON} Required controls added: human-confirmation.`,
    ]);
    expect(adopted.every((a) => a.actorId === 'p-facilitator' && !Number.isNaN(Date.parse(a.at)))).toBe(true);
  });

  it('asks before removing a required control, and shows the gap on the stage and on Readiness', async () => {
    // A click, not uncheck(): the box stays ticked until the question is answered.
    await page.getByRole('checkbox', { name: 'Human confirmation', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove a required control?' });
    await dialog.getByRole('button', { name: 'Remove anyway' }).click();
    await page.getByText('Missing: a readiness blocker').waitFor();
    const needs = page.getByRole('region', { name: 'What readiness still needs' });
    expect(await needs.innerText()).toContain(`Decision "${TITLE}" lacks required controls: human-confirmation.`);
    expect(await row().innerText()).toContain('Missing: Human confirmation');

    await page.getByRole('link', { name: 'Readiness' }).click();
    await page.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
    const gap = page.locator('.gap').filter({ hasText: `Decision "${TITLE}" lacks required controls: human-confirmation.` });
    await gap.getByRole('link', { name: /Fix in Decisions/ }).click();
    await page.getByRole('heading', { name: 'Decisions', level: 1 }).waitFor();
    await page.waitForFunction(() => /^[^/]+\/controls$/.test(document.activeElement?.getAttribute('data-focus') ?? ''));
    expect(await editorHeading().innerText()).toBe(TITLE);
  });

  it('jumps from the register to the node on the map, and from the map back to the decision', async () => {
    await page.getByRole('button', { name: 'Send the reply to the customer', exact: true }).click();
    await expect.poll(() => editorHeading().innerText()).toBe('Send the reply to the customer');

    await row().getByRole('button', { name: `Show “${TITLE}” on the map` }).click();
    const inspector = page.getByRole('region', { name: 'Decision record' });
    await inspector.getByText(TITLE).waitFor();
    expect(await page.locator('.map-node.is-selected').count()).toBe(1);
    expect(await page.locator('.map-node.is-selected').getAttribute('aria-label')).toContain(TITLE);
    expect(await inspector.innerText()).toContain('Medium tier');

    await inspector.getByRole('link', { name: 'Open in Decisions' }).click();
    await page.getByRole('heading', { name: 'Decisions', level: 1 }).waitFor();
    await expect.poll(() => editorHeading().innerText()).toBe(TITLE);
  });

  it('finds it all again after a reload', async () => {
    await waitSaved(page);
    await page.reload();
    await toDecisions();
    await row().getByRole('button', { name: TITLE, exact: true }).click();
    await expect.poll(() => editorHeading().innerText()).toBe(TITLE);
    const text = await row().innerText();
    expect(text).toContain('Departs, with a reason');
    expect(text).toContain('Missing: Human confirmation');
    expect(await page.getByRole('textbox', { name: 'Why medium rather than high?' }).inputValue()).toBe(REASON);
    expect(await page.locator('.adoption-record').innerText()).toContain(REASON);
    expect(await row().getByRole('button', { name: `Show “${TITLE}” on the map` }).count()).toBe(1);
  });

  it('raised no script errors', () => {
    expect(session.errors).toEqual([]);
  });
});
