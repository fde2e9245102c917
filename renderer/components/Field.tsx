/**
 * Labelled form fields. Every input has a visible label; hints, warnings and errors are tied to
 * it with aria-describedby, and an error (what was typed is refused) also sets aria-invalid; a
 * warning (kept, but worth a look) does not. `focusKey` becomes `data-focus`, the handle a
 * readiness "Fix" link uses to bring the field into view.
 */
import { useId, type InputHTMLAttributes, type ReactElement, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

export interface Frame {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | null;
  readonly warning?: string | null;
  readonly focusKey?: string;
  /** Hide the label visually (tables), keeping it for screen readers. */
  readonly hideLabel?: boolean;
  readonly className?: string;
}

/** Ids for a field's input and its error, warning and hint, and the aria-describedby that ties them. */
export function useDescribed(hint: ReactNode, error: string | null | undefined, warning?: string | null) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const warningId = warning ? `${id}-warning` : undefined;
  const describedBy = [errorId, warningId, hintId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, warningId, describedBy };
}

interface Described { id: string; hintId?: string | undefined; errorId?: string | undefined; warningId?: string | undefined }

/** A field's label, then its control (`children`), error, warning and hint. */
export function Wrapper({ frame, id, hintId, errorId, warningId, children }: Described & { frame: Frame; children: ReactNode }) {
  return (
    <div className={['field', frame.className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={frame.hideLabel ? 'visually-hidden' : 'field-label'}>{frame.label}</label>
      {children}
      {frame.error && <p id={errorId} className="field-error" role="alert">{frame.error}</p>}
      {frame.warning && <p id={warningId} className="field-warning">{frame.warning}</p>}
      {frame.hint && <p id={hintId} className="field-hint">{frame.hint}</p>}
    </div>
  );
}

type TextFieldProps = Frame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

export function TextField({ label, hint, error, warning, focusKey, hideLabel, className, ...input }: TextFieldProps): ReactElement {
  const d = useDescribed(hint, error, warning);
  return (
    <Wrapper frame={{ label, hint, error, warning, hideLabel, className }} {...d}>
      <input id={d.id} aria-describedby={d.describedBy} aria-invalid={error ? true : undefined} data-focus={focusKey} {...input} />
    </Wrapper>
  );
}

type TextAreaProps = Frame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

export function TextArea({ label, hint, error, warning, focusKey, hideLabel, className, ...area }: TextAreaProps): ReactElement {
  const d = useDescribed(hint, error, warning);
  return (
    <Wrapper frame={{ label, hint, error, warning, hideLabel, className }} {...d}>
      <textarea id={d.id} aria-describedby={d.describedBy} aria-invalid={error ? true : undefined} data-focus={focusKey} {...area} />
    </Wrapper>
  );
}

type SelectFieldProps = Frame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
  readonly options: readonly { readonly value: string; readonly label: string }[];
};

export function SelectField({ label, hint, error, warning, focusKey, hideLabel, className, options, ...select }: SelectFieldProps): ReactElement {
  const d = useDescribed(hint, error, warning);
  return (
    <Wrapper frame={{ label, hint, error, warning, hideLabel, className }} {...d}>
      <select id={d.id} aria-describedby={d.describedBy} aria-invalid={error ? true : undefined} data-focus={focusKey} {...select}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Wrapper>
  );
}
