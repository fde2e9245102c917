/**
 * Host results and how failures become them. Messages name files by their base name only:
 * the renderer never learns where on the disk a file lives.
 */
import { basename } from 'node:path';
import type { HostError, HostErrorCode, HostResult } from '../../shared/host';

export const ok = <T>(value: T): HostResult<T> => ({ ok: true, value });
export const failure = (code: HostErrorCode, message: string): HostResult<never> => ({ ok: false, error: { code, message } });

/** A file-system (or any) exception as a HostError about the file at `path`. */
export function errorFromException(e: unknown, path: string): HostError {
  const name = basename(path);
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return { code: 'not-found', message: `${name} is no longer there (moved or deleted?).` };
    case 'EACCES': case 'EPERM': case 'EROFS': return { code: 'permission', message: `The system refused access to ${name}.` };
    case 'EISDIR': return { code: 'io', message: `${name} is a folder, not a file.` };
    case 'ENOSPC': return { code: 'io', message: `There is no space left to write ${name}.` };
    default: {
      const detail = e instanceof Error ? e.message.split(path).join(name) : String(e);
      return { code: 'io', message: `${name} could not be read or written: ${detail}` };
    }
  }
}
