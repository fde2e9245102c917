/** A Sprintbook database on fake-indexeddb: a fresh, empty IndexedDB per call. */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SprintbookDb } from '../../../../renderer/db/db';

let n = 0;

export function fakeDb(): SprintbookDb {
  const indexedDB = new IDBFactory();
  // liveQuery (useLiveQuery) only runs when Dexie's global dependencies have an IndexedDB.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  return new SprintbookDb(`sprintbook-test-${++n}`, { indexedDB, IDBKeyRange });
}

/** Polls `check` until it is true (or fails after `timeoutMs`). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Not true within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
