// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../../../shared/format/serialize';
import type { Workbook } from '../../../../shared/model';
import { acceptMerge, declineMerge, MERGE_ACTION } from '../../../../renderer/actions/fileMerge';
import { openPicked, saveFile } from '../../../../renderer/actions/files';
import { openStored } from '../../../../renderer/actions/workbooks';
import { startAutosave, type Autosave } from '../../../../renderer/db/autosave';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { createNotices } from '../../../../renderer/db/notices';
import { setServices } from '../../../../renderer/db/services';
import { SILENT_CHANNEL } from '../../../../renderer/db/tabChannel';
import { setPilotName, setTitle } from '../../../../renderer/state/commands';
import type { MergeOffer } from '../../../../renderer/state/mergeOffer';
import { fakeDb, until } from '../db/fakeDb';
import { fakeHost, type FakeHost } from '../fakeHost';
import { freshApp, state, template, templateText, testApp } from '../helpers';

const FILE = { handle: 'h-triage', name: 'triage.sprintbook' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('saving to a file that changed on disk', () => {
  let db: SprintbookDb;
  let host: FakeHost;
  let autosave: Autosave;
  /** The file system: what each handle's file holds now. */
  let disk: Map<string, string>;
  let writes: number;

  function startPage() {
    freshApp();
    autosave = startAutosave({ db, app: testApp(), debounceMs: 5, maxWaitMs: 10, channel: SILENT_CHANNEL, notices: createNotices() });
    setServices({ db, host, autosave });
  }
  /** Someone else edits the file (another copy of Sprintbook, a colleague's git pull). */
  function editOnDisk(edit: (w: Workbook) => Workbook) {
    const now = JSON.parse(disk.get(FILE.handle)!) as Workbook;
    disk.set(FILE.handle, serializeWorkbook(edit(now)));
  }
  const offer = (): MergeOffer => {
    const d = state().dialog;
    if (d?.kind !== 'merge') throw new Error(`No merge is offered (dialog: ${d?.kind ?? 'none'}).`);
    return d.offer;
  };
  const onDisk = () => JSON.parse(disk.get(FILE.handle)!) as Workbook;

  beforeEach(async () => {
    db = fakeDb();
    host = fakeHost();
    disk = new Map([[FILE.handle, templateText('support-triage')]]);
    writes = 0;
    host.readWorkbook = async (handle) => {
      const text = disk.get(handle);
      return text === undefined
        ? { ok: false, error: { code: 'not-found', message: 'gone' } }
        : { ok: true, value: { handle, name: FILE.name, bytes: bytes(text) } };
    };
    host.saveWorkbook = async (handle, name, text) => {
      writes++;
      disk.set(handle ?? 'h-new', text);
      return { ok: true, value: { handle: handle ?? 'h-new', name } };
    };
    startPage();
    await openPicked(testApp(), { ...FILE, bytes: bytes(disk.get(FILE.handle)!) });
  });
  afterEach(() => {
    autosave.dispose();
    setServices(null);
    db.close();
  });

  it('writes as before when the file still holds what this copy last read', async () => {
    state().execute(setTitle('Only here'));
    expect(await saveFile(testApp())).toBe(true);
    expect(state().dialog).toBeNull();
    expect(onDisk().title).toBe('Only here');
  });

  it('writes nothing and offers a merge when the file changed since it was opened', async () => {
    state().execute(setTitle('Renamed in the app'));
    editOnDisk((w) => ({ ...w, pilot: { ...w.pilot, name: 'Renamed on disk' } }));
    const before = disk.get(FILE.handle);
    expect(await saveFile(testApp())).toBe(false);
    expect(writes).toBe(0);
    expect(disk.get(FILE.handle)).toBe(before);
    expect(offer().when).toBe('save');
    expect(offer().result.conflicts).toEqual([]);
  });

  it('merges both edits as one undo step with an audit entry, then saves them to the file', async () => {
    state().execute(setTitle('Renamed in the app'));
    editOnDisk((w) => ({ ...w, pilot: { ...w.pilot, name: 'Renamed on disk' } }));
    await saveFile(testApp());
    const pastBefore = state().past.length;
    expect(await acceptMerge(testApp(), offer(), new Map(), () => saveFile(testApp()))).toBe(true);

    expect(state().workbook!.title).toBe('Renamed in the app');
    expect(state().workbook!.pilot.name).toBe('Renamed on disk');
    expect(state().past.length).toBe(pastBefore + 1);
    const entry = state().workbook!.audit.at(-1)!;
    expect(entry.action).toBe(MERGE_ACTION);
    expect(entry.detail).toContain('triage.sprintbook');
    expect(entry.detail).toContain('no conflict');
    expect(onDisk().title).toBe('Renamed in the app');
    expect(onDisk().pilot.name).toBe('Renamed on disk');

    state().undo();
    expect(state().workbook!.title).toBe('Renamed in the app');
    expect(state().workbook!.pilot.name).not.toBe('Renamed on disk');
  });

  it('asks for a choice on a conflict and takes it', async () => {
    state().execute(setPilotName('The app’s pilot'));
    editOnDisk((w) => ({ ...w, pilot: { ...w.pilot, name: 'The file’s pilot' } }));
    await saveFile(testApp());
    const [conflict, ...more] = offer().result.conflicts;
    expect(more).toEqual([]);
    expect(conflict!.record.kind).toBe('pilot');

    expect(await acceptMerge(testApp(), offer(), new Map(), () => saveFile(testApp()))).toBe(false);
    expect(writes).toBe(0);
    expect(state().toasts.at(-1)!.message).toMatch(/Choose a side for every conflict/);

    expect(await acceptMerge(testApp(), offer(), new Map([[conflict!.id, 'theirs']]), () => saveFile(testApp()))).toBe(true);
    expect(state().workbook!.pilot.name).toBe('The file’s pilot');
    expect(state().workbook!.audit.at(-1)!.detail).toContain('1 conflict chosen: 0 kept from this copy, 1 taken from the file');
    expect(onDisk().pilot.name).toBe('The file’s pilot');
  });

  it('changes nothing on Cancel, and offers the merge again on the next Save', async () => {
    state().execute(setTitle('Renamed in the app'));
    editOnDisk((w) => ({ ...w, pilot: { ...w.pilot, name: 'Renamed on disk' } }));
    await saveFile(testApp());
    const pastBefore = state().past.length;
    declineMerge(testApp(), offer());
    expect(state().dialog).toBeNull();
    expect(state().past.length).toBe(pastBefore);
    expect(onDisk().pilot.name).toBe('Renamed on disk');
    expect(onDisk().title).not.toBe('Renamed in the app');
    expect(await saveFile(testApp())).toBe(false);
    expect(offer().when).toBe('save');
  });

  it('does not overwrite a file that now holds another workbook or no workbook at all', async () => {
    state().execute(setTitle('Renamed in the app'));
    disk.set(FILE.handle, serializeWorkbook({ ...template('blank'), id: 'wb-someone-else' }));
    expect(await saveFile(testApp())).toBe(false);
    expect(state().toasts.at(-1)!.message).toMatch(/now holds another workbook/);
    disk.set(FILE.handle, '{ not json');
    expect(await saveFile(testApp())).toBe(false);
    expect(state().toasts.at(-1)!.message).toMatch(/no longer opens/);
    expect(writes).toBe(0);
  });

  it('does not write a file it was not allowed to read, saying why', async () => {
    state().execute(setTitle('Renamed in the app'));
    host.readWorkbook = async () => ({ ok: false, error: { code: 'permission', message: 'the browser said no' } });
    expect(await saveFile(testApp())).toBe(false);
    expect(writes).toBe(0);
    expect(state().toasts.at(-1)!.message).toMatch(/could not be read to check .* \(the browser said no\), so it was not overwritten/);
  });

  it('writes a file that is gone, as before', async () => {
    state().execute(setTitle('Renamed in the app'));
    disk.delete(FILE.handle);
    expect(await saveFile(testApp())).toBe(true);
    expect(onDisk().title).toBe('Renamed in the app');
  });

  it('treats a file whose text was only laid out differently as unchanged', async () => {
    disk.set(FILE.handle, JSON.stringify(JSON.parse(disk.get(FILE.handle)!)));
    state().execute(setTitle('Renamed in the app'));
    expect(await saveFile(testApp())).toBe(true);
    expect(onDisk().title).toBe('Renamed in the app');
  });

  it('offers the merge when the file is opened again after it changed, instead of asking to replace the working copy', async () => {
    const id = state().workbook!.id;
    state().execute(setTitle('Renamed in the app'));
    await until(() => state().saveStatus.state === 'saved');
    editOnDisk((w) => ({ ...w, pilot: { ...w.pilot, name: 'Renamed on disk' } }));
    state().closeWorkbook();
    await openPicked(testApp(), { handle: 'h-picked-again', name: FILE.name, bytes: bytes(disk.get(FILE.handle)!) });
    expect(offer()).toMatchObject({ when: 'open', file: { handle: 'h-picked-again' } });
    expect(state().workbook!.id).toBe(id);
    disk.set('h-picked-again', disk.get(FILE.handle)!);

    declineMerge(testApp(), offer());
    expect(await saveFile(testApp())).toBe(false); // the file is still unmerged: Save offers again
    expect(offer().when).toBe('save');
    expect(await acceptMerge(testApp(), offer(), new Map(), () => saveFile(testApp()))).toBe(true);
    const written = JSON.parse(disk.get('h-picked-again')!) as Workbook;
    expect([written.title, written.pilot.name]).toEqual(['Renamed in the app', 'Renamed on disk']);
  });

  it('asks as before when the file opened again holds what this copy last read', async () => {
    state().closeWorkbook();
    await openPicked(testApp(), { handle: 'h-picked-again', name: FILE.name, bytes: bytes(disk.get(FILE.handle)!) });
    expect(state().dialog?.kind).toBe('already-in-library');
  });

  it('offers the merge when a workbook whose file changed is opened from the library', async () => {
    const id = state().workbook!.id;
    await saveFile(testApp());
    editOnDisk((w) => ({ ...w, pilot: { ...w.pilot, name: 'Renamed on disk' } }));
    autosave.dispose();
    startPage();
    state().navigate({ screen: 'workbook', workbookId: id, stage: 'overview' });
    expect(await openStored(testApp(), id)).toEqual({ state: 'opened' });
    expect(offer().when).toBe('open');
    expect(await acceptMerge(testApp(), offer(), new Map(), () => saveFile(testApp()))).toBe(true);
    expect(state().workbook!.pilot.name).toBe('Renamed on disk');
    expect(writes).toBe(1); // the first Save only: merging on open leaves writing to the next Save
    expect(await saveFile(testApp())).toBe(true);
    expect(writes).toBe(2);
  });
});
