/** A question answered yes or no, as two radio buttons with the answer spelled out. */
import { useId, type ReactElement, type ReactNode } from 'react';

interface YesNoProps {
  readonly question: string;
  readonly value: boolean;
  readonly yes: string;
  readonly no: string;
  readonly onChange: (value: boolean) => void;
  readonly hint?: ReactNode;
  readonly focusKey?: string;
}

export function YesNo({ question, value, yes, no, onChange, hint, focusKey }: YesNoProps): ReactElement {
  const name = useId();
  return (
    <fieldset className="factor-question" data-focus={focusKey} tabIndex={focusKey ? -1 : undefined}>
      <legend className="factor-question-text">{question}</legend>
      <div className="yes-no">
        <label className={`yes-no-choice${value ? ' is-current' : ''}`}>
          <input type="radio" name={name} checked={value} onChange={() => onChange(true)} /><span>{yes}</span>
        </label>
        <label className={`yes-no-choice${value ? '' : ' is-current'}`}>
          <input type="radio" name={name} checked={!value} onChange={() => onChange(false)} /><span>{no}</span>
        </label>
      </div>
      {hint && <p className="field-hint">{hint}</p>}
    </fieldset>
  );
}
