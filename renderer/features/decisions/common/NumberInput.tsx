/**
 * A labelled amount typed as text, with a unit after it and the reason beside it while it does
 * not parse; the caller owns the draft (the policy checks two fields together).
 */
import type { ReactElement, ReactNode } from 'react';
import { TextField } from '../../../components/Field';

interface NumberInputProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly onBlur?: () => void;
  readonly error: string | null;
  readonly suffix?: string;
  readonly hint?: ReactNode;
  readonly focusKey?: string;
  readonly hideLabel?: boolean;
}

export function NumberInput({ label, value, onChange, onBlur, error, suffix, hint, focusKey, hideLabel }: NumberInputProps): ReactElement {
  return (
    <div className={['number-field', suffix ? 'has-suffix' : ''].filter(Boolean).join(' ')}>
      <TextField label={label} hideLabel={hideLabel} value={value} inputMode="decimal" autoComplete="off" error={error} hint={hint} focusKey={focusKey}
        onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      {suffix && <span className="number-suffix" aria-hidden="true">{suffix}</span>}
    </div>
  );
}
