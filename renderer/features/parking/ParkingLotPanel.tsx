/**
 * The parking lot: every question the room parked, by status (open, resolved, converted),
 * with a field to park one more. Opened from the top bar, from a "Show" in a toast, or by
 * Search everything on one item, which is then shown in its list and highlighted.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { ParkingStatus } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { QUICK_TOOL_SHORTCUT } from '../../hooks/quickToolKeys';
import { addParkingItem, parkingTextProblem, removeParkingItem } from '../../state/commands';
import { useAppApi } from '../../state/appContext';
import { useDoc, useEditor } from '../../state/editor/context';
import { useWorkbookList } from '../../state/hooks';
import { closeQuickTool } from '../../state/quickTools';
import { goToRecord } from '../../state/recordJump';
import { ParkingItemRow } from './ParkingItemRow';
import { shortText, type MadeRecord } from './records';

const REMOVE_LABEL = removeParkingItem('').label;

const FILTERS: readonly { readonly status: ParkingStatus; readonly label: string; readonly empty: string }[] = [
  { status: 'open', label: 'Open', empty: 'No open questions. Park one above, or press the shortcut on any stage.' },
  { status: 'resolved', label: 'Resolved', empty: 'No question has been resolved yet.' },
  { status: 'converted', label: 'Converted', empty: 'No question has become a record yet.' },
];

export function ParkingLotPanel({ itemId, onClose }: { itemId: string | null; onClose: () => void }): ReactElement {
  const app = useAppApi();
  const editor = useEditor();
  const lot = useWorkbookList((w) => w.parkingLot);
  const asked = lot.find((p) => p.id === itemId);
  const [status, setStatus] = useState<ParkingStatus>(asked?.status ?? 'open');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [converted, setConverted] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  // Undo is offered only while the removal is still the last change.
  const canUndoRemoval = useDoc((d) => d.past.at(-1)?.label === REMOVE_LABEL);
  const list = useRef<HTMLUListElement>(null);
  const shown = lot.filter((p) => p.status === status);
  const filter = FILTERS.find((f) => f.status === status)!;

  useEffect(() => {
    if (asked) setStatus(asked.status);
    list.current?.querySelector(`[data-parking-id="${itemId}"]`)?.scrollIntoView?.({ block: 'center' });
    // Only when another item is asked for: the list then follows edits by itself.
  }, [itemId]);

  const park = () => {
    const problem = parkingTextProblem(text);
    if (problem) return setError(problem);
    editor.execute(addParkingItem({ text }));
    setText('');
    setStatus('open');
  };
  const undoRemoval = () => {
    editor.undo();
    setRemoved(null);
  };
  const onConverted = (id: string) => {
    setConverted(id);
    setStatus('converted');
  };
  const jump = (made: MadeRecord, id: string) => {
    closeQuickTool(editor);
    goToRecord(app, made.kind, id);
  };

  return (
    <Dialog title="Parking lot" size="lg" onClose={onClose}>
      <div className="parking-add">
        <TextField label="Park a question" value={text} error={error} data-autofocus autoComplete="off"
          placeholder="A question to come back to" className="parking-add-field"
          hint={`${QUICK_TOOL_SHORTCUT.capture} parks a question from any stage without opening this list.`}
          onChange={(e) => { setText(e.target.value); setError(null); }}
          onKeyDown={(e) => { if (e.key === 'Enter' && !e.nativeEvent.isComposing) { e.preventDefault(); park(); } }} />
        <Button variant="primary" icon="plus" onClick={park}>Park</Button>
      </div>
      <div className="parking-filters" role="radiogroup" aria-label="Show">
        {FILTERS.map((f) => {
          const n = lot.filter((p) => p.status === f.status).length;
          return (
            <button key={f.status} type="button" role="radio" aria-checked={status === f.status}
              className={`parking-filter${status === f.status ? ' is-current' : ''}`} onClick={() => setStatus(f.status)}>
              {f.label} <span className="parking-count">{n}</span>
            </button>
          );
        })}
      </div>
      {removed !== null && canUndoRemoval && (
        <p className="parking-removed" role="status">
          Removed “{shortText(removed)}”. <Button size="sm" variant="ghost" onClick={undoRemoval}>Undo</Button>
        </p>
      )}
      {shown.length === 0
        ? <p className="parking-empty muted">{filter.empty}</p>
        : (
          <ul className="parking-list" ref={list} aria-label={`${filter.label} questions`}>
            {shown.map((item) => <ParkingItemRow key={item.id} item={item} highlighted={item.id === (converted ?? itemId)}
              offerJump={item.id === converted} onJump={jump} onConverted={onConverted} onRemoved={setRemoved} />)}
          </ul>
        )}
    </Dialog>
  );
}
