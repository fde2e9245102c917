/**
 * A sprint start date that makes a given date a given day of the sprint, for tests and
 * screenshots that need "today" to fall on a known agenda day (weekends skipped).
 */
import { sprintDayDates } from '../../../shared/logic';

/** The start date that makes `today` day `day` of the sprint, or null when none does (a weekend). */
export function startMaking(today: string, day: number): string | null {
  for (let back = 0; back < 30; back++) {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - back);
    const start = d.toISOString().slice(0, 10);
    if (sprintDayDates(start)[day - 1] === today) return start;
  }
  return null;
}
