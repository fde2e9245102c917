/**
 * Dates and numbers in the workbook's locale. Calendar dates are formatted in UTC so a
 * `YYYY-MM-DD` never shifts by a day with the exporting machine's time zone. Any finite
 * number a workbook can hold prints readably and truthfully (see `withExtremes`), and a value
 * prints with the digits it was entered with, so "2.406 breaches 2.41" never reads "2.41
 * breaches 2.41".
 */
import { DEFAULT_CURRENCY, DEFAULT_LOCALE, type Workbook } from '../model';
import type { PageSize } from './types';

export interface Formatter {
  readonly locale: string;
  readonly currency: string;
  date(d: string): string;
  shortDate(d: string): string;
  /** A count or amount rounded to `maxFractionDigits`; a small number keeps three significant digits instead of showing 0. */
  number(n: number, maxFractionDigits?: number): string;
  /** A signed percentage change, e.g. "+37.5 %" or "−41.8 %" as the locale writes it. */
  change(pct: number): string;
  money(n: number): string;
  /**
   * A value as the workbook holds it, with its unit: "6.4 minutes", "4.412 %", "2.406 h". All
   * the digits it was entered with (up to 15 significant), so two different values never print alike.
   */
  value(n: number, unit: string): string;
  /**
   * Derived statistics (natural process limits and their mean), read side by side, to the same
   * fraction digits: those that give the largest of them four significant digits, whole numbers
   * kept whole. "9.02 to 13.33 h", never "9.023 to 13.33 h"; "2.407 h" alone.
   */
  approxAll(ns: readonly number[], unit: string): string[];
}

export function formatterFor(w: Pick<Workbook, 'locale' | 'currency'>): Formatter {
  const locale = safeLocale(w.locale);
  const currency = w.currency ?? DEFAULT_CURRENCY;
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const formats = new Map<string, Readable>();
  /** One format per option set and precision, made when first asked for. */
  const cached = (key: string, make: () => Readable): Readable => {
    let f = formats.get(key);
    if (!f) formats.set(key, (f = make()));
    return f;
  };
  const rounded = (options: Intl.NumberFormatOptions, digits: number) =>
    cached(`r${digits}${JSON.stringify(options)}`, () => roundedFormat(locale, options, digits));
  // "unit: percent" takes the number as it is: n / 100 for the percent style would turn 5e-324 into 0.
  const percentUnit: Intl.NumberFormatOptions = { style: 'unit', unit: 'percent' };
  const exact = (unit: string) => cached(`e${unit === '%' ? '%' : ''}`, () => exactFormat(locale, unit === '%' ? percentUnit : {}));
  let money: Readable;
  try {
    money = rounded({ style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' }, 2);
  } catch {
    money = rounded({ style: 'currency', currency: DEFAULT_CURRENCY, trailingZeroDisplay: 'stripIfInteger' }, 2);
  }
  // A no-break space: "5 minutes" never breaks between the number and its unit.
  const withUnit = (text: string, unit: string) => (unit && unit !== '%' ? `${text}\u00a0${unit}` : text);
  const toDate = (d: string) => new Date(`${d}T00:00:00Z`);
  // A no-break space between the day and the month ("7. Dezember 2026", "December 7, 2026"):
  // a line that ended on "7." read as a sentence that stopped.
  const keepDay = (text: string) => text.replace(' ', '\u00a0');
  return {
    locale, currency,
    date: (d) => keepDay(long.format(toDate(d))),
    shortDate: (d) => keepDay(short.format(toDate(d))),
    number: (n, digits = 2) => rounded({}, digits)(n),
    // A minus sign, not the hyphen most locales' number formats write, beside the plus sign.
    change: (pct) => rounded({ ...percentUnit, signDisplay: 'exceptZero' }, 1)(pct).replace(/^-/, '\u2212'),
    money: (n) => money(n),
    value: (n, unit) => withUnit(exact(unit)(n), unit),
    approxAll: (ns, unit) => {
      const digits = sharedFractionDigits(ns);
      const f = cached(`f${digits}${unit === '%' ? '%' : ''}`, () => fixedFormat(locale, unit === '%' ? percentUnit : {}, digits));
      return ns.map((n) => withUnit(f(n), unit));
    },
  };
}

type Readable = (n: number) => string;

/**
 * Plain decimals for every ordinary magnitude. Only the extremes are written in scientific
 * form as the locale writes its parts ("1.8 × 10³⁰⁸", "5 × 10⁻³²⁴", "1,8 × 10³⁰⁸ €"): beyond
 * 10¹⁵ a double no longer holds every integer and a number written out runs to 309 digits,
 * and below 10⁻⁶ a decimal is a row of zeros nobody counts. Negative zero is zero.
 */
const LARGE = 1e15;
const SMALL = 1e-6;
/** Significant digits a rounded number keeps when its fraction digits would show it as 0. */
const SMALL_SIGNIFICANT = 3;
/** Significant digits of a derived statistic. */
const APPROX_SIGNIFICANT = 4;
/** Fraction digits of statistics printed together: below 10⁻⁶ they are written in powers of ten anyway. */
const MAX_FIXED_DIGITS = 9;
/**
 * Any decimal of up to 15 significant digits survives the trip through a double, so 15 digits
 * show every value as it was typed, and 0.1 + 0.2 as 0.3.
 */
const MAX_SIGNIFICANT = 15;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const extreme = (n: number) => Number.isFinite(n) && n !== 0 && (Math.abs(n) >= LARGE || Math.abs(n) < SMALL);
const normal = (n: number) => (n === 0 ? 0 : n);

function withExtremes(locale: string, options: Intl.NumberFormatOptions, plain: (n: number) => string): Readable {
  const scientific = new Intl.NumberFormat(locale, { ...options, notation: 'scientific', minimumFractionDigits: 0, maximumFractionDigits: 2 });
  const ten = new Intl.NumberFormat(locale).format(10);
  return (value) => {
    const n = normal(value);
    return extreme(n) ? powerOfTen(scientific.formatToParts(n), ten) : plain(n);
  };
}

/** Rounded to `digits` fraction digits; a number that would show as 0 keeps three significant digits. */
function roundedFormat(locale: string, options: Intl.NumberFormatOptions, digits: number): Readable {
  const plain = new Intl.NumberFormat(locale, { ...options, maximumFractionDigits: digits });
  const small = new Intl.NumberFormat(locale, { ...options, maximumSignificantDigits: SMALL_SIGNIFICANT });
  const smallest = 0.5 * 10 ** -digits;
  return withExtremes(locale, options, (n) => (n !== 0 && Math.abs(n) < smallest ? small : plain).format(n));
}

/** As few significant digits as give back the same double, never fewer than the integer part has. */
function exactFormat(locale: string, options: Intl.NumberFormatOptions): Readable {
  const bySignificant: Intl.NumberFormat[] = [];
  return withExtremes(locale, options, (n) => {
    const k = digitsToShow(n);
    const f = bySignificant[k] ?? (bySignificant[k] = new Intl.NumberFormat(locale, { ...options, maximumSignificantDigits: k }));
    return f.format(n);
  });
}

/** Exactly `digits` fraction digits, so numbers printed together line up. */
function fixedFormat(locale: string, options: Intl.NumberFormatOptions, digits: number): Readable {
  const plain = new Intl.NumberFormat(locale, { ...options, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return withExtremes(locale, options, (n) => plain.format(n));
}

/** Fraction digits that give the largest ordinary magnitude of `ns` APPROX_SIGNIFICANT significant digits. */
function sharedFractionDigits(ns: readonly number[]): number {
  const largest = Math.max(0, ...ns.map((n) => (Number.isFinite(n) && !extreme(n) ? Math.abs(n) : 0)));
  if (largest === 0) return 0;
  return Math.min(MAX_FIXED_DIGITS, Math.max(0, APPROX_SIGNIFICANT - 1 - Math.floor(Math.log10(largest))));
}

function digitsToShow(n: number): number {
  if (!Number.isFinite(n) || n === 0) return 1;
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.abs(n))) + 1);
  let k = 1;
  while (k < MAX_SIGNIFICANT && Number(n.toPrecision(k)) !== n) k++;
  return Math.min(MAX_SIGNIFICANT, Math.max(k, integerDigits));
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
