/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in pure integer UTC days.
 * No `Date` objects: schedules must not depend on the machine's time zone or clock,
 * so the same workbook always exports the same dates.
 */
import type { DateString } from '../model';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

function parts(date: string): [number, number, number] | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return [y, m, d];
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isValidDate(value: unknown): value is DateString {
  return typeof value === 'string' && parts(value) !== null;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
function toDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The number of days since 1970-01-01; throws on anything that is not a real date. */
export function dayNumber(date: DateString): number {
  const p = parts(date);
  if (!p) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return toDays(...p);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: DateString, days: number): DateString {
  const [y, m, d] = fromDays(dayNumber(date) + days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: DateString, b: DateString): number {
  // Zero-padded ISO dates sort as strings, which spares parsing in hot loops.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DateString, b: DateString): number {
  return dayNumber(b) - dayNumber(a);
}
