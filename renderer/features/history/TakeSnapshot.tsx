/**
 * "Take snapshot": keeps the open workbook as it is now under a name the facilitator types
 * ("Before the steering meeting"), for good. Pending edits are written first, so the snapshot
 * is exactly what is on screen.
 */
import { useState, type FormEvent, type ReactElement } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { describeStorageError } from '../../db/errors';
import { SNAPSHOT_NAME_MAX, takeNamedSnapshot } from '../../db/namedSnapshots';
import { services } from '../../db/services';
import { useEditor } from '../../state/editor/context';

export function TakeSnapshot(): ReactElement {
  const editor = useEditor();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') { setError('Type a name for the snapshot, such as "Before the steering meeting".'); return; }
    setBusy(true);
    try {
      await services().autosave.flush();
      await takeNamedSnapshot(services().db, editor.workbook, name, Date.now());
      editor.notify({ tone: 'success', message: `Kept the snapshot “${name.trim()}”.` });
      setName('');
      setNaming(false);
      setError(null);
    } catch (err) {
      setError(describeStorageError(err));
    } finally {
      setBusy(false);
    }
  };

  if (!naming) return <Button icon="plus" onClick={() => setNaming(true)}>Take snapshot</Button>;
  return (
    <form className="take-snapshot row-gap" onSubmit={(e) => void submit(e)}>
      <TextField label="Snapshot name" value={name} maxLength={SNAPSHOT_NAME_MAX} autoFocus error={error}
        onChange={(e) => { setName(e.target.value); setError(null); }} />
      <Button type="submit" variant="primary" disabled={busy}>Keep snapshot</Button>
      <Button onClick={() => { setNaming(false); setError(null); }}>Cancel</Button>
    </form>
  );
}
