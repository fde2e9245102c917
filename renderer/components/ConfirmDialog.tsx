/** A yes/no question with the consequence spelled out on the confirming button. */
import type { ReactElement, ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly danger?: boolean;
}

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, danger }: ConfirmDialogProps): ReactElement {
  return (
    <Dialog title={title} onClose={onCancel} role="alertdialog" size="sm" tone={danger ? 'danger' : 'neutral'}
      actions={<>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm}>{confirmLabel}</Button>
      </>}>
      {children}
    </Dialog>
  );
}
