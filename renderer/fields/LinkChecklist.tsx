/**
 * A group of checkboxes linking a record to others (the decisions a metric measures, the
 * metrics a roadmap item gates on), named by its legend. A long list (a workbook with hundreds
 * of decisions) starts folded to the linked ones, with a button to show them all: nobody reads
 * three hundred checkboxes to find the three that are ticked.
 */
import { useState, type ReactElement } from 'react';

export interface LinkOption { readonly id: string; readonly label: string; readonly note?: string }

interface LinkChecklistProps {
  readonly legend: string;
  readonly options: readonly LinkOption[];
  readonly checked: readonly string[];
  readonly onToggle: (id: string, on: boolean) => void;
  readonly empty: string;
  readonly focusKey?: string;
  readonly className?: string;
}

/** Lists longer than this start folded. */
export const FOLD_ABOVE = 24;

export function LinkChecklist({ legend, options, checked, onToggle, empty, focusKey, className }: LinkChecklistProps): ReactElement {
  const [open, setOpen] = useState(false);
  const folded = !open && options.length > FOLD_ABOVE;
  const shown = folded ? options.filter((o) => checked.includes(o.id)) : options;
  return (
    <fieldset className={['link-list', className ?? ''].filter(Boolean).join(' ')} data-focus={focusKey} tabIndex={focusKey ? -1 : undefined}>
      <legend className="field-label">{legend}</legend>
      {options.length === 0 && <p className="muted small">{empty}</p>}
      {shown.length > 0 && (
        <ul>
          {shown.map((o) => (
            <li key={o.id}>
              <label className="check">
                <input type="checkbox" checked={checked.includes(o.id)} onChange={(e) => onToggle(o.id, e.target.checked)} />
                <span>{o.label}{o.note && <span className="muted small"> · {o.note}</span>}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {folded && (
        <p className="link-list-fold">
          <span className="muted small">{checked.length === 0 ? 'None linked yet.' : `${shown.length} of ${options.length} linked.`}</span>
          <button type="button" className="btn btn-sm" onClick={() => setOpen(true)}>Show all {options.length}</button>
        </p>
      )}
    </fieldset>
  );
}
