/**
 * Restoring a snapshot: the current state is written and kept as a snapshot first, then the
 * old version replaces it as an ordinary (undoable) command.
 */
import type { SnapshotRow } from '../../db/db';
import { loadText } from '../../db/loader';
import { snapshotNow } from '../../db/snapshots';
import { services } from '../../services';
import { restoreVersion } from '../../state/commands';
import { useAppStore } from '../../state/store';
import { formatDateTime } from '../../components/format';

export async function restoreSnapshot(snapshot: SnapshotRow): Promise<void> {
  const store = useAppStore.getState();
  const current = store.workbook;
  if (!current) return;
  const loaded = await loadText(snapshot.text);
  if (!loaded.ok) {
    store.pushToast({ tone: 'error', message: `That version cannot be restored: ${loaded.refusal.reason}` });
    return;
  }
  await services().autosave.flush();
  await snapshotNow(services().db, current, 'before-restore', Date.now());
  const when = formatDateTime(snapshot.takenAt);
  useAppStore.getState().execute(restoreVersion(loaded.workbook, `Restore the version of ${when}`));
  useAppStore.getState().pushToast({
    tone: 'success',
    message: `Restored the version of ${when}. The state before it is in History too.`,
    action: { label: 'Undo', run: () => useAppStore.getState().undo() },
  });
}
