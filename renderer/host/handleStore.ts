/**
 * Where the browser host keeps the files it was given, by the opaque handle it handed out, so
 * a handle kept with a workbook still names its file after a reload or a restart. With the File
 * System Access API that is the FileSystemFileHandle itself (IndexedDB stores it by structured
 * clone; the browser asks again for permission before the next write), without it the name a
 * Save downloads under again. A database of its own: the host layer knows nothing of the
 * app's. The newest MAX_KEPT handles are kept; an older one makes Save ask where to save.
 */
import Dexie, { type EntityTable } from 'dexie';

/** A picked file handle, or (without the API) the name a "save" downloads under again. */
export type HandleEntry = { readonly kind: 'fs'; readonly handle: FileSystemFileHandle } | { readonly kind: 'download'; readonly name: string };

export interface HandleStore {
  get(id: string): Promise<HandleEntry | undefined>;
  put(id: string, entry: HandleEntry): Promise<void>;
}

export const MAX_KEPT = 200;

interface HandleRow { readonly id: string; readonly usedAt: number; readonly entry: HandleEntry }

class HandleDb extends Dexie {
  declare handles: EntityTable<HandleRow, 'id'>;
  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ handles: 'id, usedAt' });
  }
}

/** Handles kept in IndexedDB (`sprintbook-files`). */
export function indexedDbHandleStore(name = 'sprintbook-files', options?: ConstructorParameters<typeof Dexie>[1], now: () => number = Date.now): HandleStore {
  const db = new HandleDb(name, options);
  return {
    async get(id) {
      return (await db.handles.get(id))?.entry;
    },
    async put(id, entry) {
      await db.transaction('rw', db.handles, async () => {
        await db.handles.put({ id, usedAt: now(), entry });
        const extra = (await db.handles.count()) - MAX_KEPT;
        if (extra > 0) await db.handles.bulkDelete(await db.handles.orderBy('usedAt').limit(extra).primaryKeys());
      });
    },
  };
}

/** Handles kept for this page only (where IndexedDB is missing, and in tests). */
export function memoryHandleStore(): HandleStore {
  const entries = new Map<string, HandleEntry>();
  return {
    get: async (id) => entries.get(id),
    put: async (id, entry) => void entries.set(id, entry),
  };
}
