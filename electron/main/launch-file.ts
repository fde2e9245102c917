/**
 * The workbook the app was launched with: a command-line argument (Windows, Linux, a second
 * instance) or macOS's `open-file` event. The renderer takes it once, on start; a file that
 * arrives later (double-click while the app runs) waits here until the renderer asks again.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkWorkbookPath } from '../node/safe-path';

export interface ArgvContext {
  /** `process.defaultApp`: true when run as `electron .`, where argv[1] is the app folder. */
  readonly defaultApp: boolean;
  /** The folder relative arguments are resolved against (the launching shell's). */
  readonly cwd: string;
}

/**
 * The first argument that names a `.sprintbook` file, as an absolute path. Switches are skipped
 * (Chromium adds its own, like `--original-process-start-time`), and `file://` URLs are
 * accepted because Linux desktop launchers pass `%U`.
 */
export function launchFileFromArgv(argv: readonly string[], context: ArgvContext): string | null {
  const args = argv.slice(context.defaultApp ? 2 : 1);
  for (const arg of args) {
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-')) continue;
    const path = toPath(arg, context.cwd);
    if (path !== null && checkWorkbookPath(path).ok) return path;
  }
  return null;
}

/** A path handed over by another process (second instance, `open-file`): used only if it passes the workbook check. */
export function acceptLaunchPath(value: unknown): string | null {
  return typeof value === 'string' && checkWorkbookPath(value).ok ? value : null;
}

function toPath(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return null; // another scheme: not a file
  return isAbsolute(arg) ? resolve(arg) : resolve(cwd, arg);
}

/** One pending launch file; a newer one replaces it (the user's latest double-click wins). */
export class LaunchFiles {
  #pending: string | null = null;
  #asked = false;

  offer(path: string): void {
    this.#pending = path;
  }

  /** The pending file, once; null when there is none. */
  take(): string | null {
    this.#asked = true;
    const path = this.#pending;
    this.#pending = null;
    return path;
  }

  /** Whether the renderer has asked since it started, i.e. it will not ask again by itself. */
  get asked(): boolean {
    return this.#asked;
  }

  /** The renderer is (re)loading and will ask again. */
  resetAsked(): void {
    this.#asked = false;
  }

  discard(): void {
    this.#pending = null;
  }
}
