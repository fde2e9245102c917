/**
 * Where the working copy stands: "Saved", "Saving…", or why it is not saved (with Retry); that
 * another tab or window changed the workbook (renderer/app/StaleWorkbook); and, beside it, that
 * the workbook is open in another tab or window too. Announced politely; an error at once.
 */
import type { ReactElement } from 'react';
import { useStore } from 'zustand';
import { Icon } from '../components/Icon';
import { formatTime } from '../components/format';
import { workingCopyNotices } from '../db/notices';
import { services } from '../db/services';
import { StaleStatus } from './StaleWorkbook';
import { useApp } from '../state/appContext';
import { useEditor, useSaveStatus } from '../state/editor/context';

export function SaveStatus(): ReactElement {
  const { session } = useEditor();
  const status = useSaveStatus();
  const storageError = useApp((s) => s.storageError);
  const sessionId = session.id, workbookId = session.workbookId;
  const stale = useStore(workingCopyNotices, (s) => s.stale);
  const elsewhere = useStore(workingCopyNotices, (s) => s.elsewhere);
  const alsoOpen = elsewhere !== null && elsewhere.workbookId === workbookId ? <AlsoOpen tabs={elsewhere.tabs} /> : null;

  if (stale && stale.sessionId === sessionId) return <StaleStatus key={stale.sessionId} notice={stale} />;
  const message = storageError ?? (status.state === 'error' ? status.message : null);
  if (message) {
    return (
      <>
        <div className="save-status save-error" role="alert">
          <Icon name="alert" size={18} />
          <span className="save-text" title={message}>Not saved</span>
          <span className="visually-hidden">{message}</span>
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => void services().autosave.flush()} title={message}>Retry</button>
        </div>
        {alsoOpen}
      </>
    );
  }
  const saving = status.state === 'pending' || status.state === 'saving';
  return (
    <>
      <div className="save-status" role="status" title={status.state === 'saved' ? `Saved in this browser at ${formatTime(status.at)}` : undefined}>
        {saving ? <span className="spinner spinner-sm" aria-hidden="true" /> : <Icon name="check" size={18} />}
        <span className="save-text">{saving ? 'Saving…' : 'Saved'}</span>
      </div>
      {alsoOpen}
    </>
  );
}

function AlsoOpen({ tabs }: { tabs: number }): ReactElement {
  const where = tabs === 1 ? 'another tab or window' : `${tabs} other tabs or windows`;
  const why = `Also open in ${where}. Make your changes in one place: once one of them saves, the other saves nothing over it and keeps its own changes in History.`;
  return (
    <div className="save-status save-warn" role="status" title={why}>
      <Icon name="alert" size={18} />
      <span className="save-text">Open in {tabs + 1} tabs</span>
      <span className="visually-hidden">{why}</span>
    </div>
  );
}
