/**
 * Checks on the paths the desktop app reads and writes. Paths come only from the user's own
 * dialogs, the command line or the OS (file associations), never from the renderer, but they
 * are checked again at every use: a bug elsewhere must not turn into a write outside the file
 * the user chose, or into a `.sprintbook` save that clobbers some other kind of file.
 */
import { extname, isAbsolute, posix, win32 } from 'node:path';

export const WORKBOOK_EXTENSION = '.sprintbook';

export type PathCheck = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/** Absolute, with no `..` segment, no NUL: the minimum for any path the app touches. */
export function checkAbsolutePath(path: unknown): PathCheck {
  if (typeof path !== 'string' || path === '') return { ok: false, reason: 'The path is empty.' };
  if (path.includes('\0')) return { ok: false, reason: 'The path contains a NUL character.' };
  if (!isAbsolute(path) && !win32.isAbsolute(path) && !posix.isAbsolute(path)) {
    return { ok: false, reason: `The path is not absolute: ${path}` };
  }
  // Split on both separators: a `..` hidden behind a backslash is still a climb on Windows.
  if (path.split(/[\\/]/).some((segment) => segment === '..')) {
    return { ok: false, reason: `The path climbs out of its folder (..): ${path}` };
  }
  return { ok: true, path };
}

/** A path a workbook may be read from or saved to: absolute, no `..`, ending in `.sprintbook`. */
export function checkWorkbookPath(path: unknown): PathCheck {
  const basic = checkAbsolutePath(path);
  if (!basic.ok) return basic;
  if (extname(basic.path).toLowerCase() !== WORKBOOK_EXTENSION) {
    return { ok: false, reason: `A workbook must be a ${WORKBOOK_EXTENSION} file: ${basic.path}` };
  }
  return basic;
}

/** A path an export may be saved to: absolute, no `..`, with the export's own extension. */
export function checkExportPath(path: unknown, extension: string): PathCheck {
  const basic = checkAbsolutePath(path);
  if (!basic.ok) return basic;
  if (extname(basic.path).toLowerCase() !== extension.toLowerCase()) {
    return { ok: false, reason: `An export of this kind must be a ${extension} file: ${basic.path}` };
  }
  return basic;
}

/**
 * Adds `extension` when the user typed a name without it: the Linux file chooser does not add
 * it by itself, and a workbook without `.sprintbook` would not open by double-click later.
 */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension.toLowerCase() ? path : `${path}${extension}`;
}

// Separators, Windows' reserved characters and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_NAME_LENGTH = 120;

/**
 * A file name to suggest in a save dialog, made from text the renderer sent (often a workbook
 * title like "Q3/Q4 plan"): one plain name, never a path, always ending in `extension`.
 */
export function safeFileName(suggested: string, extension: string, fallback = 'Untitled'): string {
  let stem = suggested.endsWith(extension) ? suggested.slice(0, -extension.length) : suggested;
  stem = stem.replace(UNSAFE_NAME_CHARACTERS, '-').replace(/\s+/g, ' ').trim();
  stem = stem.replace(/^\.+/, '').replace(/[. ]+$/, ''); // no hidden files, no trailing dots (Windows)
  stem = [...stem].slice(0, MAX_NAME_LENGTH).join('');
  return `${stem === '' ? fallback : stem}${extension}`;
}
