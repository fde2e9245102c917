/**
 * A text field whose value must be valid before it reaches the store: the draft shows what
 * is typed (with the reason while it is invalid); valid values are committed as typed, and a
 * change from outside (undo) replaces the draft.
 */
import { useState } from 'react';

export function useDraft(value: string, validate: (v: string) => string | null, commit: (v: string) => void) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // Set during render (React's "adjusting state when a prop changes"): no flash of the old draft.
    setSeen(value);
    setDraft(value);
  }
  const error = validate(draft);
  const onChange = (next: string) => {
    setDraft(next);
    if (validate(next) === null && next !== value) commit(next);
  };
  return { draft, error, onChange };
}
