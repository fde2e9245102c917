// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPicked, saveFile } from '../../../../renderer/actions/files';
import { openStored } from '../../../../renderer/actions/workbooks';
import { startAutosave, type Autosave } from '../../../../renderer/db/autosave';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { createNotices } from '../../../../renderer/db/notices';
import { SILENT_CHANNEL } from '../../../../renderer/db/tabChannel';
import { setServices } from '../../../../renderer/db/services';
import { setTitle } from '../../../../renderer/state/commands';
import { selectFileDirty } from '../../../../renderer/state/selectors';
import { fakeDb, until } from '../db/fakeDb';
import { fakeHost, type FakeHost } from '../fakeHost';
import { freshApp, state, templateText, testApp, testEditor } from '../helpers';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the link from a working copy to its file', () => {
  let db: SprintbookDb;
  let host: FakeHost;
  let autosave: Autosave;
  /** The handle each Save was given: null means the host asked the user where to save. */
  let saveHandles: (string | null)[];

  /** A page: a fresh store and autosave over the same IndexedDB (a reload starts another). */
  function startPage() {
    freshApp();
    autosave = startAutosave({ db, app: testApp(), debounceMs: 5, maxWaitMs: 10, channel: SILENT_CHANNEL, notices: createNotices() });
    setServices({ db, host, autosave });
  }
  async function reload(id: string) {
    autosave.dispose();
    startPage();
    state().navigate({ screen: 'workbook', workbookId: id, stage: 'overview' });
    expect(await openStored(testApp(), id)).toEqual({ state: 'opened' });
  }
  async function openFile(name: string) {
    await openPicked(testApp(), { handle: 'h-triage', name, bytes: bytes(templateText('support-triage')) });
    return state().workbook!.id;
  }

  beforeEach(() => {
    db = fakeDb();
    host = fakeHost();
    saveHandles = [];
    const save = host.saveWorkbook;
    host.saveWorkbook = (handle, name, text) => {
      saveHandles.push(handle);
      return save(handle, name, text);
    };
    startPage();
  });
  afterEach(() => {
    autosave.dispose();
    setServices(null);
    db.close();
  });

  it('survives a reload: Save writes the same file without asking for one', async () => {
    const id = await openFile('triage.sprintbook');
    await reload(id);
    expect(state().file).toEqual({ handle: 'h-triage', name: 'triage.sprintbook' });
    expect(selectFileDirty(testEditor().doc.getState())).toBe(false);
    state().execute(setTitle('Edited after the reload'));
    expect(selectFileDirty(testEditor().doc.getState())).toBe(true);
    expect(await saveFile(testApp())).toBe(true);
    expect(saveHandles).toEqual(['h-triage']);
    expect(host.saved[0]!.text).toContain('"title": "Edited after the reload"');
    expect(selectFileDirty(testEditor().doc.getState())).toBe(false);
  });

  it('knows after a reload that the file lacks the changes made since it was saved', async () => {
    const id = await openFile('triage.sprintbook');
    state().execute(setTitle('Not in the file'));
    await until(() => state().saveStatus.state === 'saved');
    await reload(id);
    expect(state().workbook!.title).toBe('Not in the file');
    expect(state().file?.name).toBe('triage.sprintbook');
    expect(selectFileDirty(testEditor().doc.getState())).toBe(true);
  });

  it('knows after a reload that a Save put the latest version in the file', async () => {
    const id = await openFile('triage.sprintbook');
    state().execute(setTitle('Saved to the file'));
    await saveFile(testApp());
    await reload(id);
    expect(selectFileDirty(testEditor().doc.getState())).toBe(false);
    expect(state().file?.handle).toBe('h-triage');
  });

  it('links the file Save As chose, for the next reload', async () => {
    const id = await openFile('triage.sprintbook');
    host.saveWorkbook = async (handle) => {
      saveHandles.push(handle);
      return { ok: true, value: { handle: 'h-elsewhere', name: 'elsewhere.sprintbook' } };
    };
    await saveFile(testApp(), true);
    await reload(id);
    expect(state().file).toEqual({ handle: 'h-elsewhere', name: 'elsewhere.sprintbook' });
    expect(saveHandles).toEqual([null]);
  });

  it('asks where to save when the host no longer knows the file, saying why', async () => {
    const id = await openFile('triage.sprintbook');
    await reload(id);
    host.saveWorkbook = async (handle, name) => {
      saveHandles.push(handle);
      return handle === null
        ? { ok: true, value: { handle: 'h-new', name } }
        : { ok: false, error: { code: 'unknown-handle', message: 'forgotten' } };
    };
    expect(await saveFile(testApp())).toBe(true);
    expect(saveHandles).toEqual(['h-triage', null]);
    expect(state().toasts.map((t) => t.message)).toContain('Sprintbook can no longer reach triage.sprintbook: choose where to save it.');
    expect(state().file).toEqual({ handle: 'h-new', name: 'triage.sprintbook' });
  });
});
