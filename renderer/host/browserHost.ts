/**
 * The browser host: the File System Access API where the browser has it (Chromium), and an
 * `<input type=file>` plus a download otherwise. Handles are random ids for the
 * FileSystemFileHandles (or, without the API, just the file names) the user picked, kept in
 * IndexedDB (renderer/host/handleStore) so a handle still names its file after a reload: Save
 * asks the browser again for permission to write it, never for the file.
 */
import type { FileRef, Host, HostError, HostInfo, HostResult, OpenedFile } from '../../shared/host';
import { canRead, canWrite, isAbort, pickers, WORKBOOK_TYPES, writeHandle } from './fileAccess';
import { download, pickWithInput } from './fallbacks';
import { zipExports, zipName } from './zipExports';
import { indexedDbHandleStore, memoryHandleStore, type HandleEntry as Entry, type HandleStore } from './handleStore';

export interface BrowserHostOptions {
  /** Where handles are kept (default: IndexedDB where the browser has it, else this page's memory). */
  readonly handles?: HandleStore;
}

const ok = <T,>(value: T): HostResult<T> => ({ ok: true, value });
const fail = (code: HostError['code'], message: string): HostResult<never> => ({ ok: false, error: { code, message } });
const cancelled = () => fail('cancelled', 'Cancelled.');

function failure(e: unknown): HostResult<never> {
  if (isAbort(e)) return cancelled();
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof DOMException) {
    if (e.name === 'NotFoundError') return fail('not-found', 'The file is gone: it was moved or deleted.');
    if (e.name === 'NotAllowedError' || e.name === 'SecurityError') return fail('permission', `The browser refused access to the file (${message}).`);
  }
  return fail('io', message);
}

function platform(): HostInfo['platform'] {
  const p = (navigator.platform || navigator.userAgent).toLowerCase();
  if (p.includes('mac')) return 'mac';
  if (p.includes('win')) return 'windows';
  if (p.includes('linux')) return 'linux';
  return 'other';
}

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * The workshop room through the loopback server that serves this page (`npm run web`): its
 * /room/api endpoints answer only requests carrying the app's header, from this origin.
 */
async function roomCall<T>(call: 'start' | 'stop' | 'status', body?: unknown): Promise<HostResult<T>> {
  try {
    const response = await fetch(new URL(`/room/api/${call}`, location.origin), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'X-Sprintbook-Room': '1', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      cache: 'no-store',
    });
    if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
      return fail('unsupported', 'This server cannot host a workshop room: open Sprintbook with `npm run web` or the desktop app.');
    }
    return (await response.json()) as HostResult<T>;
  } catch (e) {
    return fail('unsupported', `The workshop room could not be reached (${e instanceof Error ? e.message : String(e)}).`);
  }
}

export function browserHost(options: BrowserHostOptions = {}): Host {
  const kept = options.handles ?? (typeof indexedDB !== 'undefined' ? indexedDbHandleStore() : memoryHandleStore());
  const entries = new Map<string, Entry>();
  /**
   * Hands out a handle for `entry`: unique across tabs and reloads. A workbook's is kept for the
   * next page; an export's names what was written and is never used again.
   */
  const remember = async (entry: Entry, name: string, keep = true): Promise<FileRef> => {
    const handle = `browser-${randomId()}`;
    entries.set(handle, entry);
    if (!keep) return { handle, name };
    try {
      await kept.put(handle, entry);
    } catch {
      // Storage unavailable: the file stays linked for this page; after a reload Save asks where.
    }
    return { handle, name };
  };
  const recall = async (handle: string): Promise<Entry | undefined> => {
    const known = entries.get(handle);
    if (known) return known;
    let found: Entry | undefined;
    try {
      found = await kept.get(handle);
    } catch {
      found = undefined;
    }
    if (found) entries.set(handle, found);
    return found;
  };

  async function readFile(file: File, ref: FileRef): Promise<OpenedFile> {
    return { ...ref, bytes: new Uint8Array(await file.arrayBuffer()) };
  }

  async function saveAs(suggestedName: string, data: string | Uint8Array, mimeType: string, keep: boolean): Promise<HostResult<FileRef>> {
    const { showSaveFilePicker } = pickers();
    // The picker needs a fresh user gesture; after a long export it is gone, so download instead.
    const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    if (showSaveFilePicker && activation?.isActive !== false) {
      try {
        const extension = suggestedName.includes('.') ? suggestedName.slice(suggestedName.lastIndexOf('.')) : '';
        const types = extension ? [{ description: `${extension.slice(1).toUpperCase()} file`, accept: { [mimeType]: [extension] } }] : [];
        const handle = await pickers().showSaveFilePicker!.call(window, { suggestedName, types });
        await writeHandle(handle, data);
        return ok(await remember({ kind: 'fs', handle }, handle.name, keep));
      } catch (e) {
        if (!(e instanceof DOMException && e.name === 'SecurityError')) return failure(e);
      }
    }
    download(suggestedName, mimeType, data);
    return ok(await remember({ kind: 'download', name: suggestedName }, suggestedName, keep));
  }

  return {
    async info() {
      return { kind: 'browser', platform: platform(), version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev' };
    },

    async openWorkbook() {
      const { showOpenFilePicker } = pickers();
      try {
        if (showOpenFilePicker) {
          const [handle] = await showOpenFilePicker.call(window, { types: WORKBOOK_TYPES, multiple: false });
          if (!handle) return cancelled();
          const file = await handle.getFile();
          return ok(await readFile(file, await remember({ kind: 'fs', handle }, handle.name)));
        }
        const file = await pickWithInput('.sprintbook,application/json');
        if (!file) return cancelled();
        return ok(await readFile(file, await remember({ kind: 'download', name: file.name }, file.name)));
      } catch (e) {
        return failure(e);
      }
    },

    async readWorkbook(handle) {
      const entry = await recall(handle);
      if (!entry) return fail('unknown-handle', 'This browser no longer has access to the file: open it again.');
      if (entry.kind !== 'fs') return fail('unsupported', 'This browser cannot read a file again; open it once more.');
      try {
        if (!(await canRead(entry.handle))) {
          return fail('permission', `The browser was not allowed to read ${entry.handle.name}. Allow it when the browser asks, or open the file again.`);
        }
        const file = await entry.handle.getFile();
        return ok(await readFile(file, { handle, name: entry.handle.name }));
      } catch (e) {
        return failure(e);
      }
    },

    async saveWorkbook(handle, suggestedName, text) {
      const entry = handle === null ? undefined : await recall(handle);
      if (handle !== null && !entry) return fail('unknown-handle', 'This browser no longer has access to the file (its site data was cleared, or the file was linked long ago).');
      if (entry?.kind === 'fs') {
        try {
          if (!(await canWrite(entry.handle))) {
            return fail('permission', `The browser was not allowed to write ${entry.handle.name}. Allow it when the browser asks, or use Save As… to choose the file again.`);
          }
          await writeHandle(entry.handle, text);
          return ok({ handle: handle!, name: entry.handle.name });
        } catch (e) {
          return failure(e);
        }
      }
      // Without the API a file cannot be written in place: download it again, under its own name.
      return saveAs(entry?.kind === 'download' ? entry.name : suggestedName, text, 'application/x-sprintbook+json', true);
    },

    saveExport: (suggestedName, mimeType, bytes) => saveAs(suggestedName, bytes, mimeType, false),

    async saveExports(name, files) {
      const zip = zipExports(files);
      const saved = await saveAs(zipName(name), zip.bytes, 'application/zip', false);
      return saved.ok ? ok({ place: saved.value.name, kind: 'zip' as const, written: zip.names }) : saved;
    },

    async takeLaunchFile() {
      return ok(null);
    },

    async openExternal(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return fail('invalid-payload', 'Not a link.');
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'mailto:') return fail('invalid-payload', 'Only https: and mailto: links open.');
      window.open(parsed.href, '_blank', 'noopener,noreferrer');
      return ok(undefined);
    },

    roomStart: (options) => roomCall('start', options),
    roomStop: () => roomCall('stop', {}),
    roomStatus: () => roomCall('status'),

    // A second window of this page; the name makes a second Present bring the same window forward.
    async openPresenter(workbookId) {
      const url = `${location.pathname}${location.search}#/present/${encodeURIComponent(workbookId)}`;
      const opened = window.open(url, `sprintbook-presenter-${workbookId}`, 'popup,width=1280,height=720');
      if (!opened) return fail('permission', 'The browser blocked the presenter window. Allow pop-ups for this page, then press Present again.');
      opened.focus();
      return ok(undefined);
    },

    // A browser tab has no native menu: the app's own keyboard shortcuts do the work.
    onMenuCommand: () => () => undefined,

    setDocumentState({ title, dirty }) {
      document.title = `${dirty ? '• ' : ''}${title} — Sprintbook`;
    },
  };
}
