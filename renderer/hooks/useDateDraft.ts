/**
 * A date field (`<input type="date">`) that stores only a date it knows is right, as number
 * fields do (useParsedDraft): what is typed stays in the field, with the reason beside it, and
 * the stored date stays as it was.
 *
 * Chromium reports a date that is not on the calendar (31 February) or not complete yet as the
 * value '' with `validity.badInput`. Taken at its word, that is "cleared", and it deleted the
 * stored date; here it is refused. Typed into an empty field it fires no event at all, so blur
 * asks the field too. `check` refuses a real date that is wrong where it is typed (a period
 * that would end before it starts); such a date is stored as soon as it becomes right (the
 * other end of the period moved), since it is still what the field shows.
 *
 * Typing goes segment by segment, and a date is stored as soon as the field holds a real one:
 * on the way to 31 February, 2 February is stored for a keystroke. When the edit ends (blur)
 * on a date that is refused, the date from before the edit comes back, so a typed impossible
 * date neither deletes nor changes the stored one.
 */
import { useEffect, useRef, useState, type ChangeEvent, type FocusEvent } from 'react';
import { isValidDate } from '../../shared/logic';
import { formatDate } from '../components/format';

export interface DateRules {
  /** Empty is refused, for this reason ("An observation needs a date."). */
  readonly required?: string;
  /** Why a real date cannot be stored here, or null. */
  readonly check?: (date: string) => string | null;
}

/** What the field holds: its value, and whether the browser holds a date it cannot give (`bad`). */
export interface DateDraft { readonly text: string; readonly bad: boolean }

export type DateReading = { readonly ok: true; readonly value: string | undefined } | { readonly ok: false; readonly error: string };

/** What a draft means for the stored date `stored`: the value to store, or why nothing is stored. */
export function readDateDraft(draft: DateDraft, stored: string | undefined, rules: DateRules = {}): DateReading {
  const kept = stored === undefined ? 'nothing is stored until it is one' : `the workbook keeps ${formatDate(stored)}`;
  if (draft.bad) return { ok: false, error: `Not a date on the calendar, or not complete yet: ${kept}.` };
  const text = draft.text;
  if (text === '') {
    return rules.required ? { ok: false, error: `${rules.required} Clearing it does not remove it: ${kept}.` } : { ok: true, value: undefined };
  }
  if (!isValidDate(text)) {
    const why = /^\d{5,}-/.test(text) ? 'Write the year with four digits' : `“${text}” is not a date on the calendar`;
    return { ok: false, error: `${why}: ${kept}.` };
  }
  const refused = rules.check?.(text) ?? null;
  return refused === null ? { ok: true, value: text } : { ok: false, error: `${refused} Not stored: ${kept}.` };
}

export function useDateDraft(stored: string | undefined, commit: (date: string | undefined) => void, rules: DateRules = {}) {
  const shown = stored ?? '';
  const [draft, setDraft] = useState<DateDraft>({ text: shown, bad: false });
  const [seen, setSeen] = useState(shown);
  if (shown !== seen) {
    // A change from outside (undo, another field's command) replaces the draft: no stale flash.
    setSeen(shown);
    setDraft({ text: shown, bad: false });
  }
  const reading = readDateDraft(draft, stored, rules);
  /** The stored date when the field took the focus: what a refused edit gives back. */
  const beforeEdit = useRef<{ readonly stored: string | undefined } | null>(null);
  const storable = reading.ok ? reading.value : null;

  const take = (next: DateDraft) => {
    setDraft(next);
    const r = readDateDraft(next, stored, rules);
    if (r.ok && r.value !== stored) commit(r.value);
  };

  // Typing commits at once, so this only acts on a date `check` refused that has become right.
  useEffect(() => {
    if (storable !== null && storable !== stored) commit(storable);
    // When what the field would store changes, not on every new `commit` closure.
  }, [storable, stored]);

  return {
    /** For the input's `value`: '' while the browser holds a date it cannot give, so React leaves the typing alone. */
    value: draft.bad ? '' : draft.text,
    error: reading.ok ? null : reading.error,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const el = e.currentTarget;
      take({ text: el.value, bad: el.value === '' && el.validity.badInput });
    },
    onFocus: () => {
      beforeEdit.current = { stored };
    },
    onBlur: (e: FocusEvent<HTMLInputElement>) => {
      const el = e.currentTarget;
      let ended = draft;
      if (el.value === '' && el.validity.badInput && !draft.bad) setDraft((ended = { text: '', bad: true }));
      const before = beforeEdit.current;
      beforeEdit.current = null;
      if (before && before.stored !== stored && !readDateDraft(ended, stored, rules).ok) {
        // Marked as seen first, so giving the date back does not replace what the field shows.
        setSeen(before.stored ?? '');
        commit(before.stored);
      }
    },
  };
}
