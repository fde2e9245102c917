/**
 * The `Host` interface: everything the renderer needs from its platform, and nothing more.
 * Electron implements it in main (exposed by the preload over typed IPC: one channel per key),
 * the browser implements it with file inputs, downloads and the File System Access API.
 * Paths never reach the renderer: files are named by opaque handles the host hands out for
 * files the user picked. Failures come back as values, never as thrown strings.
 *
 * The calls' parameters are declared once, as the zod schemas main checks IPC payloads with
 * (host-payloads.ts); their results are declared here.
 */
import type { z } from 'zod';
import type { DOCUMENT_STATE, HOST_CALL_ARGUMENTS } from './host-payloads';
import type { ClosedRoomStatus, OpenRoomStatus, RoomStatus } from './room/status';

export type { ClosedRoomStatus, LanAddress, OpenRoomStatus, RoomStartOptions, RoomStatus } from './room/status';

export type HostErrorCode =
  | 'cancelled'       // the user closed the dialog (not an error to show)
  | 'not-found'       // the file is gone
  | 'permission'      // the OS refused access
  | 'unknown-handle'  // a handle this host never gave out (or forgot)
  | 'invalid-payload' // the call's arguments failed validation
  | 'io'              // any other file-system failure
  | 'unsupported';    // this host cannot do it

export interface HostError { readonly code: HostErrorCode; readonly message: string }

export type HostResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

/** A file the user picked, named by an opaque handle; `name` is for display only. */
export interface FileRef { readonly handle: string; readonly name: string }

export interface OpenedFile extends FileRef { readonly bytes: Uint8Array }

/** Commands from the native menu (Electron) or keyboard shortcuts the host owns. */
export type MenuCommand =
  | 'new' | 'open' | 'save' | 'save-as' | 'export' | 'undo' | 'redo' | 'library';

/** Where "Save all" put the documents: the folder's or the zip's name, and each document's file name there. */
export interface SavedExports {
  readonly place: string;
  readonly kind: 'folder' | 'zip';
  readonly written: readonly string[];
}

export interface HostInfo {
  readonly kind: 'electron' | 'browser';
  readonly platform: 'mac' | 'windows' | 'linux' | 'other';
  readonly version: string;
}

/** What each call answers. */
interface HostCallResults {
  info: HostInfo;
  /** Shows an open dialog for `.sprintbook` files; `cancelled` when the user closes it. */
  openWorkbook: HostResult<OpenedFile>;
  /** Re-reads a file opened earlier (e.g. to reload from disk). */
  readWorkbook: HostResult<OpenedFile>;
  /**
   * Writes a workbook's text to the file behind `handle` (atomically, keeping a backup, where the
   * host can), or asks where to save it when `handle` is null (Save As).
   */
  saveWorkbook: HostResult<FileRef>;
  /** Saves exported document bytes where the user chooses (or as a download). */
  saveExport: HostResult<FileRef>;
  /**
   * "Save all": every document in one action, in a folder the user picks (Electron; a file
   * already there is never replaced, the new one gets a numbered name) or as one zip (browser).
   */
  saveExports: HostResult<SavedExports>;
  /** A `.sprintbook` the app was launched with (command-line argument, file association), once. */
  takeLaunchFile: HostResult<OpenedFile | null>;
  /** Opens an `https:` or `mailto:` link in the system browser; anything else is refused. */
  openExternal: HostResult<void>;
  /**
   * Opens the workshop room (one at a time; starting again answers with the open room): the join
   * link, its QR code, and the facilitator's loopback socket with its token, given only here.
   */
  roomStart: HostResult<OpenRoomStatus>;
  /** Ends the room: every link, token and socket of it dies. */
  roomStop: HostResult<ClosedRoomStatus>;
  roomStatus: HostResult<RoomStatus>;
  /**
   * Opens the presenter view of a workbook (`#/present/<id>`): a second window of the app, on the
   * second display when there is one; opening it again brings the open one forward.
   */
  openPresenter: HostResult<void>;
}

/** The Host methods that are calls (request → result) and so cross IPC as invoke channels. */
export type HostCall = keyof typeof HOST_CALL_ARGUMENTS;

/** The arguments of `call`, as its schema in host-payloads.ts declares them. */
export type HostCallArguments<C extends HostCall> = z.output<(typeof HOST_CALL_ARGUMENTS)[C]>;

type HostCalls = { [C in HostCall]: (...args: HostCallArguments<C>) => Promise<HostCallResults[C]> };

export type DocumentStateMessage = Readonly<z.output<typeof DOCUMENT_STATE>>;

export interface Host extends HostCalls {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells the host whether there are unsaved changes to a file (title bar dot, close prompt). */
  setDocumentState(state: DocumentStateMessage): void;
}

/**
 * The calls, listed as a value for the IPC glue, so the schemas stay out of the preload's
 * bundle; test/unit/shared/host.test.ts holds the list to HOST_CALL_ARGUMENTS.
 */
export const HOST_CALLS = [
  'info', 'openWorkbook', 'readWorkbook', 'saveWorkbook', 'saveExport', 'saveExports', 'takeLaunchFile', 'openExternal',
  'roomStart', 'roomStop', 'roomStatus', 'openPresenter',
] as const satisfies readonly HostCall[];

/** IPC channel names are derived from the interface's keys, never written out by hand. */
export function channelOf(call: HostCall | 'menuCommand' | 'setDocumentState'): string {
  return `sprintbook:${call}`;
}
