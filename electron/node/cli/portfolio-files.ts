/**
 * The workbooks of a portfolio: every `*.sprintbook` regular file under a folder, recursively,
 * in a stable order. Folders named `node_modules` or starting with a dot are skipped (tooling
 * and version control, never a team's workbooks). Symbolic links are followed, but each real
 * folder is entered once, so a link to a parent cannot loop and a folder linked twice is not
 * listed twice. A broken link named like a workbook is returned, so that reading it reports why.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeIoError } from '../workbook-file';

export interface FoundWorkbooks {
  /** Paths under the folder as given (joined to it), sorted within each folder by name. */
  readonly files: readonly string[];
  /** Sub-folders that could not be read, said with the reason. */
  readonly unreadableFolders: readonly string[];
}

const isWorkbookName = (name: string) => name.toLowerCase().endsWith('.sprintbook');
const isSkippedFolder = (name: string) => name === 'node_modules' || name.startsWith('.');

/** Throws the file system's error when `root` itself cannot be read or is not a folder. */
export async function findWorkbookFiles(root: string): Promise<FoundWorkbooks> {
  const files: string[] = [];
  const unreadableFolders: string[] = [];
  const entered = new Set<string>();

  const walk = async (dir: string, entries: Dirent[]): Promise<void> => {
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      let kind: 'folder' | 'file' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
        } catch {
          if (isWorkbookName(entry.name)) files.push(path);
          continue;
        }
      }
      if (kind === 'file' && isWorkbookName(entry.name)) files.push(path);
      if (kind !== 'folder' || isSkippedFolder(entry.name)) continue;
      let real: string;
      let inside: Dirent[];
      try {
        real = await realpath(path);
        if (entered.has(real)) continue;
        entered.add(real);
        inside = await readdir(path, { withFileTypes: true });
      } catch (e) {
        unreadableFolders.push(describeIoError(path, e));
        continue;
      }
      await walk(path, inside);
    }
  };

  entered.add(await realpath(root));
  await walk(root, await readdir(root, { withFileTypes: true }));
  return { files, unreadableFolders };
}
