/** A labelled date field (the browser's date picker); clearing it removes the date. */
import type { ReactElement, ReactNode } from 'react';
import { TextField } from '../../../components/Field';
import { useAppStore } from '../../../state/store';
import { parseDateText } from './parse';

interface DateFieldProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly onCommit: (value: string | undefined) => void;
  readonly hint?: ReactNode;
  /** A warning that does not stop the value from being kept ("ends before it starts"). */
  readonly warning?: string | null;
  readonly focusKey?: string;
  readonly hideLabel?: boolean;
  readonly className?: string;
  readonly disabled?: boolean;
}

export function DateField({ label, value, onCommit, hint, warning, focusKey, hideLabel, className, disabled }: DateFieldProps): ReactElement {
  const seal = useAppStore((s) => s.sealHistory);
  return (
    <TextField label={label} hideLabel={hideLabel} type="date" value={value ?? ''} className={className} disabled={disabled}
      hint={hint} error={warning ?? null} focusKey={focusKey} onBlur={seal}
      onChange={(e) => {
        const parsed = parseDateText(e.target.value);
        if (parsed.ok && parsed.value !== value) onCommit(parsed.value);
      }} />
  );
}
