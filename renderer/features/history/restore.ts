/**
 * Restoring a snapshot: the current state is written and kept as a snapshot first, then the
 * old version replaces it as an ordinary (undoable) command.
 */
import type { SnapshotRow } from '../../db/db';
import { loadText } from '../../db/loader';
import { snapshotNow } from '../../db/snapshots';
import { services } from '../../db/services';
import { restoreVersion } from '../../state/commands';
import type { WorkbookEditor } from '../../state/editor/WorkbookEditor';
import { formatDateTime } from '../../components/format';

export async function restoreSnapshot(editor: WorkbookEditor, snapshot: SnapshotRow): Promise<void> {
  const current = editor.workbook;
  const loaded = await loadText(snapshot.text);
  if (!loaded.ok) {
    editor.notify({ tone: 'error', message: `That version cannot be restored: ${loaded.refusal.reason}` });
    return;
  }
  await services().autosave.flush();
  await snapshotNow(services().db, current, 'before-restore', Date.now());
  const when = formatDateTime(snapshot.takenAt);
  editor.execute(restoreVersion(loaded.workbook, `Restore the version of ${when}`));
  editor.notify({
    tone: 'success',
    message: `Restored the version of ${when}. The state before it is in History too.`,
    action: { label: 'Undo', run: editor.undo },
  });
}
