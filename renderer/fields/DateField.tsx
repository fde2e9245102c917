/**
 * A labelled date field (the browser's date picker). Clearing it removes the date unless it is
 * `required`; a date that is not on the calendar, or that `check` refuses, is not stored: the
 * field keeps what was typed and says why (hooks/useDateDraft).
 */
import type { ReactElement, ReactNode } from 'react';
import { TextField } from '../components/Field';
import { useDateDraft } from '../hooks/useDateDraft';
import { useSealHistory } from '../state/hooks';

interface DateFieldProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly onCommit: (value: string | undefined) => void;
  readonly hint?: ReactNode;
  /** About the stored date, which is kept ("on or before the end of the baseline period"). */
  readonly warning?: string | null;
  /** Empty is refused, for this reason. */
  readonly required?: string;
  /** Why a real date cannot be stored here ("the period would end before it starts"), or null. */
  readonly check?: (date: string) => string | null;
  readonly focusKey?: string;
  readonly hideLabel?: boolean;
  readonly className?: string;
  readonly disabled?: boolean;
}

export function DateField({ label, value, onCommit, hint, warning, required, check, focusKey, hideLabel, className, disabled }: DateFieldProps): ReactElement {
  const seal = useSealHistory();
  const date = useDateDraft(value, onCommit, { ...(required ? { required } : {}), ...(check ? { check } : {}) });
  return (
    <TextField label={label} hideLabel={hideLabel} type="date" value={date.value} className={className} disabled={disabled}
      hint={hint} error={date.error} warning={date.error ? null : warning ?? null} focusKey={focusKey}
      onChange={date.onChange} onFocus={date.onFocus}
      onBlur={(e) => {
        date.onBlur(e);
        seal();
      }} />
  );
}
