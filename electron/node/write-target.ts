/**
 * The file a write really lands in. A symbolic link is written through, as `fs.writeFile` does:
 * the link stays a link and the file it points to gets the new content, so the temporary must sit
 * beside that file (a rename only replaces within one folder and one file system). A dangling
 * link is followed too, to the file it names.
 */
import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Linux gives up after 40 links (ELOOP); so do we. */
const MAX_LINKS = 40;

export async function resolveWriteTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let links = 0; links <= MAX_LINKS; links++) {
    let isLink: boolean;
    try {
      isLink = (await lstat(current)).isSymbolicLink();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return current; // a new file
      throw e;
    }
    if (!isLink) return current;
    // A link's relative target is read from the link's real folder, as the kernel does with `..`.
    current = resolve(await realpath(dirname(current)), await readlink(current));
  }
  throw Object.assign(new Error(`${path}: too many levels of symbolic links`), { code: 'ELOOP' });
}

