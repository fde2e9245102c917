/**
 * The Electron host: a thin wrapper over the Host the preload exposes as `window.sprintbook`.
 * The preload already speaks the Host interface; this wrapper only turns a rejected IPC call
 * (a crashed main process, a missing handler) into a HostResult, so callers never see a throw.
 */
import type { Host, HostResult } from '../../shared/host';

async function guarded<T>(call: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
  try {
    return await call();
  } catch (e) {
    return { ok: false, error: { code: 'io', message: e instanceof Error ? e.message : String(e) } };
  }
}

export function electronHost(bridge: Host): Host {
  return {
    info: () => bridge.info(),
    openWorkbook: () => guarded(() => bridge.openWorkbook()),
    readWorkbook: (handle) => guarded(() => bridge.readWorkbook(handle)),
    saveWorkbook: (handle, suggestedName, text) => guarded(() => bridge.saveWorkbook(handle, suggestedName, text)),
    saveExport: (suggestedName, mimeType, bytes) => guarded(() => bridge.saveExport(suggestedName, mimeType, bytes)),
    saveExports: (name, files) => guarded(() => bridge.saveExports(name, files)),
    takeLaunchFile: () => guarded(() => bridge.takeLaunchFile()),
    openExternal: (url) => guarded(() => bridge.openExternal(url)),
    roomStart: (options) => guarded(() => bridge.roomStart(options)),
    roomStop: () => guarded(() => bridge.roomStop()),
    roomStatus: () => guarded(() => bridge.roomStatus()),
    openPresenter: (workbookId) => guarded(() => bridge.openPresenter(workbookId)),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    setDocumentState: (state) => bridge.setDocumentState(state),
  };
}
