// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import { startAutosave, type Autosave } from '../../../../renderer/db/autosave';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { putWorkbook } from '../../../../renderer/db/library';
import { setPilotName, setTitle } from '../../../../renderer/state/commands';
import { freshApp, state, template, testApp } from '../helpers';
import { fakeDb, sleep, until } from './fakeDb';

const storedTitle = async (db: SprintbookDb, id: string) => (await db.workbooks.get(id))?.title;

describe('autosave', () => {
  let db: SprintbookDb;
  let autosave: Autosave;
  beforeEach(() => {
    freshApp();
    db = fakeDb();
  });
  afterEach(() => {
    autosave?.dispose();
    db.close();
  });

  it('has every change in IndexedDB within a second, written once', async () => {
    autosave = startAutosave({ db, app: testApp() });
    const w = template('blank');
    await putWorkbook(db, w, Date.now());
    let writes = 0;
    db.workbooks.hook('updating', () => void writes++);
    state().openWorkbook(w);
    const changedAt = Date.now();
    state().execute(setTitle('Claims triage'));
    await until(async () => (await storedTitle(db, w.id)) === 'Claims triage', 1000);
    expect(Date.now() - changedAt).toBeLessThan(1000);
    await until(() => state().saveStatus.state === 'saved');
    await sleep(500);
    expect(writes).toBe(1);
  });

  it('stores the canonical text, which opens again as the same workbook', async () => {
    autosave = startAutosave({ db, app: testApp(), debounceMs: 5, maxWaitMs: 10 });
    state().openWorkbook(template('support-triage'));
    state().execute(setPilotName('Triage v2'));
    await until(async () => (await db.workbooks.get(state().workbook!.id)) !== undefined);
    const row = (await db.workbooks.get(state().workbook!.id))!;
    expect(row.text).toBe(serializeWorkbook(state().workbook!));
    expect(row.summary.ready).toBe(true);
    const reopened = loadWorkbook(row.text);
    expect(reopened.ok && reopened.workbook.pilot.name).toBe('Triage v2');
  });

  it('never writes the workbook as it was loaded: nothing before the first change', async () => {
    const stored = template('blank');
    await putWorkbook(db, { ...stored, title: 'Changed in another window' }, Date.now());
    autosave = startAutosave({ db, app: testApp(), debounceMs: 5, maxWaitMs: 10 });
    // An older copy of the same workbook is opened: as loaded, it must not overwrite what is stored.
    state().openWorkbook(stored);
    await sleep(60);
    expect(await storedTitle(db, stored.id)).toBe('Changed in another window');
    expect(state().saveStatus.state).toBe('idle');
  });

  it('writes nothing while no workbook is open, whatever else changes in the store', async () => {
    autosave = startAutosave({ db, app: testApp(), debounceMs: 5, maxWaitMs: 10 });
    state().navigate({ screen: 'workbook', workbookId: 'wb-x', stage: 'overview' });
    state().pushToast({ tone: 'info', message: 'hello' });
    await sleep(40);
    expect(await db.workbooks.count()).toBe(0);
  });

  it('keeps writing while someone types without pause: no change waits past maxWait', async () => {
    autosave = startAutosave({ db, app: testApp(), debounceMs: 80, maxWaitMs: 120 });
    const w = template('blank');
    state().openWorkbook(w);
    const seen = new Set<string>();
    const started = Date.now();
    for (let i = 1; Date.now() - started < 400; i++) {
      state().execute(setPilotName('x'.repeat(i)));
      await sleep(15);
      const name = (await db.workbooks.get(w.id))?.pilotName;
      if (name) seen.add(name);
    }
    // A pure debounce would not have written anything yet.
    expect(seen.size).toBeGreaterThanOrEqual(2);
  });

  it('never overwrites a workbook stored by a newer Sprintbook, and says so', async () => {
    const w = template('blank');
    const newerText = serializeWorkbook(w).replace('"schemaVersion": 1', '"schemaVersion": 2');
    await db.workbooks.put({ id: w.id, title: 'From the future', pilotName: '', updatedAt: w.updatedAt, savedAt: 1, schemaVersion: 2, text: newerText, summary: { ready: false, blockers: 0, warnings: 0, questions: { workflow: { blockers: 0, warnings: 0 }, tiers: { blockers: 0, warnings: 0 }, baselines: { blockers: 0, warnings: 0 }, owners: { blockers: 0, warnings: 0 } } } });
    autosave = startAutosave({ db, app: testApp(), debounceMs: 5, maxWaitMs: 10 });
    state().openWorkbook(w);
    state().execute(setTitle('Mine'));
    await until(() => state().saveStatus.state === 'error');
    const status = state().saveStatus;
    expect(status.state === 'error' && status.message).toMatch(/newer Sprintbook/);
    expect((await db.workbooks.get(w.id))!.text).toBe(newerText);
  });

  it('shows a storage failure in the save status, and saves on retry once storage is back', async () => {
    autosave = startAutosave({ db, app: testApp(), debounceMs: 5, maxWaitMs: 10 });
    const w = template('blank');
    state().openWorkbook(w);
    db.close();
    state().execute(setTitle('Kept'));
    await until(() => state().saveStatus.state === 'error');
    await db.open();
    await autosave.flush();
    expect(await storedTitle(db, w.id)).toBe('Kept');
    expect(state().saveStatus.state).toBe('saved');
  });

  it('writes at once when the page is hidden, without waiting for the pause', async () => {
    autosave = startAutosave({ db, app: testApp(), debounceMs: 60_000, maxWaitMs: 60_000, page: { window, document } });
    const w = template('blank');
    state().openWorkbook(w);
    state().execute(setTitle('Before the tab went away'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await until(async () => (await storedTitle(db, w.id)) === 'Before the tab went away', 500);
    window.dispatchEvent(new Event('pagehide'));
  });

  it('writes what the previous workbook still had pending when another one opens', async () => {
    autosave = startAutosave({ db, app: testApp(), debounceMs: 60_000, maxWaitMs: 60_000 });
    const first = template('blank');
    state().openWorkbook(first);
    state().execute(setTitle('Do not lose me'));
    state().openWorkbook(template('support-triage'));
    await until(async () => (await storedTitle(db, first.id)) === 'Do not lose me', 500);
  });

  it('has nothing left to write after undoing back to what is stored', async () => {
    autosave = startAutosave({ db, app: testApp(), debounceMs: 30, maxWaitMs: 60 });
    const w = template('blank');
    await putWorkbook(db, w, 1);
    state().openWorkbook(w);
    state().execute(setTitle('Oops'));
    state().undo();
    await sleep(100);
    expect((await db.workbooks.get(w.id))!.savedAt).toBe(1);
    expect(state().saveStatus.state).toBe('saved');
  });
});
