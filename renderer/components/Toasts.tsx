/**
 * Toasts: short news about something that just happened, with an optional action (Undo).
 * Errors are announced assertively and stay until dismissed. They sit at the bottom centre of
 * the window, over no toolbar or panel edge, and never over the control that raised them: the
 * element that had the focus when a toast arrived (the button just pressed) is remembered, and
 * when the toasts would cover it they move to the top centre, under the top bar, instead.
 */
import { useEffect, useLayoutEffect, useRef, type ReactElement } from 'react';
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
  const region = useRef<HTMLElement>(null);
  const anchor = useRef<{ id: number; element: Element } | null>(null);
  const newest = toasts.length ? toasts[toasts.length - 1]!.id : -1;

  // Before paint: the control that raised the newest toast, and a place that leaves it visible.
  useLayoutEffect(() => {
    const el = region.current;
    if (!el) return;
    const focused = document.activeElement;
    if (newest >= 0 && anchor.current?.id !== newest && focused && focused !== document.body && !el.contains(focused)) {
      anchor.current = { id: newest, element: focused };
    }
    el.dataset.placement = 'bottom';
    const control = anchor.current?.element;
    if (!control?.isConnected || toasts.length === 0) return;
    if (intersects(el.getBoundingClientRect(), control.getBoundingClientRect())) el.dataset.placement = 'top';
  }, [toasts, newest]);

  return (
    <section className="toasts" aria-label="Notifications" ref={region} data-placement="bottom">
      <ul>
        {toasts.map((t) => <ToastItem key={t.id} toast={t} onDismiss={onDismiss} />)}
      </ul>
    </section>
  );
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.width > 0 && b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
