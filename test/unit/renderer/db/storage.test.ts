// @vitest-environment jsdom
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SprintbookDb } from '../../../../renderer/db/db';
import { openStorage } from '../../../../renderer/db/storage';
import { until } from './fakeDb';

describe('opening storage', () => {
  it('clears any earlier storage error once the database is open', async () => {
    const messages: (string | null)[] = [];
    const db = new SprintbookDb('storage-open', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await openStorage(db, { setStorageError: (m) => messages.push(m) })).toBe(true);
    expect(messages).toEqual([null]);
    db.close();
  });

  it('says so when another window upgrades the database, instead of failing silently later', async () => {
    const indexedDB = new IDBFactory();
    const messages: (string | null)[] = [];
    const db = new SprintbookDb('storage-upgrade', { indexedDB, IDBKeyRange });
    await openStorage(db, { setStorageError: (m) => messages.push(m) });
    const newer = new Dexie('storage-upgrade', { indexedDB, IDBKeyRange });
    newer.version(2).stores({ workbooks: 'id, savedAt', snapshots: '++id, workbookId, [workbookId+takenAt]', meta: 'key', extra: 'id' });
    await newer.open();
    await until(() => messages.some((m) => m !== null && /another window/.test(m)));
    newer.close();
  });

  it('reports storage that cannot be opened at all', async () => {
    const messages: (string | null)[] = [];
    const broken = { open: () => { throw new Error('denied'); } } as unknown as IDBFactory;
    const db = new SprintbookDb('storage-broken', { indexedDB: broken, IDBKeyRange });
    expect(await openStorage(db, { setStorageError: (m) => messages.push(m) })).toBe(false);
    expect(messages.at(-1)).toMatch(/could not be opened|Saving failed|denied/);
  });
});
