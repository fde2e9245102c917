/** The app-wide dialog, if one is open (raised from the library, the top bar or the native menu). */
import type { ReactElement } from 'react';
import { CompareDialog, HistoryDialog, MergeDialog } from './stages';
import { useApp } from '../state/appContext';
import { AlreadyInLibraryDialog } from './dialogs/AlreadyInLibraryDialog';
import { RefusedDialog } from './dialogs/RefusedDialog';

export function AppDialogs(): ReactElement | null {
  const dialog = useApp((s) => s.dialog);
  const close = useApp((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'refused': return <RefusedDialog fileName={dialog.fileName} refusal={dialog.refusal} onClose={close} />;
    case 'already-in-library': return <AlreadyInLibraryDialog {...dialog} onClose={close} />;
    case 'history': return <HistoryDialog onClose={close} />;
    case 'merge': return <MergeDialog offer={dialog.offer} />;
    case 'compare': return <CompareDialog onClose={close} {...(dialog.beforeSnapshotId !== undefined ? { beforeSnapshotId: dialog.beforeSnapshotId } : {})} />;
  }
}
