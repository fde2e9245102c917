/**
 * The ten-day agenda (templates/agenda.json) and how far the sprint has come: a day is done
 * when the workbook shows it (DOMAIN.md's "done when" column, read from readiness), or when
 * the facilitator ticks it by hand. Pure: the workbook and its derived values in, days out.
 */
import agendaJson from '../../templates/agenda.json';
import type { Readiness, Schedule } from '../../shared/logic';
import type { Problem, Question, Workbook } from '../../shared/model';
import { EXPORT_ACTION } from './commands/audit';

export interface AgendaDay {
  readonly day: number;
  readonly title: string;
  readonly focus: string;
  readonly doneWhen: string;
  readonly question?: Question;
}

export const AGENDA = agendaJson as readonly AgendaDay[];

export interface DayProgress extends AgendaDay {
  /** The workbook shows the day's work is done. */
  readonly met: boolean;
  /** What is still missing when not met, in a few words. */
  readonly missing: string | null;
  /** Ticked by hand. */
  readonly ticked: boolean;
  readonly notes: string;
  readonly status: 'done' | 'ticked' | 'open';
}

function criterion(day: AgendaDay, w: Workbook, readiness: Readiness, schedule: Schedule, problems: readonly Problem[]): string | null {
  const blockers = (q: Question) => readiness.gaps.filter((g) => g.question === q && g.severity === 'blocker').length;
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (day.question) {
    // With nothing to classify there is nothing done: "no blocker" must not mean "no work yet".
    if (day.question === 'tiers' && w.decisions.length === 0) return 'No decisions recorded yet';
    const n = blockers(day.question);
    return n === 0 ? null : `${plural(n, 'blocker')} left`;
  }
  switch (day.day) {
    case 1:
      if (w.pilot.name.trim() === '') return 'Name the pilot';
      return w.people.length === 0 ? 'Add the people in the room' : null;
    case 9: {
      if (w.roadmap.length === 0) return 'No roadmap items yet';
      const n = schedule.problems.length + problems.filter((p) => p.path.startsWith('/roadmap/')).length;
      return n === 0 ? null : `${plural(n, 'roadmap problem')} left`;
    }
    case 10:
      return w.audit.some((a) => a.action === EXPORT_ACTION) ? null : 'No documents exported yet';
    default:
      return null;
  }
}

export function agendaProgress(
  w: Workbook, readiness: Readiness, schedule: Schedule, problems: readonly Problem[], agenda: readonly AgendaDay[] = AGENDA,
): DayProgress[] {
  return agenda.map((day) => {
    const missing = criterion(day, w, readiness, schedule, problems);
    const entry = w.sprint.days.find((d) => d.day === day.day);
    const ticked = entry?.done ?? false;
    const met = missing === null;
    return { ...day, met, missing, ticked, notes: entry?.notes ?? '', status: met ? 'done' : ticked ? 'ticked' : 'open' };
  });
}

/** Which sprint day `today` is: the working-day calendar of shared/logic (agendaDates.ts). */
export { sprintDayOn } from '../../shared/logic';
