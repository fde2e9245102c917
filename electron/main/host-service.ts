/**
 * The Electron side of the `Host` interface, without Electron: every call the renderer can make,
 * validated and answered as a HostResult. Dialogs and the shell are passed in, so the tests run
 * these calls against a temporary folder, and the IPC glue (ipc.ts) only checks the sender and
 * forwards. Nothing here throws: an unexpected failure is an `io` result, never a rejection.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileRef, HostCall, HostCallArguments, HostInfo, HostResult, OpenedFile } from '../../shared/host';
import { HOST_LIMITS } from '../../shared/host-payloads';
import { loadWorkbook } from '../../shared/format';
import { writeFileAtomic } from '../node/atomic-write';
import type { HandleRegistry } from '../node/handle-registry';
import { checkExportPath, checkWorkbookPath, safeFileName, withExtension, WORKBOOK_EXTENSION } from '../node/safe-path';
import { exportFormatOf, type ExportFormat } from './export-formats';
import { errorFromException, failure, ok } from './host-errors';
import { validateCall } from './ipc-payloads';
import type { LaunchFiles } from './launch-file';
import type { RoomHost } from '../node/room';
import { isSafeExternalUrl } from './navigation-policy';
import { saveExportsToFolder } from './save-exports';

/** The native dialogs; each resolves to the chosen absolute path, or null when cancelled. */
export interface Dialogs {
  chooseWorkbookToOpen(): Promise<string | null>;
  chooseWorkbookSaveTarget(defaultName: string): Promise<string | null>;
  chooseExportSaveTarget(defaultName: string, format: ExportFormat): Promise<string | null>;
  /** A folder to save several documents in ("Save all"). */
  chooseExportFolder(): Promise<string | null>;
}

export interface HostServiceDeps {
  readonly registry: HandleRegistry;
  readonly launchFiles: LaunchFiles;
  readonly dialogs: Dialogs;
  readonly openExternal: (url: string) => Promise<void>;
  readonly info: HostInfo;
  /** The workshop room; without it the room calls answer `unsupported`. */
  readonly room?: RoomHost;
  /** Opens the presenter view's window (presenter-window.ts); without it the call answers `unsupported`. */
  readonly openPresenter?: (workbookId: string) => HostResult<void>;
}

type Answer = HostInfo | HostResult<unknown>;

export interface HostService {
  /** Answers one Host call with the raw arguments the renderer sent. */
  call(call: HostCall, args: readonly unknown[]): Promise<Answer>;
}

export function createHostService(deps: HostServiceDeps): HostService {
  const handlers: { readonly [C in HostCall]: (...args: HostCallArguments<C>) => Promise<Answer> } = {
    info: async () => deps.info,
    openWorkbook: () => openWorkbook(deps),
    readWorkbook: (handle) => readWorkbook(deps, handle),
    saveWorkbook: (handle, suggestedName, text) => saveWorkbook(deps, handle, suggestedName, text),
    saveExport: (suggestedName, mimeType, bytes) => saveExport(deps, suggestedName, mimeType, bytes),
    saveExports: (_name, files) => saveExportsToFolder(() => deps.dialogs.chooseExportFolder(), files),
    takeLaunchFile: () => takeLaunchFile(deps),
    openExternal: (url) => openExternal(deps, url),
    roomStart: async (options) => deps.room ? deps.room.start(options) : noRoom(),
    roomStop: async () => {
      if (!deps.room) return noRoom();
      await deps.room.stop();
      return ok({ open: false as const, addresses: deps.room.status().addresses });
    },
    roomStatus: async () => (deps.room ? ok(deps.room.status()) : noRoom()),
    openPresenter: async (workbookId) => deps.openPresenter
      ? deps.openPresenter(workbookId)
      : failure('unsupported', 'This build of Sprintbook cannot open a presenter window.'),
  };
  return {
    async call(call, args) {
      if (!Object.hasOwn(handlers, call)) return failure('invalid-payload', `There is no Host call named ${String(call)}.`);
      const valid = validateCall(call, args);
      if (!valid.ok) return failure('invalid-payload', valid.message);
      try {
        return await (handlers[call] as (...a: unknown[]) => Promise<Answer>)(...valid.value);
      } catch (e) {
        return failure('io', `Sprintbook could not finish ${call}: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
}

function noRoom(): HostResult<never> {
  return failure('unsupported', 'This build of Sprintbook cannot host a workshop room.');
}

async function openWorkbook(deps: HostServiceDeps): Promise<HostResult<OpenedFile>> {
  const path = await deps.dialogs.chooseWorkbookToOpen();
  if (path === null) return failure('cancelled', 'No file was chosen.');
  return openPath(deps, path);
}

async function readWorkbook(deps: HostServiceDeps, handle: string): Promise<HostResult<OpenedFile>> {
  const found = deps.registry.resolve(handle, 'workbook');
  if (!found.ok) return failure('unknown-handle', 'This file handle was not given out by this window (or the app restarted).');
  return openPath(deps, found.entry.path);
}

async function takeLaunchFile(deps: HostServiceDeps): Promise<HostResult<OpenedFile | null>> {
  const path = deps.launchFiles.take();
  return path === null ? ok(null) : openPath(deps, path);
}

async function saveWorkbook(deps: HostServiceDeps, handle: string | null, suggestedName: string, text: string): Promise<HostResult<FileRef>> {
  // Save must never write a file the app could not open again.
  const loaded = loadWorkbook(text);
  if (!loaded.ok) return failure('invalid-payload', `This is not a workbook Sprintbook can save: ${loaded.refusal.reason}`);

  let path: string;
  if (handle === null) {
    const chosen = await deps.dialogs.chooseWorkbookSaveTarget(safeFileName(suggestedName, WORKBOOK_EXTENSION));
    if (chosen === null) return failure('cancelled', 'No file was chosen.');
    path = withExtension(chosen, WORKBOOK_EXTENSION);
  } else {
    const found = deps.registry.resolve(handle, 'workbook');
    if (!found.ok) return failure('unknown-handle', 'This file handle was not given out by this window (or the app restarted).');
    path = found.entry.path;
  }
  const check = checkWorkbookPath(path);
  if (!check.ok) return failure('invalid-payload', check.reason.replace(path, basename(path)));
  try {
    await writeFileAtomic(path, text, { backup: true, verify: true });
  } catch (e) {
    return { ok: false, error: errorFromException(e, path) };
  }
  return ok({ handle: deps.registry.register(path, 'workbook'), name: basename(path) });
}

async function saveExport(deps: HostServiceDeps, suggestedName: string, mimeType: string, bytes: Uint8Array): Promise<HostResult<FileRef>> {
  const format = exportFormatOf(mimeType);
  if (format === null) return failure('invalid-payload', `Sprintbook does not save exports of type ${mimeType}.`);
  const chosen = await deps.dialogs.chooseExportSaveTarget(safeFileName(suggestedName, format.extension), format);
  if (chosen === null) return failure('cancelled', 'No file was chosen.');
  const path = withExtension(chosen, format.extension);
  const check = checkExportPath(path, format.extension);
  if (!check.ok) return failure('invalid-payload', check.reason.replace(path, basename(path)));
  try {
    // No backup: the save dialog already asked before replacing an existing file.
    await writeFileAtomic(path, bytes);
  } catch (e) {
    return { ok: false, error: errorFromException(e, path) };
  }
  return ok({ handle: deps.registry.register(path, 'export'), name: basename(path) });
}

async function openExternal(deps: HostServiceDeps, url: string): Promise<HostResult<void>> {
  if (!isSafeExternalUrl(url)) return failure('invalid-payload', 'Only https: and mailto: links open outside the app.');
  await deps.openExternal(url);
  return ok(undefined);
}

/** Reads a workbook the user picked and hands out its handle. The bytes are parsed by the renderer. */
async function openPath(deps: HostServiceDeps, path: string): Promise<HostResult<OpenedFile>> {
  const check = checkWorkbookPath(path);
  if (!check.ok) return failure('io', `Sprintbook opens ${WORKBOOK_EXTENSION} files only: ${basename(path)}`);
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    // A workbook's text is limited to HOST_LIMITS.workbookTextChars; UTF-8 takes up to 3 bytes a char.
    if (size > HOST_LIMITS.workbookTextChars * 3) return failure('io', `${basename(path)} is too large to be a workbook.`);
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { ok: false, error: errorFromException(e, path) };
  }
  return ok({ handle: deps.registry.register(path, 'workbook'), name: basename(path), bytes });
}
