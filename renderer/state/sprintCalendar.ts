/**
 * The sprint's dates as the screens say them: each day's working date in the workbook's
 * locale, and a sentence for where today falls (shared/logic/agendaDates.ts does the
 * arithmetic). Today is the computer's local date, which is the room's.
 */
import { sprintDayDates, sprintToday, type SprintToday } from '../../shared/logic';
import type { Workbook } from '../../shared/model';

/** The computer's local date, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "Thu, 5 Nov" in `locale`; a date string is a calendar day, so it is read in UTC. */
export function shortDayDate(date: string, locale: string | undefined): string {
  const format = (l: string | undefined) => new Intl.DateTimeFormat(l, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  let f: Intl.DateTimeFormat;
  try {
    f = format(locale ?? 'en-US');
  } catch {
    f = format('en-US'); // a locale tag this browser does not know
  }
  return f.format(new Date(`${date}T00:00:00Z`));
}

export interface SprintCalendar {
  /** Day n's date at [n - 1]; empty without a start date. */
  readonly dates: readonly string[];
  readonly today: SprintToday;
  /** The sprint day that is on now, or null. */
  readonly todayDay: number | null;
  readonly sentence: string;
}

export function sprintCalendar(w: Pick<Workbook, 'sprint' | 'locale'>, today: string): SprintCalendar {
  const dates = sprintDayDates(w.sprint.startDate);
  const where = sprintToday(w.sprint.startDate, today);
  const at = (d: string) => shortDayDate(d, w.locale);
  const sentence = (() => {
    switch (where.kind) {
      case 'no-start': return 'Set the sprint start date (Workbook, above) to give the ten days their dates.';
      case 'before': return `The sprint starts on ${at(where.firstDate)}, in ${where.workingDaysUntil} working day${where.workingDaysUntil === 1 ? '' : 's'}.`;
      case 'day': return `Today is day ${where.day} of 10 (${at(dates[where.day - 1]!)}).`;
      case 'weekend': return `Weekend: day ${where.lastDay} is behind you, day ${where.nextDay} is on ${at(dates[where.nextDay - 1]!)}.`;
      case 'after': return `The sprint ended on ${at(where.lastDate)}.`;
    }
  })();
  return { dates, today: where, todayDay: where.kind === 'day' ? where.day : null, sentence };
}
