/**
 * A text field whose value must parse before it reaches the store: the draft shows what is
 * typed, with the reason while it does not parse; a value that parses is committed as typed,
 * and a change from outside (undo) replaces the draft.
 */
import { useState } from 'react';

/** What parsing a typed text gives: the value, or what is wrong with the text. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function useParsedDraft<T>(shown: string, parse: (text: string) => Parsed<T>, commit: (value: T) => void, same: (value: T) => boolean) {
  const [draft, setDraft] = useState(shown);
  const [seen, setSeen] = useState(shown);
  if (shown !== seen) {
    // Adjusting state while rendering (React's pattern for a changed prop): no stale flash.
    setSeen(shown);
    setDraft(shown);
  }
  const parsed = parse(draft);
  const onChange = (next: string) => {
    setDraft(next);
    const p = parse(next);
    if (p.ok && !same(p.value)) commit(p.value);
  };
  return { draft, error: parsed.ok ? null : parsed.error, onChange };
}
