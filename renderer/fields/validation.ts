/**
 * What the file format accepts in the fields people type into: values that fail here are
 * shown with the reason and never reach the store, so a saved workbook always opens again.
 */
import { codePoints, isLocale } from '../../shared/format/values';

export function titleError(title: string): string | null {
  const n = codePoints(title);
  if (title.trim() === '') return 'A workbook needs a title.';
  return n > 200 ? `At most 200 characters (this is ${n}).` : null;
}

export function localeError(locale: string): string | null {
  return locale === '' || isLocale(locale) ? null : 'Not a language tag: use the form “de-DE” (language, then country).';
}

export function currencyError(currency: string): string | null {
  return currency === '' || /^[A-Z]{3}$/.test(currency) ? null : 'Three capital letters, an ISO 4217 code such as EUR.';
}

/** Loose on purpose: the format accepts any text; this only catches typing slips. */
export function emailWarning(email: string): string | null {
  return email === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : 'This does not look like an email address.';
}
