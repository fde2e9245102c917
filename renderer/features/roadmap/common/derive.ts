/**
 * Derived values the roadmap screen asks for often, memoized like the store's selectors: the
 * items by id, the items of each phase in file order (kept the same object while the order is
 * the same, so a change of weeks does not re-render every phase), and each item's schedule.
 */
import type { ScheduledItem } from '../../../../shared/logic';
import { PHASES, type Phase, type RoadmapItem, type Workbook } from '../../../../shared/model';
import { deriveSchedule, memoByWorkbook } from '../../../state/selectors';

export type Arrangement = Readonly<Record<Phase, readonly string[]>>;

export const deriveItemById = memoByWorkbook((w) => new Map<string, RoadmapItem>(w.roadmap.map((r) => [r.id, r])));

export const deriveScheduledById = memoByWorkbook((w) => new Map<string, ScheduledItem>(deriveSchedule(w).items.map((s) => [s.itemId, s])));

export function arrangementOf(roadmap: readonly RoadmapItem[]): Arrangement {
  const byPhase = Object.fromEntries(PHASES.map((p) => [p, [] as string[]])) as Record<Phase, string[]>;
  for (const r of roadmap) byPhase[r.phase].push(r.id);
  return byPhase;
}

export function sameArrangement(a: Arrangement, b: Arrangement): boolean {
  return PHASES.every((p) => a[p].length === b[p].length && a[p].every((id, i) => id === b[p][i]));
}

let last: Arrangement | null = null;
export const deriveArrangement = memoByWorkbook((w: Workbook) => {
  const next = arrangementOf(w.roadmap);
  if (last && sameArrangement(last, next)) return last;
  last = next;
  return next;
});

/**
 * The part of an item's schedule a row draws, as primitives. Each row's object keeps its
 * identity from one workbook to the next while nothing in it changed, so a row re-renders
 * only when its own bar moves, not on every edit of the roadmap.
 */
export interface RowTiming {
  readonly startWeek: number | null;
  readonly endWeek: number | null;
  readonly slack: number | null;
  readonly critical: boolean;
  /** Names of the metrics whose triggered kill criterion blocks the item, one per line; '' when not blocked. */
  readonly blockedBy: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
}

const UNSCHEDULED: RowTiming = { startWeek: null, endWeek: null, slack: null, critical: false, blockedBy: '', startDate: null, endDate: null };

const sameTiming = (a: RowTiming, b: RowTiming) =>
  a.startWeek === b.startWeek && a.endWeek === b.endWeek && a.slack === b.slack && a.critical === b.critical &&
  a.blockedBy === b.blockedBy && a.startDate === b.startDate && a.endDate === b.endDate;

let lastTimings = new Map<string, RowTiming>();

export const deriveRowTimings = memoByWorkbook((w) => {
  const names = new Map(w.metrics.map((m) => [m.id, m.name.trim() || m.id]));
  const next = new Map<string, RowTiming>();
  for (const s of deriveSchedule(w).items) {
    const t: RowTiming = {
      startWeek: s.startWeek, endWeek: s.endWeek, slack: s.slackWeeks, critical: s.critical,
      blockedBy: s.blockedBy.map((id) => names.get(id) ?? id).join('\n'), startDate: s.startDate, endDate: s.endDate,
    };
    const before = lastTimings.get(s.itemId);
    next.set(s.itemId, before && sameTiming(before, t) ? before : t);
  }
  lastTimings = next;
  return next;
});

export function rowTiming(w: Workbook, id: string): RowTiming {
  return deriveRowTimings(w).get(id) ?? UNSCHEDULED;
}

/** The metric names in `timing.blockedBy`, as a list. */
export function blockerNames(t: RowTiming): string[] {
  return t.blockedBy ? t.blockedBy.split('\n') : [];
}
