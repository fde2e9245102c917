// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserHost } from '../../../../renderer/host/browserHost';
import { memoryHandleStore } from '../../../../renderer/host/handleStore';

const win = window as unknown as Record<string, unknown>;

/** A FileSystemFileHandle stand-in that reads only with permission, as Chromium's does. */
function fileHandle(name: string, content: string) {
  const state = { permission: 'granted' as PermissionState, asked: [] as string[], answer: 'granted' as PermissionState };
  const handle = {
    name,
    getFile: async () => {
      if (state.permission !== 'granted') throw new DOMException('No permission.', 'NotAllowedError');
      return new File([content], name);
    },
    queryPermission: async () => state.permission,
    requestPermission: async ({ mode }: { mode: string }): Promise<PermissionState> => {
      state.asked.push(mode);
      state.permission = state.answer;
      return state.permission;
    },
  };
  return { state, handle };
}

describe('reading a file kept from an earlier page (Save reads it first, to merge)', () => {
  afterEach(() => {
    delete win.showOpenFilePicker;
    vi.restoreAllMocks();
  });

  async function openedThenReloaded(file: ReturnType<typeof fileHandle>) {
    win.showOpenFilePicker = vi.fn(async () => [file.handle]);
    const kept = memoryHandleStore();
    const opened = await browserHost({ handles: kept }).openWorkbook();
    file.state.permission = 'prompt'; // a reload: the browser forgot the permission
    return { host: browserHost({ handles: kept }), handle: opened.ok ? opened.value.handle : '' };
  }

  it('asks the browser for permission to read, then reads', async () => {
    const file = fileHandle('triage.sprintbook', '{"a":1}');
    const { host, handle } = await openedThenReloaded(file);
    const read = await host.readWorkbook(handle);
    expect(read.ok && new TextDecoder().decode(read.value.bytes)).toBe('{"a":1}');
    expect(file.state.asked).toEqual(['read']);
  });

  it('says so when the browser is not allowed to read the file', async () => {
    const file = fileHandle('triage.sprintbook', '{"a":1}');
    const { host, handle } = await openedThenReloaded(file);
    file.state.answer = 'denied';
    expect(await host.readWorkbook(handle)).toMatchObject({ ok: false, error: { code: 'permission', message: expect.stringMatching(/not allowed to read triage\.sprintbook/) } });
  });
});
