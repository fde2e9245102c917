/** Dates, times and measured values for people, in the reader's own locale (not the workbook's, which is for exports). */

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const calendarFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "6.2 hours", "11.5%", "4.10 USD" → "4.1 USD". */
export function formatValue(value: number, unit: string): string {
  const n = formatNumber(value);
  if (unit === '') return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** A calendar date `YYYY-MM-DD` for people; read as UTC so no time zone shifts the day. */
export function formatDate(date: string): string {
  return calendarFormat.format(Date.parse(`${date}T00:00:00Z`));
}

export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(ms);
}

/** "just now", "5 minutes ago", "yesterday", else the date. */
export function formatRelative(ms: number, now = Date.now()): string {
  const seconds = Math.round((ms - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return rtf.format(Math.round(seconds / 86400), 'day');
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(ms);
}
