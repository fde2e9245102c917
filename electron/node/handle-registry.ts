/**
 * Opaque handles for files the user picked. The renderer never sees a path: main hands it a
 * random id for each file chosen in a dialog (or passed on the command line) and resolves the
 * id back to the path when the renderer asks to read or save. An id this registry did not give
 * out resolves to nothing, and ids carry 128 random bits, so they cannot be guessed.
 *
 * The registry lives as long as main does, so a reload of the renderer keeps every handle. The
 * workbook handles can also outlive a restart: the registry starts from the ones kept last time
 * and reports every change of them (electron/node/kept-handles writes them to a file), so a
 * workbook's link to its file, which the renderer keeps in IndexedDB, still works.
 */
import { randomBytes } from 'node:crypto';
import { extname } from 'node:path';
import { HANDLE_PATTERN } from '../../shared/host-payloads';
import { checkExportPath, checkWorkbookPath } from './safe-path';

/** A workbook handle may be read and saved; an export handle only names what was written. */
export type HandleKind = 'workbook' | 'export';

export interface HandleEntry {
  readonly path: string;
  readonly kind: HandleKind;
}

export type HandleLookup =
  | { readonly ok: true; readonly entry: HandleEntry }
  | { readonly ok: false; readonly reason: 'malformed' | 'unknown' | 'wrong-kind' };

/** 16 random bytes in base64url: 22 characters of `A-Z a-z 0-9 - _` (the Host contract's shape). */
export function isHandleShaped(value: unknown): value is string {
  return typeof value === 'string' && HANDLE_PATTERN.test(value);
}

/** A workbook handle kept across restarts. */
export interface KeptHandle {
  readonly handle: string;
  readonly path: string;
}

export interface RegistryOptions {
  /** Workbook handles given out before a restart; any that is malformed or not a workbook path is skipped. */
  readonly restore?: readonly KeptHandle[];
  /** Told the workbook handles, oldest use first, whenever one is given out or used again. */
  readonly onWorkbookHandles?: (handles: readonly KeptHandle[]) => void;
}

export class HandleRegistry {
  readonly #entries = new Map<string, HandleEntry>();
  readonly #random: (size: number) => Uint8Array;
  readonly #onWorkbookHandles: ((handles: readonly KeptHandle[]) => void) | undefined;

  /** `random` is for tests that need to see what happens on a collision. */
  constructor(random: (size: number) => Uint8Array = randomBytes, options: RegistryOptions = {}) {
    this.#random = random;
    this.#onWorkbookHandles = options.onWorkbookHandles;
    for (const kept of options.restore ?? []) {
      if (isHandleShaped(kept.handle) && checkWorkbookPath(kept.path).ok && !this.#has(kept.path, 'workbook')) {
        this.#entries.set(kept.handle, { path: kept.path, kind: 'workbook' });
      }
    }
  }

  #has(path: string, kind: HandleKind): boolean {
    for (const entry of this.#entries.values()) if (entry.path === path && entry.kind === kind) return true;
    return false;
  }

  /** The workbook handles, oldest use first. */
  workbookHandles(): KeptHandle[] {
    return [...this.#entries].filter(([, e]) => e.kind === 'workbook').map(([handle, e]) => ({ handle, path: e.path }));
  }

  #used(handle: string, entry: HandleEntry): string {
    // Moved to the end: the map's order is the order of use, which a kept list trims by.
    this.#entries.delete(handle);
    this.#entries.set(handle, entry);
    if (entry.kind === 'workbook') this.#onWorkbookHandles?.(this.workbookHandles());
    return handle;
  }

  /**
   * Registers a path the user picked and returns its handle. The same path and kind get the
   * same handle again, so the renderer can tell "the file I already have open" by equality.
   * Throws for a path that fails its check: that is a bug in main, never a user error.
   */
  register(path: string, kind: HandleKind): string {
    const check = kind === 'workbook' ? checkWorkbookPath(path) : checkExportPathOfAnyKind(path);
    if (!check.ok) throw new Error(check.reason);
    for (const [handle, entry] of this.#entries) {
      if (entry.path === path && entry.kind === kind) return this.#used(handle, entry);
    }
    let handle: string;
    do {
      handle = Buffer.from(this.#random(16)).toString('base64url');
    } while (this.#entries.has(handle));
    return this.#used(handle, { path, kind });
  }

  /** The entry behind `handle`, if this registry gave it out for a file of `kind`. */
  resolve(handle: unknown, kind: HandleKind): HandleLookup {
    if (!isHandleShaped(handle)) return { ok: false, reason: 'malformed' };
    const entry = this.#entries.get(handle);
    if (!entry) return { ok: false, reason: 'unknown' };
    if (entry.kind !== kind) return { ok: false, reason: 'wrong-kind' };
    return { ok: true, entry };
  }

  forget(handle: string): void {
    this.#entries.delete(handle);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** Exports are checked against their own extension when written; here only the basics. */
function checkExportPathOfAnyKind(path: string) {
  const extension = extname(path);
  return extension === '' ? { ok: false as const, reason: `An export needs an extension: ${path}` } : checkExportPath(path, extension);
}
