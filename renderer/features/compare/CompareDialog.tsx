/**
 * "What changed": pick two versions of the open workbook (a snapshot from History, the open
 * workbook now, or a `.sprintbook` file) and see what changed between them. The comparison is
 * shared/logic's `compareWorkbooks` with the loader's problems; picking a change closes the
 * dialog and shows the record on its stage.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { findLoadProblems } from '../../../shared/format/problems';
import { compareWorkbooks, type WorkbookComparison } from '../../../shared/logic';
import { namesOf } from '../../../shared/logic/compare/records';
import type { Workbook } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/Field';
import type { SnapshotRow } from '../../db/db';
import { describeStorageError } from '../../db/errors';
import { listSnapshots } from '../../db/snapshots';
import { services } from '../../db/services';
import { useAppApi } from '../../state/appContext';
import { useEditor } from '../../state/editor/context';
import { useWorkbookValue } from '../../state/hooks';
import { goTo } from '../../state/jumps';
import { ComparisonView } from './ComparisonView';
import type { JumpTarget } from './jumpTarget';
import { FILE, loadVersion, NOW, openVersionFile, snapshotValue, versionOptions, type OpenedVersion } from './versions';

interface Props {
  readonly onClose: () => void;
  /** The snapshot to start from (History's "Compare with now"); by default the newest named one. */
  readonly beforeSnapshotId?: number;
}

type Outcome = { readonly comparison: WorkbookComparison; readonly before: Workbook; readonly after: Workbook } | { readonly error: string };

export function CompareDialog({ onClose, beforeSnapshotId }: Props): ReactElement {
  const editor = useEditor();
  const app = useAppApi();
  const workbookId = useWorkbookValue((w) => w.id);
  const now = useWorkbookValue((w) => w);
  const rows = useLiveQuery<SnapshotRow[] | { error: string }>(async () => {
    try {
      return await listSnapshots(services().db, workbookId);
    } catch (e) {
      return { error: describeStorageError(e) };
    }
  }, [workbookId]);
  const snapshots = Array.isArray(rows) ? rows : [];
  const [file, setFile] = useState<OpenedVersion | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ before?: string; after: string }>({
    ...(beforeSnapshotId !== undefined ? { before: snapshotValue(beforeSnapshotId) } : {}), after: NOW,
  });
  const before = picked.before ?? defaultBefore(snapshots);
  const after = picked.after;
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!Array.isArray(rows) || before === undefined) return;
    let live = true;
    void (async () => {
      const [b, a] = await Promise.all([loadVersion(before, now, rows, file), loadVersion(after, now, rows, file)]);
      if (!live) return;
      if (!b.ok || !a.ok) setOutcome({ error: !b.ok ? b.message : (a as { message: string }).message });
      else setOutcome({ comparison: compareWorkbooks(b.workbook, a.workbook, findLoadProblems), before: b.workbook, after: a.workbook });
    })();
    return () => { live = false; };
  }, [rows, before, after, now, file]);

  const names = useMemo(
    () => (outcome && 'comparison' in outcome ? { before: namesOf(outcome.before), after: namesOf(outcome.after) } : null),
    [outcome],
  );

  const openFile = async () => {
    setFileError(null);
    const opened = await openVersionFile();
    if (!opened) return;
    if (!opened.ok) { setFileError(opened.message); return; }
    setFile(opened.version);
    setPicked({ before: FILE, after: NOW });
  };

  const jump = (to: JumpTarget) => {
    onClose();
    goTo(app, to.stage, to.target);
  };

  const options = versionOptions(snapshots, file);
  return (
    <Dialog title="What changed" onClose={onClose} size="lg"
      actions={<><Button icon="file" onClick={() => void openFile()}>Compare a file…</Button><Button variant="primary" onClick={onClose}>Close</Button></>}>
      <div className="compare-pickers">
        <SelectField label="Before" value={before ?? ''} options={before === undefined ? [{ value: '', label: 'No snapshot yet' }, ...options] : options}
          onChange={(e) => setPicked({ before: e.target.value, after })} />
        <SelectField label="After" value={after} options={options} onChange={(e) => setPicked({ before, after: e.target.value })} />
      </div>
      {fileError && <p className="notice notice-bad" role="alert">{fileError}</p>}
      {rows && !Array.isArray(rows) && <p className="notice notice-bad" role="alert">{rows.error}</p>}
      {!rows && <p role="status">Loading…</p>}
      {Array.isArray(rows) && before === undefined && (
        <p className="empty-note">No snapshot to compare with yet: take one in History, or compare a file.</p>
      )}
      {outcome && 'error' in outcome && <p className="notice notice-bad" role="alert">{outcome.error}</p>}
      {outcome && 'comparison' in outcome && names && (
        <ComparisonView comparison={outcome.comparison} names={names} now={editor.workbook} onJump={jump} />
      )}
    </Dialog>
  );
}

/** The newest named snapshot, else the newest of any kind. */
function defaultBefore(rows: readonly SnapshotRow[]): string | undefined {
  const row = rows.find((r) => r.name !== undefined) ?? rows[0];
  return row ? snapshotValue(row.id) : undefined;
}
