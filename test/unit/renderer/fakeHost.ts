/** A Host for tests: records what it was asked, answers with what the test queued. */
import type { FileRef, Host, HostResult, MenuCommand, OpenedFile } from '../../../shared/host';

export interface FakeHost extends Host {
  readonly saved: { name: string; text?: string; mimeType?: string; bytes?: Uint8Array }[];
  nextOpen: HostResult<OpenedFile>;
  emit(command: MenuCommand): void;
  documentState: { title: string; dirty: boolean } | null;
}

export function fakeHost(): FakeHost {
  const listeners = new Set<(c: MenuCommand) => void>();
  const ok = <T,>(value: T): HostResult<T> => ({ ok: true, value });
  const host: FakeHost = {
    saved: [],
    nextOpen: { ok: false, error: { code: 'cancelled', message: 'Cancelled.' } },
    documentState: null,
    info: async () => ({ kind: 'browser', platform: 'linux', version: 'test' }),
    openWorkbook: async () => host.nextOpen,
    readWorkbook: async () => ({ ok: false, error: { code: 'unsupported', message: 'no' } }),
    saveWorkbook: async (handle, suggestedName, text) => {
      host.saved.push({ name: suggestedName, text });
      return ok<FileRef>({ handle: handle ?? 'h-1', name: suggestedName });
    },
    saveExport: async (suggestedName, mimeType, bytes) => {
      host.saved.push({ name: suggestedName, mimeType, bytes });
      return ok<FileRef>({ handle: 'x', name: suggestedName });
    },
    saveExports: async (name, files) => {
      for (const f of files) host.saved.push({ name: f.name, mimeType: f.mimeType, bytes: f.bytes });
      return ok({ place: `${name}.zip`, kind: 'zip' as const, written: files.map((f) => f.name) });
    },
    takeLaunchFile: async () => ok(null),
    openExternal: async () => ok(undefined),
    roomStart: async () => ({ ok: false, error: { code: 'unsupported', message: 'No room in tests.' } }),
    roomStop: async () => ok({ open: false, addresses: [] }),
    roomStatus: async () => ok({ open: false, addresses: [] }),
    openPresenter: async () => ok(undefined),
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setDocumentState: (s) => {
      host.documentState = s;
    },
    emit: (command) => listeners.forEach((l) => l(command)),
  };
  return host;
}
