/** A file whose workbook is already in the library: replace the stored one (kept in History) or keep both. */
import type { ReactElement } from 'react';
import { finishOpen } from '../../actions/files';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { formatDateTime } from '../../components/format';
import { useAppApi } from '../../state/appContext';
import type { AppDialog } from '../../state/types';

type Props = Extract<AppDialog, { kind: 'already-in-library' }> & { onClose: () => void };

export function AlreadyInLibraryDialog({ fileName, opened, storedTitle, storedSavedAt, onClose }: Props): ReactElement {
  const app = useAppApi();
  const choose = (mode: 'replace' | 'copy') => {
    onClose();
    void finishOpen(app, opened, mode);
  };
  return (
    <Dialog title="This workbook is already in your library" onClose={onClose}
      actions={<>
        <Button onClick={onClose}>Cancel</Button>
        <Button onClick={() => choose('copy')}>Keep both</Button>
        <Button variant="primary" onClick={() => choose('replace')}>Replace with the file</Button>
      </>}>
      <p><strong>{fileName}</strong> holds “{opened.workbook.title}”, which your library already has as “{storedTitle}”, last changed {formatDateTime(storedSavedAt)}.</p>
      <p className="muted">Replacing keeps the library’s version in History, so you can go back to it. Keeping both opens the file as a separate copy.</p>
    </Dialog>
  );
}
