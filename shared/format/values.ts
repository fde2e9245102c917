/**
 * The value checks DOMAIN.md's conventions call for: real calendar dates, RFC 3339 date-times
 * with a time zone, BCP 47 locales, ISO 4217 currency codes, lengths in code points.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function isDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m || !isCalendarDate(m[1]!)) return false;
  const h = Number(m[2]), mi = Number(m[3]), sec = Number(m[4]);
  if (h > 23 || mi > 59 || sec > 60) return false; // 60: RFC 3339 allows a leap second
  if (m[7]) {
    const oh = Number(m[8]), om = Number(m[9]);
    if (oh > 23 || om > 59) return false;
  }
  return true;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isLocale(s: string): boolean {
  try {
    return Intl.getCanonicalLocales(s).length === 1;
  } catch {
    return false;
  }
}

export const CURRENCY = /^[A-Z]{3}$/;

/** Length in Unicode code points, as DOMAIN.md counts characters. */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
