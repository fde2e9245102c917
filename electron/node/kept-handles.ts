/**
 * The desktop app's workbook handles, kept in a file in the app's data folder so they outlive a
 * restart (electron/node/handle-registry): the renderer keeps each workbook's handle with its
 * working copy, and Save then writes the same file without asking for it. Only paths the user
 * picked are kept, the newest MAX_KEPT_HANDLES of them. A missing or damaged file costs only
 * those links (Save then asks where), never a start: reading it never throws, and a failed
 * write is dropped.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write';
import { isHandleShaped, type KeptHandle } from './handle-registry';
import { checkWorkbookPath } from './safe-path';

export const KEPT_HANDLES_FILE = 'file-handles.json';
export const MAX_KEPT_HANDLES = 200;

/** The kept handles in `text`; anything that is not a well-formed handle for a workbook path is left out. */
export function parseKeptHandles(text: string): KeptHandle[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const list = (data as { handles?: unknown } | null)?.handles;
  if (!Array.isArray(list)) return [];
  return list
    .filter((h): h is KeptHandle => isHandleShaped((h as KeptHandle | null)?.handle) && checkWorkbookPath((h as KeptHandle).path).ok)
    .map((h) => ({ handle: h.handle, path: h.path }))
    .slice(-MAX_KEPT_HANDLES);
}

export function readKeptHandles(file: string): KeptHandle[] {
  try {
    return parseKeptHandles(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}

/**
 * A writer for `file`: each call replaces what is kept with `handles` (the newest last), one write
 * at a time, the latest call winning. `settled()` resolves when the last write is done.
 */
export function keptHandlesWriter(file: string, write: typeof writeFileAtomic = writeFileAtomic) {
  let chain: Promise<void> = Promise.resolve();
  let latest: readonly KeptHandle[] | null = null;
  const keep = (handles: readonly KeptHandle[]) => {
    latest = handles;
    chain = chain.then(async () => {
      const next = latest;
      if (next === null) return;
      latest = null;
      const text = `${JSON.stringify({ handles: next.slice(-MAX_KEPT_HANDLES) }, null, 2)}\n`;
      await write(file, text).catch(() => undefined);
    });
  };
  return Object.assign(keep, { settled: () => chain });
}
