/**
 * Dates and numbers in the workbook's locale. Calendar dates are formatted in UTC so a
 * `YYYY-MM-DD` never shifts by a day with the exporting machine's time zone.
 */
import { DEFAULT_CURRENCY, DEFAULT_LOCALE, type Workbook } from '../model';
import type { PageSize } from './types';

export interface Formatter {
  readonly locale: string;
  readonly currency: string;
  date(d: string): string;
  shortDate(d: string): string;
  number(n: number, maxFractionDigits?: number): string;
  /** A signed percentage change, e.g. "+37.5 %" or "−41.8 %" as the locale writes it. */
  change(pct: number): string;
  money(n: number): string;
  /** A measured value with its unit: "6.4 minutes", "4.4 %", "9.40 EUR". */
  value(n: number, unit: string): string;
}

export function formatterFor(w: Pick<Workbook, 'locale' | 'currency'>): Formatter {
  const locale = safeLocale(w.locale);
  const currency = w.currency ?? DEFAULT_CURRENCY;
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numbers.get(digits);
    if (!f) numbers.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f;
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  let money: Intl.NumberFormat;
  try {
    money = new Intl.NumberFormat(locale, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' });
  } catch {
    money = new Intl.NumberFormat(locale, { style: 'currency', currency: DEFAULT_CURRENCY, trailingZeroDisplay: 'stripIfInteger' });
  }
  const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
  return {
    locale, currency,
    date: (d) => long.format(toDate(d)),
    shortDate: (d) => short.format(toDate(d)),
    number: (n, digits = 2) => numberFormat(digits).format(n),
    change: (pct) => percent.format(pct / 100),
    money: (n) => money.format(n),
    value: (n, unit) => {
      const text = numberFormat(2).format(n);
      if (!unit) return text;
      return unit === '%' ? percentValue(locale, n) : `${text} ${unit}`;
    },
  };
}

function percentValue(locale: string, n: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(n / 100);
}

function safeLocale(locale: string | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale ?? DEFAULT_LOCALE)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Regions that use US Letter; everyone else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'BZ']);

export function defaultPageSize(locale: string | undefined): PageSize {
  try {
    const region = new Intl.Locale(locale ?? DEFAULT_LOCALE).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
  } catch {
    return 'a4';
  }
}
