// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../render';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/App';
import { formatDate, formatValue } from '../../../../renderer/components/format';
import { createFromTemplate, putWorkbook } from '../../../../renderer/db/library';
import { rowOf } from '../../../../renderer/db/records';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { setServices } from '../../../../renderer/db/services';
import { fakeDb } from '../db/fakeDb';
import { upgradedLegacyDb } from '../db/legacyDb';
import { fakeHost, type FakeHost } from '../fakeHost';
import { freshApp, state, template, templateText } from '../helpers';
import { STOP, stopWorkbook } from '../verdicts';

let db: SprintbookDb;
let host: FakeHost;

beforeEach(() => {
  freshApp();
  db = fakeDb();
  host = fakeHost();
  setServices({ db, host, autosave: { flush: async () => undefined, dispose: () => undefined } });
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  cleanup();
  setServices(null);
  db.close();
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the library', () => {
  it('shows every workbook with its readiness at a glance', async () => {
    await createFromTemplate(db, templateText('support-triage'), Date.now());
    render(<App />);
    const card = (await screen.findByRole('link', { name: /ticket triage AI/ })).closest('li')!;
    expect(within(card).getByText('Ready to scale')).toBeTruthy();
    expect(within(card).getByRole('list', { name: 'Readiness by question' })).toBeTruthy();
  });

  it('shows a stopped workbook as "Stop and redesign", naming the metric, what was measured and what it blocks', async () => {
    await putWorkbook(db, stopWorkbook(), Date.now());
    render(<App />);
    const card = (await screen.findByRole('link', { name: stopWorkbook().title })).closest('li')!;
    expect(card.querySelector('.badge-stop')!.textContent).toBe('Stop and redesign');
    const why = within(card).getByRole('list', { name: 'Why: stop and redesign' });
    expect(why.textContent).toContain(`${STOP.metric}: ${formatValue(4.4, '%')} on ${formatDate('2026-11-30')} (threshold ${formatValue(4, '%')})`);
    expect(within(why).getByRole('list', { name: `Roadmap items blocked by ${STOP.metric}` }).textContent).toBe(STOP.blocked.join(''));
    expect(within(why).queryAllByRole('link')).toEqual([]);
  });

  it('reads a card kept before rules 1.1, which has no verdict, as ready or not ready', async () => {
    const w = template('blank');
    const { verdict: _v, stops: _s, ...before11 } = rowOf(w, Date.now()).summary;
    db.close();
    db = await upgradedLegacyDb([{ ...rowOf(w, Date.now()), summary: before11 }]);
    setServices({ db });
    render(<App />);
    const card = (await screen.findByRole('link', { name: w.title })).closest('li')!;
    expect(within(card).getByText(/^Not ready: \d+ blockers?$/)).toBeTruthy();
  });

  it('creates a workbook from a template and opens it on Overview', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'New from template…' }));
    fireEvent.click(screen.getByRole('button', { name: /Customer support: ticket triage/ }));
    await waitFor(() => expect(state().route).toMatchObject({ screen: 'workbook', stage: 'overview' }));
    expect(await db.workbooks.count()).toBe(1);
    expect(state().workbook!.title).toMatch(/ticket triage AI/);
  });

  it('deletes a workbook after confirmation, and Undo puts it back', async () => {
    const w = await createFromTemplate(db, templateText('blank'), Date.now());
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: `Delete “${w.title}”` }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete workbook' }));
    await waitFor(async () => expect(await db.workbooks.count()).toBe(0));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    fireEvent.click(undo);
    await waitFor(async () => expect(await db.workbooks.count()).toBe(1));
  });

  it('refuses a file that is not a workbook, listing each fault with its path, and changes nothing', async () => {
    host.nextOpen = { ok: true, value: { handle: 'h', name: 'broken.sprintbook', bytes: bytes('{"format":"sprintbook","schemaVersion":1,"id":"x y"}') } };
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open file…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'broken.sprintbook cannot be opened' });
    expect(within(dialog).getByText(/cannot be opened/, { selector: 'p' })).toBeTruthy();
    expect(within(dialog).getByText('/id')).toBeTruthy();
    expect(within(dialog).getByText(/Nothing was changed/)).toBeTruthy();
    expect(await db.workbooks.count()).toBe(0);
    expect(state().workbook).toBeNull();
  });

  it('refuses a workbook made by a newer Sprintbook, saying so', async () => {
    host.nextOpen = { ok: true, value: { handle: 'h', name: 'future.sprintbook', bytes: bytes(templateText('blank').replace('"schemaVersion": 1', '"schemaVersion": 7')) } };
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open file…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/made by a newer Sprintbook/)).toBeTruthy();
  });

  it('opens a file with problems, keeps it in the library, and lists the problems', async () => {
    const text = templateText('support-triage').replace('"facilitatorId": "p-facilitator"', '"facilitatorId": "p-gone"');
    host.nextOpen = { ok: true, value: { handle: 'h', name: 'triage.sprintbook', bytes: bytes(text) } };
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open file…' }));
    await waitFor(() => expect(state().workbook).not.toBeNull());
    expect(state().loadProblems.map((p) => p.path)).toEqual(['/sprint/facilitatorId']);
    expect(state().file).toEqual({ handle: 'h', name: 'triage.sprintbook' });
    expect(await screen.findByText('Opened with 1 problem')).toBeTruthy();
    expect(await db.workbooks.count()).toBe(1);
  });

  it('asks before replacing a workbook the library already has', async () => {
    const w = await createFromTemplate(db, templateText('blank'), Date.now());
    const fileText = templateText('blank').replace('"id": "wb-untitled"', `"id": "${w.id}"`);
    host.nextOpen = { ok: true, value: { handle: 'h', name: 'same.sprintbook', bytes: bytes(fileText) } };
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open file…' }));
    await screen.findByRole('dialog', { name: 'This workbook is already in your library' });
    fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    await waitFor(async () => expect(await db.workbooks.count()).toBe(2), { timeout: 5000 });
  });

  it('saves the open workbook to its file and clears the dirty flag', async () => {
    host.nextOpen = { ok: true, value: { handle: 'h', name: 'triage.sprintbook', bytes: bytes(templateText('support-triage')) } };
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open file…' }));
    await screen.findByRole('button', { name: 'Save' });
    act(() => state().execute({ label: 'x', apply: (w) => ({ ...w, title: 'Edited' }) }));
    expect(screen.getByText(/changes not in the file/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]!.text).toContain('"title": "Edited"');
    await waitFor(() => expect(screen.queryByText(/changes not in the file/)).toBeNull());
  });
});
