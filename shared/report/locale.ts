/**
 * Dates and numbers in the workbook's locale. Calendar dates are formatted in UTC so a
 * `YYYY-MM-DD` never shifts by a day with the exporting machine's time zone. Any finite
 * number a workbook can hold prints readably and truthfully (see `readable`).
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
  const numbers = new Map<string, Readable>();
  /** One plain and one scientific format per option set, made when first asked for. */
  const numberFormat = (options: Intl.NumberFormatOptions, digits: number): Readable => {
    const key = JSON.stringify(options) + digits;
    let f = numbers.get(key);
    if (!f) numbers.set(key, (f = readable(locale, { ...options, maximumFractionDigits: digits }, digits)));
    return f;
  };
  // "unit: percent" takes the number as it is: n / 100 for the percent style would turn 5e-324 into 0.
  const percent = numberFormat({ style: 'unit', unit: 'percent', signDisplay: 'exceptZero' }, 1);
  const percentValue = numberFormat({ style: 'unit', unit: 'percent' }, 2);
  let money: Readable;
  try {
    money = numberFormat({ style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' }, 2);
  } catch {
    money = numberFormat({ style: 'currency', currency: DEFAULT_CURRENCY, trailingZeroDisplay: 'stripIfInteger' }, 2);
  }
  const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
  return {
    locale, currency,
    date: (d) => long.format(toDate(d)),
    shortDate: (d) => short.format(toDate(d)),
    number: (n, digits = 2) => numberFormat({}, digits)(n),
    change: (pct) => percent(pct),
    money: (n) => money(n),
    value: (n, unit) => {
      if (unit === '%') return percentValue(n);
      const text = numberFormat({}, 2)(n);
      return unit ? `${text} ${unit}` : text;
    },
  };
}

type Readable = (n: number) => string;

/**
 * Beyond 10¹⁵ a double no longer holds every integer exactly, and a number written out in
 * full runs to 309 digits: such a number, and one so small that it would print as zero, is
 * written in scientific form as the locale writes its parts ("1.8 × 10³⁰⁸", "5 × 10⁻³²⁴",
 * "1,8 × 10³⁰⁸ €"), so every number in a document is readable and none is shown as 0 unless
 * it is 0. Negative zero is zero.
 */
const LARGE = 1e15;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function readable(locale: string, options: Intl.NumberFormatOptions, digits: number): Readable {
  const plain = new Intl.NumberFormat(locale, options);
  const scientific = new Intl.NumberFormat(locale, { ...options, notation: 'scientific', minimumFractionDigits: 0 });
  const ten = new Intl.NumberFormat(locale).format(10);
  const smallest = 0.5 * 10 ** -digits;
  return (value) => {
    const n = value === 0 ? 0 : value;
    const size = Math.abs(n);
    if (!Number.isFinite(n) || (size < LARGE && (size === 0 || size >= smallest))) return plain.format(n);
    return powerOfTen(scientific.formatToParts(n), ten);
  };
}

/** "1.8E308" as "1.8 × 10³⁰⁸"; an exponent in other digits than 0–9 keeps them after a caret. */
function powerOfTen(parts: readonly Intl.NumberFormatPart[], ten: string): string {
  const integer = parts.find((p) => p.type === 'exponentInteger')?.value ?? '';
  const negative = parts.some((p) => p.type === 'exponentMinusSign');
  const latin = /^[0-9]+$/.test(integer);
  const exponent = latin
    ? (negative ? '⁻' : '') + [...integer].map((d) => SUPERSCRIPT[Number(d)]).join('')
    : `^${negative ? '-' : ''}${integer}`;
  let out = '';
  for (const p of parts) {
    if (p.type === 'exponentSeparator') out += ` × ${ten}${exponent}`;
    else if (p.type !== 'exponentInteger' && p.type !== 'exponentMinusSign') out += p.value;
  }
  return out;
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
