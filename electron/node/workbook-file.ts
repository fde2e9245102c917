/** Reading a `.sprintbook` from disk: the loader's answer, or an I/O error said plainly. */
import { readFile } from 'node:fs/promises';
import { loadWorkbookBytes, type LoadResult } from '../../shared/format';

export type FileLoad = LoadResult | { readonly ok: false; readonly ioError: string };

export async function readWorkbookFile(path: string): Promise<FileLoad> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, ioError: describeIoError(path, e) };
  }
  return loadWorkbookBytes(bytes);
}

export function describeIoError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return `${path}: no such file`;
    case 'EISDIR': return `${path}: is a folder, not a file`;
    case 'EACCES': case 'EPERM': return `${path}: permission denied`;
    default: return `${path}: ${e instanceof Error ? e.message : String(e)}`;
  }
}
