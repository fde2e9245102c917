/**
 * The sprint's calendar: the ten days fall on working days (Monday to Friday) counted from
 * `sprint.startDate`, and "today" is one of them, a weekend between two of them, or outside the
 * sprint. Pure integer-day arithmetic (dates.ts), so the dates do not depend on a time zone;
 * the caller says which date today is.
 */
import type { DateString } from '../model';
import { addDays, compareDates, dayNumber, isValidDate } from './dates';

/** The number of days of the sprint (DOMAIN.md's default agenda). */
export const SPRINT_WORKING_DAYS = 10;

/** Monday to Friday. */
export function isWorkingDay(date: DateString): boolean {
  const weekday = (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
  return weekday !== 0 && weekday !== 6;
}

/** The first working day on or after `date`: a sprint that "starts" on a Saturday begins on Monday. */
export function nextWorkingDay(date: DateString): DateString {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/**
 * The calendar dates of days 1..`days` of a sprint starting on `startDate`, one working day
 * each; empty without a valid start date.
 */
export function sprintDayDates(startDate: string | undefined, days = SPRINT_WORKING_DAYS): DateString[] {
  if (!startDate || !isValidDate(startDate)) return [];
  const dates: DateString[] = [];
  for (let d = nextWorkingDay(startDate); dates.length < days; d = nextWorkingDay(addDays(d, 1))) dates.push(d);
  return dates;
}

/** Where `today` falls in the sprint. */
export type SprintToday =
  | { readonly kind: 'no-start' }
  | { readonly kind: 'before'; readonly firstDate: DateString; readonly workingDaysUntil: number }
  | { readonly kind: 'day'; readonly day: number }
  | { readonly kind: 'weekend'; readonly lastDay: number; readonly nextDay: number }
  | { readonly kind: 'after'; readonly lastDate: DateString };

export function sprintToday(startDate: string | undefined, today: DateString, days = SPRINT_WORKING_DAYS): SprintToday {
  const dates = sprintDayDates(startDate, days);
  if (dates.length === 0 || !isValidDate(today)) return { kind: 'no-start' };
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  if (compareDates(today, first) < 0) {
    let until = 0;
    for (let d = today; compareDates(d, first) < 0; d = addDays(d, 1)) if (isWorkingDay(d)) until++;
    return { kind: 'before', firstDate: first, workingDaysUntil: until };
  }
  if (compareDates(today, last) > 0) return { kind: 'after', lastDate: last };
  const index = dates.indexOf(today);
  if (index >= 0) return { kind: 'day', day: index + 1 };
  const lastDay = dates.filter((d) => compareDates(d, today) < 0).length;
  return { kind: 'weekend', lastDay, nextDay: lastDay + 1 };
}

/** The sprint day `today` is (1..10), or null before, after, on a weekend, or without a start date. */
export function sprintDayOn(startDate: string | undefined, today: DateString): number | null {
  const where = sprintToday(startDate, today);
  return where.kind === 'day' ? where.day : null;
}
