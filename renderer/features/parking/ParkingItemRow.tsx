/**
 * One parked question in the list: its text, who raised it and when, and what can happen to it.
 * Open: resolve with a note, convert into a record (one action: the four kinds side by side),
 * edit, remove. Resolved: its note, reopen. Converted: the record it became, with a jump there.
 * Removing is offered back by the panel (Undo). Only one action is open at a time, in place of the buttons.
 */
import { useState, type KeyboardEvent, type ReactElement } from 'react';
import type { ParkingItem } from '../../../shared/model';
import { Badge } from '../../components/Badge';
import { Button, IconButton } from '../../components/Button';
import { TextField } from '../../components/Field';
import {
  convertParkingItem, editParkingItem, parkingTextProblem, removeParkingItem, reopenParkingItem, resolveParkingItem,
  type ParkingConversion,
} from '../../state/commands';
import { useEditor } from '../../state/editor/context';
import { useWorkbook } from '../../state/hooks';
import { CONVERSIONS, madeRecord, raisedWhen, shortText, type MadeRecord } from './records';

type Mode = 'view' | 'resolve' | 'convert' | 'edit';

interface RowProps {
  readonly item: ParkingItem;
  readonly highlighted: boolean;
  /** Goes to a record (the panel closes first). */
  readonly onJump: (made: MadeRecord, id: string) => void;
  /** The item became a record: the panel shows it among the converted ones. */
  readonly onConverted: (itemId: string) => void;
  /** The item was removed: the panel offers Undo (the app's toasts are inert under a dialog). */
  readonly onRemoved: (text: string) => void;
  /** Focus the jump to the record it became (just converted). */
  readonly offerJump: boolean;
}

const onKey = (run: () => void, cancel: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
    e.preventDefault();
    run();
  } else if (e.key === 'Escape') {
    // Closes this action, not the whole panel.
    e.stopPropagation();
    cancel();
  }
};

export function ParkingItemRow({ item, highlighted, onJump, onConverted, onRemoved, offerJump }: RowProps): ReactElement {
  const editor = useEditor();
  const w = useWorkbook();
  const made = madeRecord(w, item);
  const [mode, setMode] = useState<Mode>('view');
  const [note, setNote] = useState(item.resolution ?? '');
  const [text, setText] = useState(item.text);
  const [raisedBy, setRaisedBy] = useState(item.raisedBy ?? '');
  const [error, setError] = useState<string | null>(null);
  const view = () => {
    setMode('view');
    setError(null);
  };

  const resolve = () => {
    editor.execute(resolveParkingItem(item.id, note));
    view();
  };
  const save = () => {
    const problem = parkingTextProblem(text);
    if (problem) return setError(problem);
    editor.execute(editParkingItem(item.id, { text, raisedBy }));
    editor.sealHistory();
    view();
  };
  const convert = (kind: ParkingConversion) => {
    if (!editor.execute(convertParkingItem(item.id, kind))) return;
    view();
    // The list turns to it with the jump to its record focused: a toast would sit, inert, under this dialog.
    onConverted(item.id);
  };
  const remove = () => {
    if (editor.execute(removeParkingItem(item.id))) onRemoved(item.text);
  };

  return (
    <li className={`parking-item parking-${item.status}${highlighted ? ' is-highlighted' : ''}`} data-parking-id={item.id}>
      <div className="parking-item-main">
        <p className="parking-text">{item.text}</p>
        <p className="parking-meta">
          {item.raisedBy ? <>Raised by <strong>{item.raisedBy}</strong> · </> : null}
          <time dateTime={item.raisedAt}>{raisedWhen(item.raisedAt, w.locale)}</time>
        </p>
        {item.status === 'resolved' && (
          <p className="parking-outcome"><Badge tone="good">Resolved</Badge> {item.resolution ?? <span className="muted">no note</span>}</p>
        )}
        {item.status === 'converted' && (
          <p className="parking-outcome">
            <Badge tone="info">Converted</Badge>{' '}
            {made ? <>became the {made.noun} “{made.name || 'untitled'}”</> : <span className="muted">the record it became was removed</span>}
          </p>
        )}
      </div>

      {mode === 'view' && (
        <div className="parking-actions">
          {item.status === 'open' && <>
            <Button size="sm" onClick={() => setMode('resolve')}>Resolve…</Button>
            <Button size="sm" onClick={() => setMode('convert')}>Convert…</Button>
            <IconButton icon="edit" label={`Edit “${shortText(item.text, 40)}”`} onClick={() => { setText(item.text); setRaisedBy(item.raisedBy ?? ''); setMode('edit'); }} />
          </>}
          {item.status === 'converted' && made && item.convertedTo && (
            <Button size="sm" icon="arrowRight" autoFocus={offerJump} onClick={() => onJump(made, item.convertedTo!)}>Open {made.noun}</Button>
          )}
          {(item.status === 'resolved' || (item.status === 'converted' && !made)) && (
            <Button size="sm" onClick={() => editor.execute(reopenParkingItem(item.id))}>Reopen</Button>
          )}
          <IconButton icon="trash" label={`Remove “${shortText(item.text, 40)}”`} onClick={remove} />
        </div>
      )}

      {mode === 'resolve' && (
        <div className="parking-form" role="group" aria-label="Resolve the question">
          <TextField label="Resolution note" value={note} autoFocus placeholder="What the room decided, or why it no longer matters"
            onChange={(e) => setNote(e.target.value)} onKeyDown={onKey(resolve, view)} />
          <div className="parking-form-actions">
            <Button size="sm" onClick={view}>Cancel</Button>
            <Button size="sm" variant="primary" icon="check" onClick={resolve}>Resolve</Button>
          </div>
        </div>
      )}

      {mode === 'convert' && (
        <div className="parking-form" role="group" aria-label="Convert the question into">
          <p className="field-label">Convert into a new …</p>
          <div className="parking-conversions">
            {CONVERSIONS.map((c, i) => (
              <Button key={c.kind} size="sm" autoFocus={i === 0} onClick={() => convert(c.kind)}
                onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); view(); } }}>{c.label}</Button>
            ))}
            <Button size="sm" variant="ghost" onClick={view}>Cancel</Button>
          </div>
          <p className="field-hint">The question becomes its title or name; the item is marked converted and linked to it.</p>
        </div>
      )}

      {mode === 'edit' && (
        <div className="parking-form" role="group" aria-label="Edit the question">
          <TextField label="Question" value={text} autoFocus error={error}
            onChange={(e) => { setText(e.target.value); setError(null); }} onKeyDown={onKey(save, view)} />
          <TextField label="Raised by" value={raisedBy} onChange={(e) => setRaisedBy(e.target.value)} onKeyDown={onKey(save, view)} />
          <div className="parking-form-actions">
            <Button size="sm" onClick={view}>Cancel</Button>
            <Button size="sm" variant="primary" onClick={save}>Save</Button>
          </div>
        </div>
      )}
    </li>
  );
}
