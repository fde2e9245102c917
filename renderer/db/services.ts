/**
 * The page's services: the host, the database and autosave. Set once at startup (app/bootstrap),
 * replaceable in tests; screens reach the platform and storage only through these.
 */
import type { Host } from '../../shared/host';
import type { Autosave } from './autosave';
import { getDb, type SprintbookDb } from './db';
import { getHost } from '../host';

export interface Services {
  readonly host: Host;
  readonly db: SprintbookDb;
  readonly autosave: Autosave;
}

const noAutosave: Autosave = { flush: async () => undefined, dispose: () => undefined };
let current: Services | null = null;

export function services(): Services {
  current ??= { host: getHost(), db: getDb(), autosave: noAutosave };
  return current;
}

export function setServices(next: Partial<Services> | null): void {
  current = next === null ? null : { ...services(), ...next };
}
