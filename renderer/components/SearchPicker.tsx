/**
 * A search-as-you-type picker (an ARIA 1.2 combobox with a listbox popup): the field shows the
 * chosen option's label; typing lists the options whose label holds every typed word, at most
 * a screenful of them, so a workbook of ten thousand nodes never puts ten thousand elements in
 * the page (a `<select>` would). Arrow keys move through the list, Enter chooses, Escape
 * closes and keeps the choice. Actions (such as "Add a new person…") are listed after the options.
 */
import { useMemo, useState, type KeyboardEvent, type ReactElement, type ReactNode } from 'react';
import { useDescribed, Wrapper } from './Field';

export interface PickerOption { readonly value: string; readonly label: string }
export interface PickerAction { readonly label: string; readonly onSelect: () => void }

export interface SearchPickerProps {
  readonly label: string;
  /** The chosen option's value; `''` when nothing is chosen (the placeholder shows). */
  readonly value: string;
  readonly options: readonly PickerOption[];
  readonly onChoose: (value: string) => void;
  readonly actions?: readonly PickerAction[];
  readonly placeholder?: string;
  readonly hint?: ReactNode;
  /** What is wrong with the current choice (it names no option): shown under the field, which is marked invalid. */
  readonly error?: string | null;
  readonly focusKey?: string;
  readonly className?: string;
  readonly hideLabel?: boolean;
  /** How many matches are listed at most; the rest are counted ("and 212 more: keep typing"). */
  readonly limit?: number;
}

const LIMIT = 30;

/** Options whose label holds every word of `query` (any case), in their own order, at most `limit` of them. */
export function matchOptions(options: readonly PickerOption[], query: string, limit: number): { shown: PickerOption[]; total: number } {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown: PickerOption[] = [];
  let total = 0;
  for (const o of options) {
    const label = o.label.toLowerCase();
    if (!words.every((w) => label.includes(w))) continue;
    total++;
    if (shown.length < limit) shown.push(o);
  }
  return { shown, total };
}

export function SearchPicker({ label, value, options, onChoose, actions = [], placeholder, hint, error, focusKey, className, hideLabel, limit = LIMIT }: SearchPickerProps): ReactElement {
  const d = useDescribed(hint, error);
  const id = d.id, listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const chosen = useMemo(() => options.find((o) => o.value === value), [options, value]);
  const { shown, total } = useMemo(() => (open ? matchOptions(options, query ?? '', limit) : { shown: [], total: 0 }), [open, options, query, limit]);
  const rows = shown.length + actions.length;

  const close = () => { setOpen(false); setQuery(null); setActive(0); };
  const choose = (row: number) => {
    close();
    if (row < shown.length) onChoose(shown[row]!.value);
    else actions[row - shown.length]?.onSelect();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) { setOpen(true); setActive(0); return; }
      if (rows > 0) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + rows) % rows);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      if (rows > 0) choose(Math.min(active, rows - 1));
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  const optionId = (row: number) => `${id}-row-${row}`;
  const more = total - shown.length;
  return (
    <Wrapper frame={{ label, hint, error, hideLabel, className: ['search-picker', className ?? ''].filter(Boolean).join(' ') }} {...d}>
      <div className="search-picker-box">
        <input
            id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && rows > 0 ? optionId(Math.min(active, rows - 1)) : undefined}
          aria-describedby={d.describedBy}
          aria-invalid={error ? true : undefined}
          data-focus={focusKey}
          autoComplete="off"
          spellCheck={false}
          placeholder={chosen ? chosen.label : placeholder}
          value={query ?? chosen?.label ?? ''}
          onChange={(e) => { setQuery(e.target.value); setOpen(true); setActive(0); }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <ul id={listId} role="listbox" aria-label={label} className="search-picker-list" hidden={!open}>
          {shown.map((o, row) => (
            <li key={o.value} id={optionId(row)} role="option" aria-selected={o.value === value}
              className={row === active ? 'is-active' : undefined}
              onMouseDown={(e) => e.preventDefault()} onClick={() => choose(row)}>{o.label}</li>
          ))}
          {open && (more > 0 || total === 0) && (
            <li role="presentation" className="search-picker-more">
              {total === 0 ? 'No match' : `and ${more.toLocaleString('en')} more: keep typing to narrow`}
            </li>
          )}
          {actions.map((a, i) => (
            <li key={a.label} id={optionId(shown.length + i)} role="option" aria-selected={false}
              className={`search-picker-action${shown.length + i === active ? ' is-active' : ''}`}
              onMouseDown={(e) => e.preventDefault()} onClick={() => choose(shown.length + i)}>{a.label}</li>
          ))}
        </ul>
      </div>
    </Wrapper>
  );
}
