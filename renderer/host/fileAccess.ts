/**
 * The parts of the File System Access API the browser host uses. TypeScript's DOM library
 * does not declare the pickers yet (Chromium has them; Firefox and Safari do not), so they
 * are typed here and always feature-tested before use.
 */

export interface PickerType {
  readonly description: string;
  readonly accept: Record<string, readonly string[]>;
}

export interface PickerWindow {
  showOpenFilePicker?(options: { types?: readonly PickerType[]; multiple?: boolean; excludeAcceptAllOption?: boolean }): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options: { suggestedName?: string; types?: readonly PickerType[] }): Promise<FileSystemFileHandle>;
}

interface PermissionedHandle {
  queryPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}

export const WORKBOOK_TYPES: readonly PickerType[] = [
  { description: 'Sprintbook workbook', accept: { 'application/x-sprintbook+json': ['.sprintbook'] } },
];

export function pickers(): PickerWindow {
  return window as unknown as PickerWindow;
}

/** Asks for write access to a handle picked for opening (Chromium asks the user once). */
export async function canWrite(handle: FileSystemFileHandle): Promise<boolean> {
  return allowed(handle, 'readwrite');
}

/**
 * Asks for read access to a handle kept from an earlier page: after a reload or a restart the
 * browser forgets it, and reading without it fails (Save reads the file first, to merge).
 */
export async function canRead(handle: FileSystemFileHandle): Promise<boolean> {
  return allowed(handle, 'read');
}

async function allowed(handle: FileSystemFileHandle, mode: 'read' | 'readwrite'): Promise<boolean> {
  const h = handle as FileSystemFileHandle & PermissionedHandle;
  if (!h.queryPermission || !h.requestPermission) return true;
  if ((await h.queryPermission({ mode })) === 'granted') return true;
  return (await h.requestPermission({ mode })) === 'granted';
}

export async function writeHandle(handle: FileSystemFileHandle, data: string | Uint8Array): Promise<void> {
  // The writable stream writes to a swap file and replaces the original only on close(),
  // so a failed write leaves the old file intact.
  const writable = await handle.createWritable();
  try {
    await writable.write(typeof data === 'string' ? data : new Blob([data as Uint8Array<ArrayBuffer>]));
    await writable.close();
  } catch (e) {
    await writable.abort().catch(() => undefined);
    throw e;
  }
}

/** The user closed a picker: not an error to show. */
export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}
