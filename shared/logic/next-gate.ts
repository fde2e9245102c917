/**
 * The next gate of a sprint's roadmap, as the portfolio shows it (the CLI's `portfolio` and the
 * library's portfolio view, issue 15): the first gated roadmap item, in schedule order, that has
 * not started by `today`. With a sprint start date the schedule has dates, and an item starting
 * today has not started yet. Without one the roadmap is not anchored to the calendar, so no item
 * counts as started and the next gate is the first one the schedule reaches (shown by its week).
 * Items a dependency cycle leaves unscheduled have no start and are never the next gate.
 *
 * The rule is split in two so that a summary kept at save time stays right as days pass: the
 * gates in schedule order (`scheduledGates`, from the workbook) are kept, and the one that is
 * next (`nextGateOf`) is picked when the summary is read, with that day's date.
 */
import type { Workbook } from '../model';
import type { Schedule } from './schedule';

export interface NextGate {
  readonly itemId: string;
  readonly title: string;
  readonly startWeek: number;
  /** Null when the sprint has no start date. */
  readonly startDate: string | null;
  /** Its gate names a metric whose kill criterion is triggered. */
  readonly blocked: boolean;
}

/** Every gated roadmap item the schedule places, in schedule order. */
export function scheduledGates(w: Pick<Workbook, 'roadmap'>, schedule: Schedule): NextGate[] {
  const items = new Map(w.roadmap.map((r) => [r.id, r]));
  const scheduled = new Map(schedule.items.map((s) => [s.itemId, s]));
  const gates: NextGate[] = [];
  for (const id of schedule.order) {
    const item = items.get(id);
    const s = scheduled.get(id);
    if (item?.gate === undefined || s === undefined || s.startWeek === null) continue;
    gates.push({ itemId: id, title: item.title.trim() || id, startWeek: s.startWeek, startDate: s.startDate, blocked: s.blocked });
  }
  return gates;
}

/** The first of `gates` (in schedule order) not started by `today` (YYYY-MM-DD). */
export function nextGateOf(gates: readonly NextGate[], today: string): NextGate | null {
  return gates.find((g) => g.startDate === null || g.startDate >= today) ?? null;
}

/** The next gate of `w` on `today`. */
export function nextGate(w: Pick<Workbook, 'roadmap'>, schedule: Schedule, today: string): NextGate | null {
  return nextGateOf(scheduledGates(w, schedule), today);
}
