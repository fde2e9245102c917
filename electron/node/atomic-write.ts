/**
 * Atomic file writes: write a temporary file beside the target, fsync it, rename it over the
 * target, fsync the folder. An interrupted write never leaves a truncated file; with
 * `backup`, the previous version is kept as `<name>.bak`; with `verify`, the file is read back
 * and compared. Used by the command line's exports and by the app's Save.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<path>.bak`. */
  readonly backup?: boolean;
  /** Read the file back after the rename and compare it byte for byte. */
  readonly verify?: boolean;
}

export async function writeFileAtomic(path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup) await backupExisting(path);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  await syncDirectory(dir);
  if (options.verify) {
    const back = await readFile(path);
    if (!equalBytes(back, bytes)) throw new Error(`Verification failed: ${path} does not hold what was written`);
  }
}

async function backupExisting(path: string): Promise<void> {
  try {
    await copyFile(path, `${path}.bak`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Makes the rename itself durable; some platforms (Windows) cannot open folders, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here; the rename is still atomic.
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
