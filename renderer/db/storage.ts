/**
 * Opening the database at startup, and keeping the user told when it cannot be used: not
 * available at all, blocked by another window during an upgrade, or closed because another
 * window upgraded it. Old snapshots are pruned once it is open.
 */
import type { SprintbookDb } from './db';
import { describeStorageError } from './errors';
import { pruneAllSnapshots } from './snapshots';

export interface StorageListener {
  setStorageError(message: string | null): void;
}

export async function openStorage(db: SprintbookDb, listener: StorageListener, now = Date.now()): Promise<boolean> {
  db.on('versionchange', () => {
    // Another window upgrades the database: let it (close ours) and say why saving stopped.
    db.close();
    listener.setStorageError('Sprintbook was updated in another window. Reload this window to keep saving your changes.');
    return false;
  });
  db.on('blocked', () => {
    listener.setStorageError('Another Sprintbook window is holding the storage open. Close other Sprintbook windows to continue.');
  });
  try {
    await db.open();
    listener.setStorageError(null);
  } catch (e) {
    listener.setStorageError(describeStorageError(e));
    return false;
  }
  try {
    await pruneAllSnapshots(db, now);
  } catch {
    // Pruning is housekeeping: a failure here costs disk space, not work.
  }
  return true;
}
