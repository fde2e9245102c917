/**
 * Is a build output older than its sources? `npm start` rebuilds the renderer only when it is,
 * because a vite build takes seconds and most starts change nothing under renderer/.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders never worth walking for source timestamps. */
const SKIPPED = new Set(['node_modules', 'dist', '.git', 'release', 'coverage']);

/** The newest modification time (ms) of `path`, or of any file below it; 0 if it does not exist. */
export function newestMtime(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** True when `output` is missing or any of `inputs` (files or folders) changed after it. */
export function isStale(output: string, inputs: readonly string[]): boolean {
  let built: number;
  try {
    built = statSync(output).mtimeMs;
  } catch {
    return true;
  }
  return inputs.some((input) => newestMtime(input) > built);
}
