/**
 * Parking a question without leaving what you are doing: one field for the question (and one
 * for who raised it; the question wraps, a long one stays readable), Enter parks it, Escape cancels, and focus goes back where it was (the
 * Dialog's doing); the stage underneath, its selection included, is untouched. The name of the
 * last person who raised one is offered again: in a room, the same voice often asks twice.
 */
import { useState, type KeyboardEvent, type ReactElement } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextArea, TextField } from '../../components/Field';
import { QUICK_TOOL_SHORTCUT } from '../../hooks/quickToolKeys';
import { addParkingItem, parkingTextProblem } from '../../state/commands';
import { useEditor } from '../../state/editor/context';
import { showParkingLot } from '../../state/quickTools';
import { shortText } from './records';

export function CaptureDialog({ onClose }: { onClose: () => void }): ReactElement {
  const editor = useEditor();
  const [text, setText] = useState('');
  const [raisedBy, setRaisedBy] = useState(() => editor.workbook.parkingLot.at(-1)?.raisedBy ?? '');
  const [error, setError] = useState<string | null>(null);

  const park = () => {
    const problem = parkingTextProblem(text);
    if (problem) {
      setError(problem);
      return;
    }
    editor.execute(addParkingItem({ text, raisedBy }));
    const id = editor.workbook.parkingLot.at(-1)?.id ?? null;
    onClose();
    editor.notify({
      tone: 'success', message: `Parked: “${shortText(text.trim())}”`,
      action: { label: 'Show', run: () => showParkingLot(editor, id) },
    });
  };
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      park();
    }
  };

  return (
    <Dialog title="Park a question" size="sm" onClose={onClose}
      actions={<><Button onClick={onClose}>Cancel</Button><Button variant="primary" onClick={park}>Park it</Button></>}>
      <div className="parking-capture">
        <TextArea label="Question" value={text} error={error} data-autofocus rows={2}
          placeholder="What was asked, in the room’s words"
          onChange={(e) => { setText(e.target.value); setError(null); }} onKeyDown={onEnter} />
        <TextField label="Raised by (optional)" value={raisedBy} autoComplete="off" placeholder="A name"
          onChange={(e) => setRaisedBy(e.target.value)} onKeyDown={onEnter} />
        <p className="parking-keys muted">Enter parks it · Esc cancels · {QUICK_TOOL_SHORTCUT.capture} parks a question from any stage</p>
      </div>
    </Dialog>
  );
}
