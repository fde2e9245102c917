// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAutosave, writeWorkbook, type Autosave } from '../../../../renderer/db/autosave';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { putWorkbook, readStored } from '../../../../renderer/db/library';
import { createNotices, STALE_MESSAGE, type NoticesStore } from '../../../../renderer/db/notices';
import { listSnapshots } from '../../../../renderer/db/snapshots';
import { setPageChannel, type TabChannel } from '../../../../renderer/db/tabChannel';
import { setTitle } from '../../../../renderer/state/commands';
import { freshApp, state, template, testApp } from '../helpers';
import { fakeTabs } from './fakeChannel';
import { fakeDb, sleep, until } from './fakeDb';


describe('autosave with the workbook open in two tabs', () => {
  let db: SprintbookDb;
  let autosave: Autosave;
  let notices: NoticesStore;
  let here: TabChannel;
  let other: TabChannel;
  beforeEach(() => {
    freshApp();
    db = fakeDb();
    notices = createNotices();
    const tabs = fakeTabs();
    here = tabs.tab('here');
    other = tabs.tab('other');
    autosave = startAutosave({ db, app: testApp(), debounceMs: 5, maxWaitMs: 10, channel: here, notices });
  });
  afterEach(() => {
    autosave.dispose();
    db.close();
  });

  /** Opens the stored workbook as the library does, so the store knows its revision. */
  async function openStored(id: string) {
    const loaded = await readStored(db, id);
    if (!loaded?.ok) throw new Error('not stored');
    state().openWorkbook(loaded.workbook);
    return loaded.workbook;
  }

  const storedTitle = async (id: string) => (await db.workbooks.get(id))?.title;
  const keptAside = async (id: string) => (await listSnapshots(db, id)).filter((s) => s.reason === 'changed-elsewhere');

  it('refuses to write over what another tab wrote since, keeps this tab\'s version in History, and says so', async () => {
    const w = template('blank');
    await putWorkbook(db, w, 1);
    const mine = await openStored(w.id);
    // The other tab, which read the same revision, writes first (and says nothing here).
    await writeWorkbook(db, { ...mine, title: 'Written in the other tab' }, 2, 1);
    state().execute(setTitle('Typed in this tab'));
    await until(() => notices.getState().stale !== null);

    expect(await storedTitle(w.id)).toBe('Written in the other tab');
    expect((await keptAside(w.id)).map((s) => s.title)).toEqual(['Typed in this tab']);
    expect(notices.getState().stale).toMatchObject({ sessionId: state().session!.id, workbookId: w.id, keptAt: expect.any(Number) });
    expect(state().saveStatus).toEqual({ state: 'error', message: STALE_MESSAGE });
  });

  it('keeps whatever is typed after that in the same History entry, and never writes the row again', async () => {
    const w = template('blank');
    await putWorkbook(db, w, 1);
    const mine = await openStored(w.id);
    await writeWorkbook(db, { ...mine, title: 'Other tab' }, 2, 1);
    state().execute(setTitle('Mine 1'));
    await until(async () => (await keptAside(w.id)).length === 1);
    state().execute(setTitle('Mine 2'));
    await until(async () => (await keptAside(w.id))[0]?.title === 'Mine 2');
    await autosave.flush();
    expect(await keptAside(w.id)).toHaveLength(1);
    expect(await db.workbooks.get(w.id)).toMatchObject({ title: 'Other tab', revision: 2 });
    expect(state().saveStatus.state).toBe('error');
  });

  it('turns stale as soon as another tab says it wrote a newer revision, before anything is typed here', async () => {
    const w = template('blank');
    await putWorkbook(db, w, 1);
    await openStored(w.id);
    other.post({ kind: 'written', workbookId: w.id, revision: 2 });
    expect(notices.getState().stale).toMatchObject({ workbookId: w.id, keptAt: null });
    expect(state().saveStatus.state).toBe('error');
  });

  it('pays no attention to news of a revision it already has, or of another workbook', async () => {
    const w = template('blank');
    await putWorkbook(db, w, 1);
    await openStored(w.id);
    state().execute(setTitle('Mine'));
    await until(() => state().saveStatus.state === 'saved');
    other.post({ kind: 'written', workbookId: w.id, revision: 2 }); // this tab's own write
    other.post({ kind: 'written', workbookId: 'wb-another', revision: 9 });
    other.post({ kind: 'opened', workbookId: w.id });
    expect(notices.getState().stale).toBeNull();
    state().execute(setTitle('Mine again'));
    await until(async () => (await storedTitle(w.id)) === 'Mine again');
  });

  it('tells the other tabs each revision it writes', async () => {
    setPageChannel(here); // writes announce through the page's channel
    const heard: unknown[] = [];
    other.listen((m) => heard.push(m));
    const w = template('blank');
    await putWorkbook(db, w, 1);
    await openStored(w.id);
    state().execute(setTitle('Mine'));
    await until(() => state().saveStatus.state === 'saved');
    setPageChannel(null);
    expect(heard).toEqual([
      { kind: 'written', workbookId: w.id, revision: 1, tab: 'here' },
      { kind: 'written', workbookId: w.id, revision: 2, tab: 'here' },
    ]);
  });

  it('starts afresh with the next workbook opened: its writes go through', async () => {
    const w = template('blank');
    await putWorkbook(db, w, 1);
    await openStored(w.id);
    other.post({ kind: 'written', workbookId: w.id, revision: 2 });
    expect(notices.getState().stale).not.toBeNull();
    const next = template('support-triage');
    state().openWorkbook(next);
    expect(notices.getState().stale).toBeNull();
    state().execute(setTitle('Fresh'));
    await until(async () => (await storedTitle(next.id)) === 'Fresh');
  });

  it('keeps the changes an old session still had pending when it turns out stale, and says so in a toast', async () => {
    autosave.dispose();
    autosave = startAutosave({ db, app: testApp(), debounceMs: 60_000, maxWaitMs: 60_000, channel: here, notices });
    const w = template('blank');
    await putWorkbook(db, w, 1);
    const mine = await openStored(w.id);
    state().execute(setTitle('Pending here'));
    await writeWorkbook(db, { ...mine, title: 'Other tab' }, 2, 1); // quietly: no message
    state().openWorkbook(template('support-triage'));
    await until(async () => (await keptAside(w.id)).length === 1);
    await sleep(10);
    expect(state().toasts.map((t) => t.message)).toEqual([expect.stringMatching(/“Pending here” were not saved over a newer version/)]);
    expect(notices.getState().stale).toBeNull();
  });
});
