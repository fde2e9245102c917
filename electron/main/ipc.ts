/**
 * The IPC endpoints: one `ipcMain.handle` per Host call, plus the one-way document state. Each
 * checks its sender before anything else and then hands the raw arguments to the host service,
 * which validates them; answers are always HostResult values, never thrown errors.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { channelOf, HOST_CALLS, type HostResult } from '../../shared/host';
import { APP_ORIGIN } from './app-origin';
import type { DocumentState } from './document-state';
import { failure } from './host-errors';
import type { HostService } from './host-service';
import { validateDocumentState } from './ipc-payloads';
import { isTrustedSender, type SenderFrame, type TrustedFrame } from './sender-check';

export interface IpcDeps {
  readonly service: HostService;
  /** The main window's main frame now, or null when there is no window. */
  readonly trustedFrame: () => TrustedFrame | null;
  readonly onDocumentState: (state: DocumentState) => void;
  /** Told of every answered saveWorkbook (a pending "save, then close" needs to know). */
  readonly onSaveSettled: (saved: boolean) => void;
}

export function registerIpc(deps: IpcDeps): void {
  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent) => isTrustedSender(senderOf(event), deps.trustedFrame(), APP_ORIGIN);

  for (const call of HOST_CALLS) {
    ipcMain.handle(channelOf(call), async (event, ...args: unknown[]) => {
      if (!trusted(event)) return failure('permission', 'Sprintbook answers this only to its own window.');
      const answer = await deps.service.call(call, args);
      if (call === 'saveWorkbook') deps.onSaveSettled(isOk(answer));
      return answer;
    });
  }

  ipcMain.on(channelOf('setDocumentState'), (event, payload: unknown) => {
    if (!trusted(event)) return;
    const state = validateDocumentState(payload);
    if (state.ok) deps.onDocumentState(state.value);
  });
}

function isOk(answer: unknown): boolean {
  return (answer as HostResult<unknown> | null)?.ok === true;
}

/** The sending frame as plain data; null when it is gone (navigated away or destroyed). */
function senderOf(event: IpcMainEvent | IpcMainInvokeEvent): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.isDestroyed()) return null;
    return { url: frame.url, processId: frame.processId, routingId: frame.routingId, isMainFrame: frame.parent === null };
  } catch {
    return null;
  }
}
