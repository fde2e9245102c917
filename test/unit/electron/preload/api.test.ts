import { describe, expect, it, vi } from 'vitest';
import { channelOf, HOST_CALLS, type Host, type MenuCommand } from '../../../../shared/host';
import { createHostApi, type RendererIpc } from '../../../../electron/preload/api';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** An ipcRenderer stand-in that records what crosses. */
function fakeIpc(answer: (channel: string, args: unknown[]) => unknown = () => ({ ok: true, value: null })) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => answer(channel, args)),
    send: vi.fn(),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipcRenderer itself' }, ...args);
    },
    count: (channel: string) => listeners.get(channel)?.size ?? 0,
  };
  return ipc;
}

describe('the preload’s window.sprintbook', () => {
  it('exposes exactly the Host: its calls, onMenuCommand and setDocumentState', () => {
    const api = createHostApi(fakeIpc() as RendererIpc);
    expect(Object.keys(api).sort()).toEqual([...HOST_CALLS, 'onMenuCommand', 'setDocumentState'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('is frozen, so the page cannot swap a call for its own', () => {
    const api = createHostApi(fakeIpc() as RendererIpc);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes each call on its own channel with its arguments', async () => {
    const ipc = fakeIpc();
    const api: Host = createHostApi(ipc as RendererIpc);
    const bytes = new Uint8Array([1, 2]);
    await api.info();
    await api.openWorkbook();
    await api.readWorkbook('h');
    await api.saveWorkbook(null, 'Plan', '{}');
    await api.saveExport('a.pdf', 'application/pdf', bytes);
    await api.takeLaunchFile();
    await api.openExternal('https://example.com/');
    expect(ipc.invoke.mock.calls).toEqual([
      [channelOf('info')],
      [channelOf('openWorkbook')],
      [channelOf('readWorkbook'), 'h'],
      [channelOf('saveWorkbook'), null, 'Plan', '{}'],
      [channelOf('saveExport'), 'a.pdf', 'application/pdf', bytes],
      [channelOf('takeLaunchFile')],
      [channelOf('openExternal'), 'https://example.com/'],
    ]);
  });

  it('answers a failed invoke with an io result instead of a rejection', async () => {
    const ipc = fakeIpc(() => {
      throw new Error('No handler registered');
    });
    const api = createHostApi(ipc as RendererIpc);
    await expect(api.openWorkbook()).resolves.toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/No handler/) } });
  });

  it('delivers menu commands without the IPC event, and unsubscribes', () => {
    const ipc = fakeIpc();
    const api = createHostApi(ipc as RendererIpc);
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args) => received.push(args));
    ipc.emit(channelOf('menuCommand'), 'save' satisfies MenuCommand);
    expect(received).toEqual([['save']]);
    unsubscribe();
    expect(ipc.count(channelOf('menuCommand'))).toBe(0);
    ipc.emit(channelOf('menuCommand'), 'undo');
    expect(received).toEqual([['save']]);
  });

  it('passes on only known menu commands', () => {
    const ipc = fakeIpc();
    const listener = vi.fn();
    createHostApi(ipc as RendererIpc).onMenuCommand(listener);
    ipc.emit(channelOf('menuCommand'), 'format-disk');
    ipc.emit(channelOf('menuCommand'), { command: 'save' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('sends the document state as a one-way message with only its two fields', () => {
    const ipc = fakeIpc();
    const api = createHostApi(ipc as RendererIpc);
    api.setDocumentState({ title: 'Plan', dirty: true, extra: 'x' } as never);
    expect(ipc.send).toHaveBeenCalledWith(channelOf('setDocumentState'), { title: 'Plan', dirty: true });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });
});
