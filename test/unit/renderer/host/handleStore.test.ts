// @vitest-environment jsdom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserHost } from '../../../../renderer/host/browserHost';
import { indexedDbHandleStore, MAX_KEPT, memoryHandleStore, type HandleStore } from '../../../../renderer/host/handleStore';

const win = window as unknown as Record<string, unknown>;

/** A FileSystemFileHandle stand-in whose permission starts as the browser leaves it after a reload. */
function fileHandle(name: string, content: string, permission: PermissionState = 'prompt') {
  const state = { permission, written: [] as unknown[], asked: 0 };
  const handle = {
    name,
    getFile: async () => new File([content], name),
    createWritable: async () => ({ write: async (d: unknown) => void state.written.push(d), close: async () => undefined, abort: async () => undefined }),
    queryPermission: async () => state.permission,
    requestPermission: async (): Promise<PermissionState> => {
      state.asked++;
      state.permission = 'granted';
      return state.permission;
    },
  };
  return { state, handle };
}

describe('the browser host keeps the files it was given across a reload', () => {
  let indexedDB: IDBFactory;
  const store = (now?: () => number): HandleStore => indexedDbHandleStore('sprintbook-files', { indexedDB, IDBKeyRange }, now);
  beforeEach(() => {
    indexedDB = new IDBFactory();
  });
  afterEach(() => {
    delete win.showOpenFilePicker;
    delete win.showSaveFilePicker;
    vi.restoreAllMocks();
  });

  // A stand-in handle holds functions, which IndexedDB cannot clone (a real FileSystemFileHandle
  // it can: test/e2e/file-link.test.ts), so these two keep handles in a store both "pages" share.
  it('writes the file it opened before the reload, asking for permission again and never for the file', async () => {
    const file = fileHandle('triage.sprintbook', '{"a":1}', 'granted');
    win.showOpenFilePicker = vi.fn(async () => [file.handle]);
    const picker = vi.fn();
    win.showSaveFilePicker = picker;
    const kept = memoryHandleStore();
    const opened = await browserHost({ handles: kept }).openWorkbook();
    const handle = opened.ok ? opened.value.handle : '';
    expect(handle).toMatch(/^browser-[0-9a-f-]{36}$/);

    // A reload: a new host on the same IndexedDB, and the browser forgot the permission.
    file.state.permission = 'prompt';
    const saved = await browserHost({ handles: kept }).saveWorkbook(handle, 'ignored.sprintbook', '{"a":2}');
    expect(saved).toEqual({ ok: true, value: { handle, name: 'triage.sprintbook' } });
    expect(file.state.written).toEqual(['{"a":2}']);
    expect(file.state.asked).toBe(1);
    expect(picker).not.toHaveBeenCalled();
  });

  it('says so when the browser is not allowed to write the file, and writes nothing', async () => {
    const file = fileHandle('triage.sprintbook', '{}', 'granted');
    win.showOpenFilePicker = vi.fn(async () => [file.handle]);
    const kept = memoryHandleStore();
    const opened = await browserHost({ handles: kept }).openWorkbook();
    file.state.permission = 'prompt';
    file.handle.requestPermission = async () => 'denied';
    const saved = await browserHost({ handles: kept }).saveWorkbook(opened.ok ? opened.value.handle : '', 'x', '{}');
    expect(saved).toMatchObject({ ok: false, error: { code: 'permission', message: expect.stringMatching(/not allowed to write triage\.sprintbook.*Save As/) } });
    expect(file.state.written).toEqual([]);
  });

  it('downloads again under the same name after a reload where the browser has no File System Access', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const first = await browserHost({ handles: store() }).saveWorkbook(null, 'Claims.sprintbook', '{}');
    const handle = first.ok ? first.value.handle : '';
    const again = await browserHost({ handles: store() }).saveWorkbook(handle, 'Renamed since.sprintbook', '{}');
    expect(again).toMatchObject({ ok: true, value: { name: 'Claims.sprintbook' } });
    expect(clicked).toEqual(['Claims.sprintbook', 'Claims.sprintbook']);
  });

  it('keeps the files workbooks were saved to, not the exports', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const kept = memoryHandleStore();
    const put = vi.spyOn(kept, 'put');
    const host = browserHost({ handles: kept });
    await host.saveExport('report.pdf', 'application/pdf', new Uint8Array([37]));
    expect(put).not.toHaveBeenCalled();
    await host.saveWorkbook(null, 'Claims.sprintbook', '{}');
    expect(put).toHaveBeenCalledOnce();
  });

  it('does not know a handle it never gave out, in any page', async () => {
    expect(await browserHost({ handles: store() }).saveWorkbook('browser-made-up', 'x', '{}')).toMatchObject({ ok: false, error: { code: 'unknown-handle' } });
  });

  it(`keeps the newest ${MAX_KEPT} handles and forgets older ones`, async () => {
    let t = 0;
    const kept = store(() => ++t);
    for (let i = 0; i < MAX_KEPT + 3; i++) await kept.put(`h-${i}`, { kind: 'download', name: `${i}.sprintbook` });
    expect(await kept.get('h-0')).toBeUndefined();
    expect(await kept.get('h-2')).toBeUndefined();
    expect(await kept.get('h-3')).toEqual({ kind: 'download', name: '3.sprintbook' });
    expect(await kept.get(`h-${MAX_KEPT + 2}`)).toBeDefined();
  });
});
