/**
 * "Save all" on Electron: every exported document into one folder the user picks. Each name is
 * made safe (one plain name, never a path, with its type's extension), and a file already in the
 * folder is never replaced: the new one gets " (2)", " (3)" … Plain Node, so tests run it
 * against a temporary folder.
 */
import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { HostResult, SavedExports } from '../../shared/host';
import { writeFileAtomic } from '../node/atomic-write';
import { checkExportPath, safeFileName } from '../node/safe-path';
import { exportFormatOf } from './export-formats';
import { errorFromException, failure, ok } from './host-errors';

export interface ExportFile { readonly name: string; readonly mimeType: string; readonly bytes: Uint8Array }

const exists = (path: string) => access(path).then(() => true, () => false);

/** `name` in `folder`, numbered when that name is taken on disk or earlier in this save. */
async function freeName(folder: string, name: string, extension: string, taken: Set<string>): Promise<string> {
  const stem = name.slice(0, -extension.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${extension}`;
    if (!taken.has(candidate.toLowerCase()) && !(await exists(join(folder, candidate)))) return candidate;
  }
}

export async function saveExportsToFolder(chooseFolder: () => Promise<string | null>, files: readonly ExportFile[]): Promise<HostResult<SavedExports>> {
  const formats = files.map((f) => exportFormatOf(f.mimeType));
  const refused = files.find((_, i) => formats[i] === null);
  if (refused) return failure('invalid-payload', `Sprintbook does not save exports of type ${refused.mimeType}.`);
  const folder = await chooseFolder();
  if (folder === null) return failure('cancelled', 'No folder was chosen.');
  const taken = new Set<string>();
  const written: string[] = [];
  for (const [i, file] of files.entries()) {
    const extension = formats[i]!.extension;
    const name = await freeName(folder, safeFileName(file.name, extension), extension, taken);
    const path = join(folder, name);
    const check = checkExportPath(path, extension);
    if (!check.ok) return failure('invalid-payload', check.reason.replace(path, name));
    try {
      await writeFileAtomic(path, file.bytes);
    } catch (e) {
      const error = errorFromException(e, path);
      const done = written.length === 0 ? '' : ` ${written.join(', ')} ${written.length === 1 ? 'was' : 'were'} saved before it.`;
      return { ok: false, error: { ...error, message: `${error.message}${done}` } };
    }
    taken.add(name.toLowerCase());
    written.push(name);
  }
  return ok({ place: basename(folder), kind: 'folder', written });
}
