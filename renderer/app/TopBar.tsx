/** The window's top bar: back to the library, title and file, save status, file and history commands. */
import type { ReactElement } from 'react';
import { openFile, saveFile } from '../actions/files';
import { goToLibrary } from '../actions/workbooks';
import { Button, IconButton } from '../components/Button';
import { selectCanRedo, selectCanUndo, selectFileDirty, selectRedoLabel, selectUndoLabel } from '../state/selectors';
import { QuickTools } from './QuickTools';
import { SaveStatus } from './SaveStatus';
import { RoomButton, TopBarTimer } from './stages';
import { useApp, useAppApi } from '../state/appContext';
import { useDoc, useEditor } from '../state/editor/context';

const MOD = typeof navigator !== 'undefined' && /mac/i.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function TopBar(): ReactElement {
  const app = useAppApi();
  const { undo, redo } = useEditor();
  const title = useDoc((d) => d.workbook.title);
  const file = useDoc((d) => d.file);
  const dirty = useDoc(selectFileDirty);
  const canUndo = useDoc(selectCanUndo);
  const canRedo = useDoc(selectCanRedo);
  const undoLabel = useDoc(selectUndoLabel);
  const redoLabel = useDoc(selectRedoLabel);
  const showDialog = useApp((s) => s.showDialog);

  return (
    <header className="topbar">
      <Button variant="ghost" icon="arrowLeft" onClick={() => void goToLibrary(app)} className="topbar-back" title="Back to the library">Library</Button>
      <div className="topbar-title">
        <p className="topbar-name" title={title}>{title}</p>
        <p className="topbar-file">
          {file ? file.name : 'Not saved to a file yet'}
          {file && dirty && <span className="file-dirty"> · changes not in the file</span>}
        </p>
      </div>
      <SaveStatus />
      <TopBarTimer />
      <div className="topbar-actions">
        <QuickTools />
        <span className="toolbar-divider" aria-hidden="true" />
        <Button icon="open" onClick={() => void openFile(app)} title={`Open a .sprintbook file (${MOD}O)`}>Open</Button>
        <Button icon="save" onClick={() => void saveFile(app, false)} title={`Save to a .sprintbook file (${MOD}S)`}>Save</Button>
        <Button icon="file" onClick={() => void saveFile(app, true)} title={`Save to a new file (${MOD === '⌘' ? '⇧⌘S' : 'Ctrl+Shift+S'})`}>Save As…</Button>
        <span className="toolbar-divider" aria-hidden="true" />
        <IconButton icon="undo" label="Undo" tooltip={undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'} shortcut={`${MOD}Z`} disabled={!canUndo} onClick={undo} />
        <IconButton icon="redo" label="Redo" tooltip={redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo'} shortcut={MOD === '⌘' ? '⇧⌘Z' : 'Ctrl+Y'} disabled={!canRedo} onClick={redo} />
        <Button icon="history" onClick={() => showDialog({ kind: 'history' })}>History</Button>
        <RoomButton />
      </div>
    </header>
  );
}
