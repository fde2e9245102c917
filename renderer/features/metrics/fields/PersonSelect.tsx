/**
 * Picks a person from the people in the room, or adds one on the spot: "Add a new person…"
 * opens a name field, and adding makes them the owner in the same undoable step (one Undo
 * takes back both, never leaving a person added by accident).
 */
import { useState, type ReactElement } from 'react';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { command, type Command } from '../../../state/command';
import { addPerson, newPersonId } from '../../../state/commands';
import { useExecute, useWorkbookList } from '../../../state/hooks';
import { useAppStore } from '../../../state/store';

const NEW = '\u0000new';

interface PersonSelectProps {
  readonly label: string;
  readonly value: string | undefined;
  /** The command that assigns `personId` (`''` for nobody). */
  readonly assign: (personId: string) => Command;
  readonly focusKey?: string;
  readonly hint?: string;
  readonly className?: string;
}

export function PersonSelect({ label, value, assign, focusKey, hint, className }: PersonSelectProps): ReactElement {
  const execute = useExecute();
  const people = useWorkbookList((w) => w.people);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const known = value === undefined || people.some((p) => p.id === value);
  const options = [
    { value: '', label: 'Nobody yet' },
    ...people.map((p) => ({ value: p.id, label: p.role ? `${p.name || p.id} (${p.role})` : p.name || p.id })),
    ...(known ? [] : [{ value: value!, label: `Unknown person “${value}”` }]),
    { value: NEW, label: 'Add a new person…' },
  ];

  const add = () => {
    const w = useAppStore.getState().workbook;
    if (!w || name.trim() === '') return;
    const id = newPersonId(w);
    const then = assign(id);
    execute(command(`Add ${name.trim()} and ${then.label.toLowerCase()}`, (wb, ctx) =>
      then.apply(addPerson({ id, name: name.trim() }).apply(wb, ctx), ctx)));
    setAdding(false);
    setName('');
  };

  if (adding) {
    return (
      <div className={['person-new', className ?? ''].filter(Boolean).join(' ')}>
        <TextField label={`${label}: name of the new person`} value={name} autoFocus placeholder="Full name"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') { e.preventDefault(); add(); }
            if (e.key === 'Escape') { e.stopPropagation(); setAdding(false); }
          }} />
        <div className="row-gap">
          <Button size="sm" variant="primary" onClick={add} disabled={name.trim() === ''}>Add person</Button>
          <Button size="sm" onClick={() => setAdding(false)}>Cancel</Button>
        </div>
      </div>
    );
  }
  return (
    <SelectField label={label} value={value ?? ''} options={options} focusKey={focusKey} hint={hint} className={className}
      onChange={(e) => {
        if (e.target.value === NEW) setAdding(true);
        else execute(assign(e.target.value));
      }} />
  );
}
