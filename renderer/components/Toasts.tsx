/**
 * Toasts: short news about something that just happened, with an optional action (Undo).
 * Errors are announced assertively and stay until dismissed.
 */
import { useEffect, type ReactElement } from 'react';
import { IconButton } from './Button';
import { Icon } from './Icon';

export interface ToastView {
  readonly id: number;
  readonly tone: 'info' | 'success' | 'error';
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
  readonly timeoutMs: number | null;
}

function ToastItem({ toast, onDismiss }: { toast: ToastView; onDismiss: (id: number) => void }) {
  useEffect(() => {
    if (toast.timeoutMs === null) return;
    const timer = setTimeout(() => onDismiss(toast.id), toast.timeoutMs);
    return () => clearTimeout(timer);
  }, [toast.id, toast.timeoutMs, onDismiss]);
  return (
    <li className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <Icon name={toast.tone === 'error' ? 'alert' : toast.tone === 'success' ? 'check' : 'info'} />
      <p className="toast-message">{toast.message}</p>
      {toast.action && (
        <button type="button" className="btn btn-ghost btn-sm toast-action" onClick={() => { toast.action!.run(); onDismiss(toast.id); }}>
          {toast.action.label}
        </button>
      )}
      <IconButton icon="x" label="Dismiss" onClick={() => onDismiss(toast.id)} />
    </li>
  );
}

export function Toasts({ toasts, onDismiss }: { toasts: readonly ToastView[]; onDismiss: (id: number) => void }): ReactElement {
  return (
    <section className="toasts" aria-label="Notifications">
      <ul>
        {toasts.map((t) => <ToastItem key={t.id} toast={t} onDismiss={onDismiss} />)}
      </ul>
    </section>
  );
}
