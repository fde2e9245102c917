/**
 * A text field whose value must be valid before it reaches the store: the draft shows what
 * is typed (with the reason while it is invalid); valid values are committed as typed, and a
 * change from outside (undo) replaces the draft.
 */
import { useParsedDraft } from '../../hooks/useParsedDraft';

/** useParsedDraft for text that is valid as typed: `validate` says what is wrong, or null. */
export function useDraft(value: string, validate: (v: string) => string | null, commit: (v: string) => void) {
  return useParsedDraft(value, (text) => {
    const error = validate(text);
    return error === null ? { ok: true as const, value: text } : { ok: false as const, error };
  }, commit, (v) => v === value);
}
