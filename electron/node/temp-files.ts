/**
 * The temporary files of atomic writes: their names, and when one a killed write left behind is
 * stale and may be removed.
 *
 * A temporary sits in its target's own folder, hidden, and names its target, the machine and the
 * process that made it: `.<target>.<machine>-<pid>-<random>.sprintbook-tmp`. That is enough to
 * decide safely, without locks, whether its writer can still be at work:
 * - made on this machine by a process that no longer runs: stale at once (the writer was killed);
 * - otherwise (its process runs, perhaps under a recycled pid; or it came from another machine
 *   sharing the folder, whose processes we cannot see): stale once untouched for 15 minutes.
 *   No write takes that long: the largest files written are a few megabytes.
 * Temporaries of earlier versions (`.<target>.<12 hex>.tmp`, no pid) are only recognised for the
 * target being written, and are stale after the same 15 minutes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const TEMP_SUFFIX = '.sprintbook-tmp';
export const STALE_AFTER_MS = 15 * 60 * 1000;

/** Who made a temporary: a short tag of the machine's name, and the process id. */
export interface TempMaker {
  readonly machine: string;
  readonly pid: number;
}

/** A short tag, not the name itself: file names should not carry the host name around. */
export const THIS_MACHINE = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

export function thisProcess(): TempMaker {
  return { machine: THIS_MACHINE, pid: process.pid };
}

/** A fresh temporary's name for the file called `targetName`, in the same folder. */
export function tempNameFor(targetName: string, maker: TempMaker = thisProcess()): string {
  return `.${targetName}.${maker.machine}-${maker.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

const TEMP_NAME = /^\.(.+)\.([0-9a-f]{8})-(\d{1,10})-[0-9a-f]{12}\.sprintbook-tmp$/;
const LEGACY_TEMP_NAME = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

export interface ParsedTemp extends TempMaker {
  readonly target: string;
}

/** The target and maker a temporary's name tells, or null when the name is not one of ours. */
export function parseTempName(name: string): ParsedTemp | null {
  const m = TEMP_NAME.exec(name);
  return m ? { target: m[1]!, machine: m[2]!, pid: Number(m[3]) } : null;
}

/** Whether process `pid` of this machine still runs (EPERM: it runs, as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface StaleCheck {
  readonly now: number;
  readonly isAlive: (pid: number) => boolean;
}

export function isStaleTemp(maker: TempMaker | null, modifiedMs: number, check: StaleCheck): boolean {
  if (check.now - modifiedMs >= STALE_AFTER_MS) return true;
  // This process's own temporaries belong to writes still under way.
  return maker !== null && maker.machine === THIS_MACHINE && maker.pid !== process.pid && !check.isAlive(maker.pid);
}

/**
 * Removes the stale temporaries in `dir`: ours for any target, and earlier versions' for the
 * targets named. Returns the names removed. Best effort: a folder it cannot list or a file
 * another process removed first is not an error, since the write that follows still decides.
 */
export async function removeStaleTemps(
  dir: string,
  targets: readonly string[],
  check: StaleCheck = { now: Date.now(), isAlive: isProcessAlive },
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const ours = parseTempName(name);
    const legacy = ours ? null : LEGACY_TEMP_NAME.exec(name);
    if (!ours && !(legacy && targets.includes(legacy[1]!))) continue;
    try {
      const info = await lstat(join(dir, name));
      // Never a folder, and never through a link: only plain files we could have made.
      if (!info.isFile() || !isStaleTemp(ours, info.mtimeMs, check)) continue;
      await rm(join(dir, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
