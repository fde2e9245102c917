// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserHost } from '../../../../renderer/host/browserHost';
import { electronHost } from '../../../../renderer/host/electronHost';
import { fakeHost } from '../fakeHost';

const win = window as unknown as Record<string, unknown>;

describe('the browser host without the File System Access API', () => {
  let clicked: HTMLAnchorElement[];
  beforeEach(() => {
    clicked = [];
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves a workbook as a download with the suggested name', async () => {
    const result = await browserHost().saveWorkbook(null, 'Claims.sprintbook', '{}');
    expect(result).toMatchObject({ ok: true, value: { name: 'Claims.sprintbook' } });
    expect(clicked[0]!.download).toBe('Claims.sprintbook');
  });

  it('saves exported bytes as a download too', async () => {
    const result = await browserHost().saveExport('report.pdf', 'application/pdf', new Uint8Array([37, 80, 68, 70]));
    expect(result.ok).toBe(true);
    expect(clicked[0]!.download).toBe('report.pdf');
  });

  it('opens a file through a file input, and reports a closed dialog as cancelled', async () => {
    const host = browserHost();
    const opening = host.openWorkbook();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    input.dispatchEvent(new Event('cancel'));
    expect(await opening).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('cannot re-read a file it never opened', async () => {
    expect(await browserHost().readWorkbook('nope')).toMatchObject({ ok: false, error: { code: 'unknown-handle' } });
  });

  it('opens only https: and mailto: links', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    expect((await browserHost().openExternal('javascript:alert(1)')).ok).toBe(false);
    expect((await browserHost().openExternal('https://example.com')).ok).toBe(true);
    expect(open).toHaveBeenCalledOnce();
  });

  it('shows unsaved changes in the window title', () => {
    browserHost().setDocumentState({ title: 'Claims', dirty: true });
    expect(document.title).toBe('• Claims — Sprintbook');
  });
});

describe('the browser host with the File System Access API', () => {
  afterEach(() => {
    delete win.showOpenFilePicker;
    delete win.showSaveFilePicker;
  });

  function fileHandle(name: string, content: string) {
    const written: unknown[] = [];
    return {
      written,
      handle: {
        name,
        getFile: async () => new File([content], name),
        createWritable: async () => ({ write: async (d: unknown) => void written.push(d), close: async () => undefined, abort: async () => undefined }),
        queryPermission: async () => 'granted',
      },
    };
  }

  it('opens through the picker and writes back to the same file on Save', async () => {
    const file = fileHandle('triage.sprintbook', '{"a":1}');
    win.showOpenFilePicker = vi.fn(async () => [file.handle]);
    const host = browserHost();
    const opened = await host.openWorkbook();
    expect(opened.ok && new TextDecoder().decode(opened.value.bytes)).toBe('{"a":1}');
    const handle = opened.ok ? opened.value.handle : '';
    const saved = await host.saveWorkbook(handle, 'ignored.sprintbook', '{"a":2}');
    expect(saved).toMatchObject({ ok: true, value: { handle, name: 'triage.sprintbook' } });
    expect(file.written).toEqual(['{"a":2}']);
  });

  it('reports a closed picker as cancelled', async () => {
    win.showOpenFilePicker = vi.fn(async () => {
      throw new DOMException('closed', 'AbortError');
    });
    expect(await browserHost().openWorkbook()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});

describe('the Electron host', () => {
  it('passes calls through to the preload, and turns a failed IPC call into an error value', async () => {
    const bridge = fakeHost();
    bridge.openWorkbook = async () => {
      throw new Error('main process gone');
    };
    const host = electronHost(bridge);
    expect(await host.info()).toMatchObject({ kind: 'browser', version: 'test' });
    expect(await host.openWorkbook()).toEqual({ ok: false, error: { code: 'io', message: 'main process gone' } });
  });
});
