/**
 * The object the preload exposes as `window.sprintbook`: exactly the `Host` interface, each call
 * a typed `invoke` on its own channel (channelOf), menu commands as a subscription that returns
 * its unsubscribe. The renderer gets functions only — never ipcRenderer, never an IPC event
 * (whose `sender` would be ipcRenderer again). Written against a minimal IPC shape so the tests
 * can check it without Electron.
 */
import { channelOf, type Host, type HostCall, type HostResult, type MenuCommand } from '../../shared/host';

/** The part of ipcRenderer this file uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  send(channel: string, ...args: unknown[]): void;
}

const MENU_COMMANDS: readonly MenuCommand[] = ['new', 'open', 'save', 'save-as', 'export', 'undo', 'redo', 'library'];

export function createHostApi(ipc: RendererIpc): Host {
  /** A call that cannot reach main (no handler, a torn-down window) still answers as a value. */
  const call = async <T>(name: HostCall, ...args: unknown[]): Promise<HostResult<T>> => {
    try {
      return (await ipc.invoke(channelOf(name), ...args)) as HostResult<T>;
    } catch (e) {
      return { ok: false, error: { code: 'io', message: `Sprintbook's main process did not answer ${name}: ${e instanceof Error ? e.message : String(e)}` } };
    }
  };

  const api: Host = {
    info: () => ipc.invoke(channelOf('info')) as ReturnType<Host['info']>,
    openWorkbook: () => call('openWorkbook'),
    readWorkbook: (handle) => call('readWorkbook', handle),
    saveWorkbook: (handle, suggestedName, text) => call('saveWorkbook', handle, suggestedName, text),
    saveExport: (suggestedName, mimeType, bytes) => call('saveExport', suggestedName, mimeType, bytes),
    saveExports: (name, files) => call('saveExports', name, files),
    takeLaunchFile: () => call('takeLaunchFile'),
    openExternal: (url) => call('openExternal', url),
    roomStart: (options) => call('roomStart', options),
    roomStop: () => call('roomStop'),
    roomStatus: () => call('roomStatus'),
    openPresenter: (workbookId) => call('openPresenter', workbookId),
    onMenuCommand(listener) {
      const channel = channelOf('menuCommand');
      const forward = (_event: unknown, command: unknown) => {
        if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
      };
      ipc.on(channel, forward);
      return () => {
        ipc.removeListener(channel, forward);
      };
    },
    setDocumentState(state) {
      // Copy the two fields: the renderer's object may carry more, and only these cross.
      ipc.send(channelOf('setDocumentState'), { title: state.title, dirty: state.dirty });
    },
  };
  return Object.freeze(api);
}
