/**
 * A library kept by an app from before the summaries table (database version 1), opened by
 * today's app: the upgrade to version 2 runs as it would in a person's browser.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SprintbookDb, type WorkbookRow } from '../../../../renderer/db/db';

let n = 0;

export async function upgradedLegacyDb(rows: readonly WorkbookRow[]): Promise<SprintbookDb> {
  const indexedDB = new IDBFactory();
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const name = `sprintbook-legacy-${++n}`;
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(1).stores({ workbooks: 'id, savedAt', snapshots: '++id, workbookId, [workbookId+takenAt]', meta: 'key' });
  await old.table('workbooks').bulkPut([...rows]);
  old.close();
  const db = new SprintbookDb(name, { indexedDB, IDBKeyRange });
  await db.open();
  return db;
}
