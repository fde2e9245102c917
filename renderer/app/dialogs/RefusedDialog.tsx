/** A file that cannot be opened: the reason, every fault with its JSON pointer, and that nothing changed. */
import type { ReactElement } from 'react';
import type { Refusal } from '../../../shared/format/faults';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

const LIMIT = 200;

export function RefusedDialog({ fileName, refusal, onClose }: { fileName: string; refusal: Refusal; onClose: () => void }): ReactElement {
  const faults = refusal.faults.slice(0, LIMIT);
  return (
    <Dialog title={`${fileName} cannot be opened`} onClose={onClose} role="alertdialog" tone="danger" size="lg"
      actions={<Button variant="primary" onClick={onClose}>Close</Button>}>
      <p className="refusal-reason">{refusal.reason}</p>
      {faults.length > 0 && (
        <>
          <h3 className="subheading">{refusal.faults.length === 1 ? 'The fault' : `The ${refusal.faults.length} faults`}</h3>
          <ol className="fault-list">
            {faults.map((f, i) => (
              <li key={i}>
                <code className="pointer">{f.path || '/'}</code>
                <span>{f.message}</span>
              </li>
            ))}
          </ol>
          {refusal.faults.length > LIMIT && <p className="muted">… and {refusal.faults.length - LIMIT} more.</p>}
        </>
      )}
      <p className="muted">Nothing was changed: the library and the open workbook are as they were.</p>
    </Dialog>
  );
}
