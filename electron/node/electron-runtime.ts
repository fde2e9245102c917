/**
 * Finds the Electron runtime the way the `electron` package itself does (its index.js), but
 * without throwing: the binary comes from GitHub, by the package's install.js, which
 * package.json's `allowScripts` keeps from running at `npm install` (offline it would fail the
 * whole install). `npm start` asks here first, so it can launch the binary, run that download
 * once, or fall back to the browser version (start-mode.ts) saying what is missing.
 *
 * The package's layout (electron 41 to 45 alike): `path.txt` holds the executable's path inside
 * `dist/` (`electron`, `electron.exe`, `Electron.app/Contents/MacOS/Electron`) and is written
 * only after a successful download; `ELECTRON_OVERRIDE_DIST_PATH` points at a `dist/` elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronRuntime =
  | { readonly found: true; readonly executable: string; readonly version: string }
  | {
      readonly found: false;
      readonly reason: 'no-package' | 'not-downloaded' | 'binary-missing';
      /** The electron package's version, when the package itself is installed. */
      readonly version?: string;
      /** Where the binary was expected, when that is known. */
      readonly expected?: string;
    };

export interface LocateOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
}

/** The electron package's folder as resolved from `fromDir`, or null when it is not installed. */
export function electronPackageDir(fromDir: string): string | null {
  try {
    return dirname(createRequire(join(fromDir, 'noop.js')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Where the binary is, or why it is not there. Reads files; never downloads, never throws. */
export function locateElectron(packageDir: string | null, options: LocateOptions = {}): ElectronRuntime {
  const env = options.env ?? process.env;
  if (packageDir === null || !existsSync(join(packageDir, 'package.json'))) return { found: false, reason: 'no-package' };
  const version = readVersion(packageDir);
  const pathFile = readText(join(packageDir, 'path.txt'));
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, pathFile ?? defaultExecutable(options.platform ?? process.platform));
    return existsSync(executable) ? { found: true, executable, version } : { found: false, reason: 'binary-missing', version, expected: executable };
  }
  if (pathFile === null) {
    return { found: false, reason: 'not-downloaded', version, expected: join(packageDir, 'dist', defaultExecutable(options.platform ?? process.platform)) };
  }
  const executable = join(packageDir, 'dist', pathFile);
  return existsSync(executable) ? { found: true, executable, version } : { found: false, reason: 'binary-missing', version, expected: executable };
}

/** The executable inside `dist/` on `platform`, as electron's install.js names it. */
export function defaultExecutable(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin': return 'Electron.app/Contents/MacOS/Electron';
    case 'win32': return 'electron.exe';
    default: return 'electron';
  }
}

function readVersion(packageDir: string): string {
  try {
    const json = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : '';
  } catch {
    return '';
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
