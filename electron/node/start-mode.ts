/**
 * What `npm start` does, decided from what is installed: launch the desktop app in Electron or,
 * when its runtime is unavailable (an offline machine cannot download it), fall back to the
 * browser version and say so in one line, so the README's first command always gets a
 * facilitator to work. Pure decisions and messages: nothing here launches, serves or downloads.
 */
import { relative, resolve } from 'node:path';
import type { ElectronRuntime } from './electron-runtime';

export type StartMode =
  | { readonly mode: 'electron'; readonly executable: string }
  | { readonly mode: 'browser'; readonly notice: string };

/** Electron when its runtime is there; otherwise the browser version, with the line that says why. */
export function chooseStartMode(runtime: ElectronRuntime, cwd = process.cwd()): StartMode {
  return runtime.found ? { mode: 'electron', executable: runtime.executable } : { mode: 'browser', notice: fallbackNotice(runtime, cwd) };
}

/** The one line printed when `npm start` falls back to the browser version. */
export function fallbackNotice(runtime: Extract<ElectronRuntime, { found: false }>, cwd = process.cwd()): string {
  const electron = runtime.version ? `the Electron ${runtime.version} runtime` : 'the Electron runtime';
  const why = (() => {
    switch (runtime.reason) {
      case 'no-package': return 'the electron package is not installed';
      case 'not-downloaded': return `${electron} could not be downloaded (offline?)`;
      case 'binary-missing': return `${electron} is missing${runtime.expected ? ` at ${relative(cwd, runtime.expected) || runtime.expected}` : ''}`;
    }
  })();
  return `Sprintbook: ${why}, falling back to the browser version (the README's "Desktop app" says how to get Electron).`;
}

export interface StartArguments {
  /** What goes to the desktop app: options as given, files made absolute against the caller's folder. */
  readonly appArgs: readonly string[];
  /** The files named, as given, for saying that the browser version cannot open them. */
  readonly files: readonly string[];
  /** `--no-browser`: serve the browser version without opening a browser (for scripts). */
  readonly noBrowser: boolean;
}

/** The flag that keeps the fallback from opening a browser; it is not passed on to the app. */
export const NO_BROWSER_FLAG = '--no-browser';

/** `npm start -- …` arguments. npm runs the script from the package root, so a relative file means the caller's folder. */
export function parseStartArguments(argv: readonly string[], callerDir: string): StartArguments {
  const rest = argv.filter((arg) => arg !== NO_BROWSER_FLAG);
  const files = rest.filter((arg) => !arg.startsWith('-'));
  return {
    appArgs: rest.map((arg) => (arg.startsWith('-') ? arg : resolve(callerDir, arg))),
    files,
    noBrowser: rest.length !== argv.length,
  };
}

/** The line with the address, once the browser version is served. */
export function servedNotice(url: string, opening: { readonly opened: true } | { readonly opened: false; readonly reason: string }): string {
  return opening.opened
    ? `Sprintbook is served at ${url} and opens in your browser (Ctrl+C stops it).`
    : `Sprintbook is served at ${url}: open that address in a browser (not opened here: ${opening.reason}). Ctrl+C stops it.`;
}

/** Said when the opener ran but failed (no browser configured, say): the address is what is left. */
export function openFailedNotice(url: string, detail: string): string {
  return `Could not open a browser (${detail}): open ${url} yourself.`;
}

/** Said when files were named: the browser version opens files only from its own Open button. */
export function unopenedFilesNotice(files: readonly string[]): string | null {
  if (files.length === 0) return null;
  const named = files.length === 1 ? files[0] : `${files.length} files (${files.join(', ')})`;
  return `The browser version cannot open files named on the command line: open ${named} with Open in the app.`;
}

/** Said when the port is taken, most likely by a Sprintbook already running. */
export function portTakenNotice(host: string, port: number): string {
  return `Port ${port} on ${host} is taken: if Sprintbook is already running there, open http://${host}:${port}/; `
    + 'otherwise stop what uses it, or start with PORT=N (the browser keeps workbooks per address, so another port shows another library).';
}
