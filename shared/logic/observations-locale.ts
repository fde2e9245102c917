/**
 * How a workbook's locale writes the dates and numbers of pasted or imported observations:
 * its order of day, month and year (31/12/2026 in en-GB, 31.12.2026 in de-DE, 12/31/2026 in
 * en-US) and its decimal mark, read from `Intl` (plain ECMAScript, the same in every host).
 * ISO dates (2026-12-31) are always accepted, whatever the locale.
 */
import { isValidDate } from './dates';

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface ObservationLocale {
  readonly locale: string;
  readonly order: DateOrder;
  /** The date separator the locale writes ("/", "."), for the example in a message. */
  readonly dateSeparator: string;
  readonly decimal: ',' | '.';
}

/** The locale's conventions; an unknown locale reads as en-US (the model's default). */
export function observationLocale(locale: string): ObservationLocale {
  let tag = 'en-US';
  try {
    tag = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-US';
  } catch {
    tag = 'en-US';
  }
  const parts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(Date.UTC(2026, 11, 31));
  const fields = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type[0]).join('');
  const order: DateOrder = fields === 'mdy' ? 'mdy' : fields === 'ymd' ? 'ymd' : 'dmy';
  const dateSeparator = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
  const decimal = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
  return { locale: tag, order, dateSeparator, decimal };
}

const NUMERIC_DATE = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$/;

/** `YYYY-MM-DD` of a date written ISO or in the locale's order with any of / . -; null when it is no real date. */
export function readLocalDate(text: string, l: ObservationLocale): string | null {
  const s = text.trim();
  if (isValidDate(s)) return s;
  const m = NUMERIC_DATE.exec(s);
  if (!m) return null;
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  const [y, mo, d] = l.order === 'dmy' ? [c, b, a] : l.order === 'mdy' ? [c, a, b] : [a, b, c];
  if (y.length !== 4) return null;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidDate(iso) ? iso : null;
}

/** "31/12/2026 (day/month/year)": how a message shows the locale's order. */
export function dateExample(l: ObservationLocale): string {
  const sep = l.dateSeparator;
  switch (l.order) {
    case 'mdy': return `12${sep}31${sep}2026 (month${sep}day${sep}year)`;
    case 'ymd': return `2026${sep}12${sep}31 (year${sep}month${sep}day)`;
    default: return `31${sep}12${sep}2026 (day${sep}month${sep}year)`;
  }
}

/** "1,234.5" or "1.234,5": how a message shows the locale's number style. */
export function numberExample(l: ObservationLocale): string {
  return new Intl.NumberFormat(l.locale, { maximumFractionDigits: 1 }).format(1234.5);
}

/**
 * A number in the locale's style: "6,4" and "1.234,5" where the decimal mark is a comma,
 * "6.4" and "1,234.5" where it is a point; spaces as thousands separators and a trailing "%"
 * are allowed everywhere. A finite number, or null.
 */
export function readLocalNumber(text: string, l: ObservationLocale): number | null {
  let s = text.replace(/[\s\u00a0\u202f%']/g, '');
  if (l.decimal === ',') {
    if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
    else if (/^[-+]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  } else if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    s = s.replace(/,/g, '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
