/**
 * Adds an entry of one's own (a control, something to log) by typing it: Enter or the button
 * adds it; an empty or repeated entry is refused with the reason at the field.
 */
import { useState, type ReactElement } from 'react';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/Field';

interface FreeTextAdderProps {
  readonly label: string;
  readonly placeholder: string;
  readonly button: string;
  /** Why `text` cannot be added, or null. */
  readonly check: (text: string) => string | null;
  readonly onAdd: (text: string) => void;
}

export function FreeTextAdder({ label, placeholder, button, check, onAdd }: FreeTextAdderProps): ReactElement {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const refusal = check(text);
    if (refusal) { setError(refusal); return; }
    onAdd(text.trim());
    setText('');
    setError(null);
  };
  return (
    <div className="free-text-adder">
      <TextField label={label} value={text} placeholder={placeholder} error={error} autoComplete="off"
        onChange={(e) => { setText(e.target.value); setError(null); }}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
      <Button icon="plus" onClick={add}>{button}</Button>
    </div>
  );
}
