/**
 * Reading an amount of money as people type it in the workbook's locale: "10,000" and "10000"
 * in en-US, "10.000" and "1.000,50" in de-DE, with or without a currency sign. Grouping is
 * accepted only where it belongs (threes), so a slip reads as an error rather than a wrong
 * number: money at stake must never be off by a thousand.
 */
import { DEFAULT_LOCALE } from '../../../../shared/model';
import type { Parsed } from '../../../hooks/useParsedDraft';

export interface AmountFormat {
  readonly parse: (text: string) => Parsed<number | undefined>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const parsers = new Map<string, AmountFormat['parse']>();

function separators(locale: string): { group: string; decimal: string; example: string } {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale);
  } catch {
    format = new Intl.NumberFormat(DEFAULT_LOCALE);
  }
  const parts = format.formatToParts(12345.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    example: format.format(12345.5),
  };
}

/** The amount parser for `locale` (BCP 47; the app's default when absent or unknown). `''` is undefined. */
export function amountParser(locale: string | undefined): AmountFormat['parse'] {
  const key = locale ?? DEFAULT_LOCALE;
  let parse = parsers.get(key);
  if (parse) return parse;
  const { group, decimal, example } = separators(key);
  // Narrow no-break spaces group digits in some locales (fr-FR); people type plain spaces.
  const g = /\s/.test(group) ? '\\s' : escape(group);
  const shape = new RegExp(`^([+-]?)(\\d+|\\d{1,3}(?:${g}\\d{3})+)(?:${escape(decimal)}(\\d+))?$`);
  parse = (text) => {
    // A currency sign or code before or after the number is allowed and ignored.
    const bare = text.trim().replace(/^[A-Za-z]{0,3}\p{Sc}?\s*|\s*(?:[A-Za-z]{1,3}|\p{Sc})$/gu, '').replace(/[\u00a0\u202f]/g, ' ');
    if (text.trim() === '') return { ok: true, value: undefined };
    const m = shape.exec(bare);
    if (!m) return { ok: false, error: `“${text.trim()}” is not an amount: write it like ${example}.` };
    const value = Number(`${m[1]}${m[2]!.replace(/\D/g, '')}${m[3] ? `.${m[3]}` : ''}`);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, error: 'That amount is too large.' };
  };
  parsers.set(key, parse);
  return parse;
}
