/**
 * Which command opens a web address in the system's browser, decided without running anything:
 * `npm start` falls back to the browser version when Electron is unavailable and opens it with
 * this. On Linux that is `xdg-open`, and only with a display: without one (an SSH session, a
 * container, CI) xdg-open would start a text browser in the terminal or fail, so the address is
 * printed instead. `SPRINTBOOK_NO_BROWSER=1` turns the opening off for scripts.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type BrowserOpener =
  | {
      readonly found: true;
      readonly command: string;
      readonly args: readonly string[];
      /** Windows: `cmd` parses its own command line, so the arguments go to it unquoted. */
      readonly verbatim: boolean;
    }
  | { readonly found: false; readonly reason: string };

export interface OpenerOptions {
  readonly platform?: NodeJS.Platform;
  readonly env?: NodeJS.ProcessEnv;
  /** Whether `path` is an executable file; tests pass a fake. */
  readonly isExecutable?: (path: string) => boolean;
}

/** The environment variable that turns the opening off (any value but empty, `0` or `false`). */
export const NO_BROWSER_VARIABLE = 'SPRINTBOOK_NO_BROWSER';

/** How to open `url` in the system's browser here, or why it will not be opened. */
export function browserOpener(url: string, options: OpenerOptions = {}): BrowserOpener {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  if (isSet(env[NO_BROWSER_VARIABLE])) return { found: false, reason: `${NO_BROWSER_VARIABLE} is set` };
  switch (platform) {
    case 'darwin':
      return { found: true, command: 'open', args: [url], verbatim: false };
    case 'win32':
      // `start` is built into cmd; its first quoted argument is a window title, hence the "".
      return { found: true, command: env.ComSpec || 'cmd.exe', args: ['/d', '/s', '/c', `start "" "${url}"`], verbatim: true };
    case 'linux':
    case 'freebsd':
    case 'openbsd':
    case 'netbsd': {
      if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { found: false, reason: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
      const xdgOpen = findOnPath('xdg-open', env.PATH, options.isExecutable ?? isExecutableFile);
      return xdgOpen === null
        ? { found: false, reason: 'xdg-open is not installed' }
        : { found: true, command: xdgOpen, args: [url], verbatim: false };
    }
    default:
      return { found: false, reason: `Sprintbook does not know how to open a browser on ${platform}` };
  }
}

/** The first executable called `name` in the folders of `pathVariable`, or null. */
export function findOnPath(name: string, pathVariable: string | undefined, isExecutable: (path: string) => boolean): string | null {
  for (const folder of (pathVariable ?? '').split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(folder, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
