/**
 * Reading what people type into number and date fields. A value reaches the store only when
 * the file format would accept it: finite numbers, real calendar dates.
 */
import { isValidDate } from '../../shared/logic';
import type { Parsed } from '../hooks/useParsedDraft';

export interface NumberRules {
  /** Empty is refused (a value that makes its record what it is); a string is the reason given. */
  readonly required?: boolean | string;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** "6.2", "6,2", "-3", "1e3"; `''` is undefined (not set). */
export function parseNumberText(text: string, rules: NumberRules = {}): Parsed<number | undefined> {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') {
    if (!rules.required) return { ok: true, value: undefined };
    return { ok: false, error: typeof rules.required === 'string' ? rules.required : 'Enter a number.' };
  }
  // A decimal comma, as many spreadsheets write it, when there is no point in the number.
  const normalised = /^[-+]?\d*,\d+$/.test(s) ? s.replace(',', '.') : s;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) return { ok: false, error: `“${text.trim()}” is not a number.` };
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, error: 'That number is too large.' };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, error: 'Enter a whole number.' };
  if (rules.min !== undefined && value < rules.min) return { ok: false, error: `Enter at least ${rules.min}.` };
  if (rules.max !== undefined && value > rules.max) return { ok: false, error: `Enter at most ${rules.max}.` };
  return { ok: true, value };
}

/** What an `<input type="date">` gives: a real date, or `''` for none. */
export function parseDateText(text: string, required = false): Parsed<string | undefined> {
  if (text === '') return required ? { ok: false, error: 'Enter a date.' } : { ok: true, value: undefined };
  return isValidDate(text) ? { ok: true, value: text } : { ok: false, error: 'Enter a real date.' };
}

/** Today in the reader's time zone, as `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
