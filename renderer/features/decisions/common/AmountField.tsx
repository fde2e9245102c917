/**
 * An amount of money typed in the workbook's locale (amount.ts), committed when it reads as an
 * amount of 0 or more, with the reason at the field otherwise. What was typed stays as typed
 * ("10,000"); a change from elsewhere (undo) replaces it.
 */
import { useState, type ReactElement, type ReactNode } from 'react';
import { amountParser } from './amount';
import { NumberInput } from './NumberInput';
import { useSealHistory } from '../../../state/hooks';

interface AmountFieldProps {
  readonly label: string;
  readonly value: number;
  readonly locale: string | undefined;
  readonly currency: string;
  readonly onCommit: (value: number) => void;
  readonly hint?: ReactNode;
  readonly focusKey?: string;
  readonly hideLabel?: boolean;
}

export function AmountField({ label, value, locale, currency, onCommit, hint, focusKey, hideLabel }: AmountFieldProps): ReactElement {
  const seal = useSealHistory();
  const parse = amountParser(locale);
  const [draft, setDraft] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // Adjusting state while rendering (React's pattern for a changed prop): keep the typed text when it says the same.
    setSeen(value);
    const p = parse(draft);
    if (!(p.ok && p.value === value)) setDraft(String(value));
  }
  const read = (text: string) => {
    const p = parse(text);
    if (!p.ok) return p;
    if (p.value === undefined) return { ok: false as const, error: 'Enter an amount; 0 when no money is at stake.' };
    return p.value < 0 ? { ok: false as const, error: 'Enter an amount of 0 or more.' } : { ok: true as const, value: p.value };
  };
  const current = read(draft);
  return (
    <NumberInput label={label} hideLabel={hideLabel} value={draft} error={current.ok ? null : current.error} suffix={currency} hint={hint} focusKey={focusKey}
      onBlur={seal}
      onChange={(text) => {
        setDraft(text);
        const p = read(text);
        if (p.ok && p.value !== value) onCommit(p.value);
      }} />
  );
}
