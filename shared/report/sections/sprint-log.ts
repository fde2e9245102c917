/** The appendix with the ten days as the team recorded them, with their notes. */
import { sprintDayDates } from '../../logic';
import type { ReportContext } from '../context';
import type { Block } from '../types';
import { cell, col, filled, h1, table } from '../blocks';

export function sprintLog(ctx: ReportContext): Block[] {
  const days = [...ctx.w.sprint.days].sort((a, b) => a.day - b.day);
  if (days.length === 0) return [];
  const start = ctx.w.sprint.startDate;
  return [
    h1('Appendix: the sprint, day by day'),
    table([col('Day', 1.2, 'center'), col('Date', 2.6), col('Done', 1.4), col('Notes', 9)], days.map((d) => [
      cell(String(d.day)),
      cell(start ? ctx.fmt.shortDate(sprintDate(start, d.day)) : '—'),
      d.done ? filled('green', 'Done') : cell('Open'),
      cell(d.notes ?? ''),
    ])),
  ];
}

/** The day's working date (shared/logic/agendaDates.ts), the same the app's agenda shows. */
function sprintDate(start: string, day: number): string {
  return sprintDayDates(start)[day - 1] ?? start;
}
