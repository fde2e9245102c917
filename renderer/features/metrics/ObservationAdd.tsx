/**
 * A row for a new observation: date (today by default), value and note; Enter adds it. A date
 * the browser holds but cannot give (31 February, half typed) is said at once, not read as empty.
 */
import { useState, type FormEvent, type ReactElement, type SyntheticEvent } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { addObservation } from '../../state/commands';
import { useExecute } from '../../state/hooks';
import { useEditor } from '../../state/editor/context';
import { localDate, parseDateText, parseNumberText } from '../../fields/parse';

export function ObservationAdd({ metricId, unit }: { metricId: string; unit: string }): ReactElement {
  const execute = useExecute();
  const { clock } = useEditor();
  const [date, setDate] = useState(() => localDate(clock.now()));
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  /** The browser holds a date it cannot give (Chromium reports '' with validity.badInput). */
  const [badDate, setBadDate] = useState(false);
  const readDate = (e: SyntheticEvent<HTMLInputElement>) => {
    setDate(e.currentTarget.value);
    setBadDate(e.currentTarget.value === '' && e.currentTarget.validity.badInput);
  };
  const parsedDate = badDate ? { ok: false as const, error: 'Not a date on the calendar, or not complete yet.' } : parseDateText(date, true);
  const parsedValue = parseNumberText(value, { required: true });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!parsedDate.ok || !parsedValue.ok) return;
    const trimmed = note.trim();
    execute(addObservation(metricId, { date: parsedDate.value!, value: parsedValue.value!, ...(trimmed ? { note: trimmed } : {}) }));
    setValue('');
    setNote('');
    setTried(false);
  };

  return (
    <form className="observation-add" onSubmit={submit} aria-label="Add an observation">
      <TextField label="Date" type="date" value={date} onChange={readDate} onBlur={readDate}
        error={(tried || badDate) && !parsedDate.ok ? parsedDate.error : null} />
      <TextField label={unit ? `Value (${unit})` : 'Value'} value={value} inputMode="decimal" autoComplete="off"
        onChange={(e) => setValue(e.target.value)} error={(tried || value !== '') && !parsedValue.ok ? parsedValue.error : null} />
      <TextField label="Note" value={note} placeholder="optional" onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" icon="plus">Add observation</Button>
    </form>
  );
}
