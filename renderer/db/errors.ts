/**
 * Storage failures in words a facilitator can act on. Nothing here is swallowed: every
 * message ends up in the top bar's save status or the library's storage banner.
 */
import { CURRENT_SCHEMA_VERSION } from '../../shared/model';

/** A stored workbook is from a newer Sprintbook: this version must not overwrite it. */
export class NewerSchemaError extends Error {
  constructor(readonly schemaVersion: number) {
    super(`This workbook was saved by a newer Sprintbook (schema version ${schemaVersion}; this version knows ${CURRENT_SCHEMA_VERSION}). ` +
      'It was not overwritten: save your changes to a file, or update Sprintbook.');
    this.name = 'NewerSchemaError';
  }
}

function names(e: unknown): string[] {
  const out: string[] = [];
  let current: unknown = e;
  // Dexie wraps the browser's error (AbortError around QuotaExceededError) in `inner`.
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    current = (current as { inner?: unknown }).inner;
  }
  return out;
}

export function describeStorageError(e: unknown): string {
  if (e instanceof NewerSchemaError) return e.message;
  const all = names(e);
  const has = (name: string) => all.includes(name);
  if (has('QuotaExceededError')) {
    return 'The disk is full, or the browser\'s storage quota is used up: recent changes are not saved. Free some space, or save the workbook to a file.';
  }
  if (has('MissingAPIError')) {
    return 'This browser does not allow local storage here (a private window?): workbooks cannot be kept between sessions. Save to a file instead.';
  }
  if (has('VersionError')) {
    return 'The saved workbooks were last used by a newer Sprintbook. Update this app to open them; nothing was changed.';
  }
  if (has('DatabaseClosedError') || has('VersionChangeError')) {
    return 'Storage was closed because Sprintbook was updated in another window. Reload this window to keep saving.';
  }
  if (has('InvalidStateError') || has('OpenFailedError')) {
    return `The browser's storage could not be opened (${messageOf(e)}). Save your work to a file.`;
  }
  return `Saving failed: ${messageOf(e)}`;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
