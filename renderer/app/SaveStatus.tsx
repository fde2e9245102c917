/**
 * Where the working copy stands: "Saved", "Saving…", or why it is not saved (with Retry).
 * Announced politely; an error is announced at once.
 */
import type { ReactElement } from 'react';
import { Icon } from '../components/Icon';
import { formatTime } from '../components/format';
import { services } from '../services';
import { useAppStore } from '../state/store';

export function SaveStatus(): ReactElement {
  const status = useAppStore((s) => s.saveStatus);
  const storageError = useAppStore((s) => s.storageError);
  const message = storageError ?? (status.state === 'error' ? status.message : null);
  if (message) {
    return (
      <div className="save-status save-error" role="alert">
        <Icon name="alert" size={18} />
        <span className="save-text" title={message}>Not saved</span>
        <span className="visually-hidden">{message}</span>
        <button type="button" className="btn btn-sm btn-ghost" onClick={() => void services().autosave.flush()} title={message}>Retry</button>
      </div>
    );
  }
  const saving = status.state === 'pending' || status.state === 'saving';
  return (
    <div className="save-status" role="status" title={status.state === 'saved' ? `Saved in this browser at ${formatTime(status.at)}` : undefined}>
      {saving ? <span className="spinner spinner-sm" aria-hidden="true" /> : <Icon name="check" size={18} />}
      <span className="save-text">{saving ? 'Saving…' : 'Saved'}</span>
    </div>
  );
}
