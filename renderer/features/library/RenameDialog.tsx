/** Renaming a workbook from the library; the title must be 1–200 characters (the file format's rule). */
import { useState, type FormEvent, type ReactElement } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { titleError } from '../../fields/validation';

export function RenameDialog({ title, onRename, onClose }: { title: string; onRename: (title: string) => void; onClose: () => void }): ReactElement {
  const [draft, setDraft] = useState(title);
  const error = titleError(draft);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!error) onRename(draft);
  };
  return (
    <Dialog title="Rename workbook" onClose={onClose} size="sm">
      <form onSubmit={submit} className="stack">
        <TextField label="Title" value={draft} onChange={(e) => setDraft(e.target.value)} error={error} maxLength={200} data-autofocus="" />
        <div className="dialog-actions dialog-actions-inline">
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" disabled={error !== null}>Rename</Button>
        </div>
      </form>
    </Dialog>
  );
}
