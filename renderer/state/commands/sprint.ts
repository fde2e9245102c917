/** Commands on the sprint: start date, facilitator, and each day's manual tick and notes. */
import type { Sprint, SprintDay } from '../../../shared/model';
import { command, type Command } from './command';
import { optionalText, withOptional } from './update';

const editSprint = (label: string, update: (s: Sprint) => Sprint, coalesce?: string): Command =>
  command(label, (w) => {
    const sprint = update(w.sprint);
    return sprint === w.sprint ? w : { ...w, sprint };
  }, coalesce === undefined ? {} : { coalesce });

/** `''` clears the date; callers pass only real calendar dates otherwise. */
export const setStartDate = (date: string): Command =>
  editSprint('Change sprint start date', (s) => withOptional(s, 'startDate', optionalText(date)));

export const setFacilitator = (personId: string): Command =>
  editSprint('Change facilitator', (s) => withOptional(s, 'facilitatorId', optionalText(personId)));

/** Days may be missing from a file; editing one adds it, and the list stays in day order. */
function editDay(s: Sprint, day: number, update: (d: SprintDay) => SprintDay): Sprint {
  const i = s.days.findIndex((d) => d.day === day);
  const before: SprintDay = i >= 0 ? s.days[i]! : { day, done: false, blocks: [] };
  const after = update(before);
  if (after === before) return s;
  const days = i >= 0 ? s.days.map((d, j) => (j === i ? after : d)) : [...s.days, after].sort((a, b) => a.day - b.day);
  return { ...s, days };
}

export const setDayDone = (day: number, done: boolean): Command =>
  editSprint(done ? `Mark day ${day} done` : `Mark day ${day} not done`,
    (s) => editDay(s, day, (d) => (d.done === done ? d : { ...d, done })));

export const setDayNotes = (day: number, notes: string): Command =>
  editSprint(`Edit notes of day ${day}`, (s) => editDay(s, day, (d) => withOptional(d, 'notes', optionalText(notes))), `day-notes-${day}`);
