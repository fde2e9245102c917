/**
 * A labelled number field: typed as text (so "6,2" and a half-typed "-" are allowed while
 * typing), committed to the store only when it parses, with the reason shown while it does not.
 */
import type { ReactElement, ReactNode } from 'react';
import { TextField } from '../components/Field';
import { parseNumberText, type NumberRules } from './parse';
import { useParsedDraft } from '../hooks/useParsedDraft';
import { useSealHistory } from '../state/hooks';

interface NumberFieldProps extends NumberRules {
  readonly label: string;
  readonly value: number | undefined;
  readonly onCommit: (value: number | undefined) => void;
  readonly hint?: ReactNode;
  readonly focusKey?: string;
  readonly hideLabel?: boolean;
  readonly className?: string;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  /** A unit shown after the field ("hours"). */
  readonly suffix?: string;
}

export function NumberField({ label, value, onCommit, hint, focusKey, hideLabel, className, placeholder, disabled, suffix, ...rules }: NumberFieldProps): ReactElement {
  const seal = useSealHistory();
  const { draft, error, onChange } = useParsedDraft(
    value === undefined ? '' : String(value),
    (text) => parseNumberText(text, rules),
    onCommit,
    (v) => v === value,
  );
  return (
    <div className={['number-field', suffix ? 'has-suffix' : '', className ?? ''].filter(Boolean).join(' ')}>
      <TextField label={label} hideLabel={hideLabel} value={draft} inputMode="decimal" autoComplete="off" placeholder={placeholder}
        disabled={disabled} error={error} hint={hint} focusKey={focusKey}
        onChange={(e) => onChange(e.target.value)} onBlur={seal} />
      {suffix && <span className="number-suffix" aria-hidden="true">{suffix}</span>}
    </div>
  );
}
