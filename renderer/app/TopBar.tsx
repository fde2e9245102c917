/** The window's top bar: back to the library, title and file, save status, file and history commands. */
import type { ReactElement } from 'react';
import { openFile, saveFile } from '../actions/files';
import { goToLibrary } from '../actions/workbooks';
import { Button, IconButton } from '../components/Button';
import { selectCanRedo, selectCanUndo, selectFileDirty, selectRedoLabel, selectUndoLabel } from '../state/selectors';
import { useAppStore } from '../state/store';
import { SaveStatus } from './SaveStatus';

const MOD = typeof navigator !== 'undefined' && /mac/i.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function TopBar(): ReactElement {
  const title = useAppStore((s) => s.workbook?.title ?? '');
  const file = useAppStore((s) => s.file);
  const dirty = useAppStore(selectFileDirty);
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const undoLabel = useAppStore(selectUndoLabel);
  const redoLabel = useAppStore(selectRedoLabel);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const showDialog = useAppStore((s) => s.showDialog);

  return (
    <header className="topbar">
      <Button variant="ghost" icon="arrowLeft" onClick={() => void goToLibrary()} className="topbar-back">Library</Button>
      <div className="topbar-title">
        <p className="topbar-name" title={title}>{title}</p>
        <p className="topbar-file">
          {file ? file.name : 'Not saved to a file yet'}
          {file && dirty && <span className="file-dirty"> · changes not in the file</span>}
        </p>
      </div>
      <SaveStatus />
      <div className="topbar-actions">
        <Button icon="open" onClick={() => void openFile()} title={`Open a .sprintbook file (${MOD}O)`}>Open</Button>
        <Button icon="save" onClick={() => void saveFile(false)} title={`Save to a .sprintbook file (${MOD}S)`}>Save</Button>
        <Button onClick={() => void saveFile(true)} title="Save to a new file">Save As…</Button>
        <span className="toolbar-divider" aria-hidden="true" />
        <IconButton icon="undo" label="Undo" tooltip={undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'} shortcut={`${MOD}Z`} disabled={!canUndo} onClick={undo} />
        <IconButton icon="redo" label="Redo" tooltip={redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo'} shortcut={MOD === '⌘' ? '⇧⌘Z' : 'Ctrl+Y'} disabled={!canRedo} onClick={redo} />
        <Button icon="history" onClick={() => showDialog({ kind: 'history' })}>History</Button>
      </div>
    </header>
  );
}
