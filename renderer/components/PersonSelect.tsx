/**
 * Picks a person from the people in the room, searched as you type (SearchPicker: a big
 * organisation's people are found, not listed), or adds one on the spot: "Add a new person…",
 * after the matches, opens a name field. Presentational: the caller says what choosing and adding do (see
 * usePersonChoice in renderer/state/hooks.ts, which makes adding-and-assigning one undo step).
 */
import { useState, type ReactElement } from 'react';
import type { Person } from '../../shared/model';
import { Button } from './Button';
import { TextField } from './Field';
import { SearchPicker } from './SearchPicker';

export interface PersonChoice {
  readonly people: readonly Person[];
  /** Called with a person's id, or `''` for nobody. */
  readonly onChoose: (personId: string) => void;
  /** Called with the trimmed name of a person to add and choose. */
  readonly onAdd: (name: string) => void;
}

interface PersonSelectProps extends PersonChoice {
  readonly label: string;
  readonly value: string | undefined;
  readonly focusKey?: string;
  readonly hint?: string;
  /** What is wrong with the choice (say, it names nobody among the people). */
  readonly error?: string | null;
  readonly className?: string;
  readonly hideLabel?: boolean;
  /** What "nobody" reads as in the list. */
  readonly noneLabel?: string;
}

export function personLabel(p: Person): string {
  const name = p.name || p.id;
  return p.role ? `${name} (${p.role})` : name;
}

export function PersonSelect({ label, value, people, onChoose, onAdd, focusKey, hint, error, className, hideLabel, noneLabel = 'Nobody yet' }: PersonSelectProps): ReactElement {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const known = value === undefined || people.some((p) => p.id === value);
  const options = [
    { value: '', label: noneLabel },
    ...people.map((p) => ({ value: p.id, label: personLabel(p) })),
    ...(known ? [] : [{ value: value!, label: `Unknown person “${value}”` }]),
  ];

  const add = () => {
    if (name.trim() === '') return;
    onAdd(name.trim());
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
    <SearchPicker label={label} hideLabel={hideLabel} value={value ?? ''} options={options} focusKey={focusKey} hint={hint} error={error} className={className}
      onChoose={onChoose} actions={[{ label: 'Add a new person…', onSelect: () => setAdding(true) }]} />
  );
}
