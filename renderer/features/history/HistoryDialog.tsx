/**
 * History: the workbook's snapshots, newest first, each restorable and comparable with now.
 * Named snapshots (taken here, or at the end of each day) are kept for good; the rolling ones
 * for seven days. Restoring is undoable, and the state before it is kept as a snapshot of its own.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactElement } from 'react';
import { QUESTION_TEXT } from '../../../shared/logic';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { formatDateTime, formatRelative } from '../../components/format';
import { Verdict } from '../../components/ReadinessGlance';
import type { SnapshotReason, SnapshotRow } from '../../db/db';
import { describeStorageError } from '../../db/errors';
import { withVerdict } from '../../db/records';
import { listSnapshots, SNAPSHOT_EVERY_MS } from '../../db/snapshots';
import { services } from '../../db/services';
import { useEditor } from '../../state/editor/context';
import { useAppApi } from '../../state/appContext';
import { TakeSnapshot } from './TakeSnapshot';
import { restoreSnapshot } from './restore';
import { AuditTrail } from './AuditTrail';
import { useWorkbookValue } from '../../state/hooks';

const REASON: Readonly<Record<SnapshotReason, string>> = {
  periodic: 'Kept while editing',
  'before-restore': 'Before a restore',
  'before-replace': 'Before replacing from a file',
  'changed-elsewhere': 'Not saved: changed in another tab or window',
  named: 'Snapshot, kept for good',
  'end-of-day': 'Kept at the end of the day, for good',
};

type Listed = { rows: SnapshotRow[] } | { error: string };

export function HistoryDialog({ onClose }: { onClose: () => void }): ReactElement {
  const editor = useEditor();
  const app = useAppApi();
  const workbookId = useWorkbookValue((w) => w.id);
  const [busy, setBusy] = useState(false);
  const listed = useLiveQuery<Listed>(async () => {
    try {
      return { rows: await listSnapshots(services().db, workbookId) };
    } catch (e) {
      return { error: describeStorageError(e) };
    }
  }, [workbookId]);

  const restore = async (row: SnapshotRow) => {
    setBusy(true);
    try {
      await restoreSnapshot(editor, row);
      onClose();
    } catch (e) {
      editor.notify({ tone: 'error', message: describeStorageError(e) });
      setBusy(false);
    }
  };

  return (
    <Dialog title="History" onClose={onClose} size="lg" actions={<Button variant="primary" onClick={onClose}>Close</Button>}>
      <p className="muted">
        Earlier versions of this workbook, kept every {SNAPSHOT_EVERY_MS / 60_000} minutes while you edit, for seven days.
        Named snapshots (yours, and one at the end of each sprint day) are kept for good.
        Restoring one is undoable, and keeps the current version here too.
      </p>
      <div className="row-gap history-actions">
        <TakeSnapshot />
        <Button icon="history" onClick={() => app.getState().showDialog({ kind: 'compare' })}>What changed…</Button>
      </div>
      {!listed && <p role="status">Loading…</p>}
      {listed && 'error' in listed && <p className="notice notice-bad" role="alert">{listed.error}</p>}
      {listed && 'rows' in listed && listed.rows.length === 0 && (
        <p className="empty-note">No earlier versions yet. The first is kept after a few minutes of editing.</p>
      )}
      {listed && 'rows' in listed && listed.rows.length > 0 && (
        <ul className="history-list">
          {listed.rows.map((row) => (
            <li key={row.id} className="history-row">
              <div>
                {row.name !== undefined && <p className="history-name">{row.name}</p>}
                <p className="history-when">{formatDateTime(row.takenAt)} <span className="muted">· {formatRelative(row.takenAt)}</span></p>
                <p className="history-meta muted">{REASON[row.reason]} · “{row.title}”</p>
              </div>
              <Verdict summary={withVerdict(row.summary)} />
              <span className="visually-hidden">
                {Object.entries(row.summary.questions).map(([q, c]) => `${QUESTION_TEXT[q as keyof typeof QUESTION_TEXT].short}: ${c.blockers} blockers`).join(', ')}
              </span>
              <Button size="sm" onClick={() => app.getState().showDialog({ kind: 'compare', ...(row.id !== undefined ? { beforeSnapshotId: row.id } : {}) })}
                aria-label={`Compare the version of ${formatDateTime(row.takenAt)} with now`}>Compare</Button>
              <Button size="sm" disabled={busy} onClick={() => void restore(row)} aria-label={`Restore the version of ${formatDateTime(row.takenAt)}`}>Restore</Button>
            </li>
          ))}
        </ul>
      )}
      <AuditTrail />
    </Dialog>
  );
}
