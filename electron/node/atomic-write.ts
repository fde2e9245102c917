/**
 * Atomic file writes, used by the command line's migrate and exports and by the app's Save.
 *
 * The new bytes go to a temporary file beside the target (temp-files.ts names it), which is
 * fsynced and renamed over the target; then the folder is fsynced. At every instant the target
 * is the complete old file or the complete new one, and a killed write leaves at most its
 * temporaries, which the next write in that folder removes. With `backup`, the version being
 * replaced becomes `<name>.bak` the same way, through its own temporary and a rename, so the
 * `.bak` too is always a complete version. With `verify`, the file is read back and compared.
 *
 * The target keeps its permissions (a new file gets the default ones, as `fs.writeFile` gives),
 * and a symbolic link is written through: the file it points to is replaced, the link stays.
 * The backup sits beside that real file, where the temporaries must be.
 */
import { constants } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeStaleTemps, tempNameFor } from './temp-files';
import { resolveWriteTarget } from './write-target';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<path>.bak`. */
  readonly backup?: boolean;
  /** Read the file back after the rename and compare it byte for byte. */
  readonly verify?: boolean;
}

export async function writeFileAtomic(path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const real = await resolveWriteTarget(path);
  const dir = dirname(real);
  const name = basename(real);
  const backup = `${real}.bak`;
  await removeStaleTemps(dir, [name, basename(backup)]);

  const existing = await modeOf(real);
  const temps: string[] = [];
  try {
    const temp = await writeTemp(dir, name, bytes, existing, temps);
    if (options.backup && existing !== undefined) {
      const previous = await readIfPresent(real);
      if (previous) await rename(await writeTemp(dir, basename(backup), previous, existing, temps), backup);
    }
    await rename(temp, real);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw e;
  }
  await syncDirectory(dir);
  if (options.verify) {
    const back = await readFile(real);
    if (!equalBytes(back, bytes)) throw new Error(`Verification failed: ${path} does not hold what was written`);
  }
}

/**
 * Writes `bytes` to a fresh temporary for `targetName` and fsyncs it; records its path in `made`
 * first, so a failure anywhere removes it. With a `mode`, the file is created private and given
 * that mode once complete; without, it gets the default mode (0666 less the umask).
 */
async function writeTemp(dir: string, targetName: string, bytes: Uint8Array, mode: number | undefined, made: string[]): Promise<string> {
  const temp = join(dir, tempNameFor(targetName));
  const handle = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode === undefined ? 0o666 : 0o600);
  made.push(temp);
  try {
    await handle.writeFile(bytes);
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/** The permission bits of an existing file (never set-user-id and the like), or undefined. */
async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function readIfPresent(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Makes the renames themselves durable; some platforms (Windows) cannot open folders, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here; the renames are still atomic.
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
