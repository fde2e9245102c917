/**
 * The sequenced roadmap (DOMAIN.md, "Sequenced roadmap"): the critical-path method over the
 * `dependsOn` links plus the phase gates, with start and end weeks, slack, the critical path,
 * calendar dates, and the items a triggered kill criterion blocks.
 */
import { findCycles, PHASES, pointer, type Phase, type Problem, type RoadmapItem, type Workbook } from '../model';
import { addDays, isValidDate } from './dates';
import { scorecard, triggeredMetricIds, type MetricScore } from './scorecard';

export interface ScheduledItem {
  readonly itemId: string;
  /** Null when the item is in or after a dependency cycle. */
  readonly startWeek: number | null;
  readonly endWeek: number | null;
  /** Latest start − earliest start; 0 for critical items, null when unscheduled. */
  readonly slackWeeks: number | null;
  readonly critical: boolean;
  /** Its gate names a metric whose kill criterion is triggered. */
  readonly blocked: boolean;
  /** Those metric ids, in gate order. */
  readonly blockedBy: string[];
  readonly startDate: string | null;
  readonly endDate: string | null;
}

export interface Schedule {
  /** In file order. */
  readonly items: ScheduledItem[];
  /** Item ids by start week, then phase, then file order; unscheduled items last, in file order. */
  readonly order: string[];
  /** The latest end week; 0 for an empty roadmap. */
  readonly totalWeeks: number;
  readonly problems: Problem[];
}

const PHASE_INDEX: Readonly<Record<Phase, number>> = Object.fromEntries(PHASES.map((p, i) => [p, i])) as Record<Phase, number>;

/** Week 0 begins 14 days after the sprint starts: the sprint itself takes two weeks. */
const SPRINT_DAYS = 14;

function quoted(item: RoadmapItem): string {
  return `"${item.title}" (${item.id})`;
}

/**
 * Keeps the dependencies the schedule can honour, as item indexes without duplicates.
 * Unknown ids are the loader's to report; a dependency on a later phase contradicts the
 * phase gates, so it is reported and dropped rather than allowed to form a cycle.
 */
function usableDependencies(items: readonly RoadmapItem[], phaseOf: readonly number[], problems: Problem[]): number[][] {
  const indexOf = new Map<string, number>();
  items.forEach((it, i) => { if (!indexOf.has(it.id)) indexOf.set(it.id, i); });
  // lastSeen[k] === i marks k as already kept for item i: dedupes without a Set per item.
  const lastSeen = new Int32Array(items.length).fill(-1);
  return items.map((item, i) => {
    const kept: number[] = [];
    for (let j = 0; j < item.dependsOn.length; j++) {
      const k = indexOf.get(item.dependsOn[j]!);
      if (k === undefined) continue;
      if (phaseOf[k]! > phaseOf[i]!) {
        const dep = items[k]!;
        problems.push({
          message: `${quoted(item)} in phase ${item.phase} depends on ${quoted(dep)} in the later phase ${dep.phase}; the dependency is ignored in the schedule.`,
          path: pointer('roadmap', i, 'dependsOn', j),
          subjectId: item.id,
          question: 'owners',
        });
        continue;
      }
      if (lastSeen[k] !== i) { lastSeen[k] = i; kept.push(k); }
    }
    return kept;
  });
}

/**
 * A topological order of the items, phase by phase (Kahn). Usable dependencies never point
 * to a later phase, so sorting each phase on its own orders the whole graph. Items in a
 * cycle, and items after one in their phase, never become ready and are left out.
 */
function topologicalOrder(byPhase: readonly number[][], phaseOf: readonly number[], deps: readonly number[][]): number[] {
  const order: number[] = [];
  const pending = new Int32Array(phaseOf.length);
  const sameDependents: (number[] | undefined)[] = new Array<number[] | undefined>(phaseOf.length);
  for (const members of byPhase) {
    const ready: number[] = [];
    for (const i of members) {
      let count = 0;
      for (const k of deps[i]!) {
        if (phaseOf[k] !== phaseOf[i]) continue;
        count++;
        (sameDependents[k] ??= []).push(i);
      }
      pending[i] = count;
      if (count === 0) ready.push(i);
    }
    for (let r = 0; r < ready.length; r++) {
      const i = ready[r]!;
      order.push(i);
      const dependents = sameDependents[i];
      if (dependents) for (const d of dependents) if (--pending[d]! === 0) ready.push(d);
    }
  }
  return order;
}

/**
 * Items in a cycle and every item after one: their dependents, transitively, and (through
 * the phase gates) every item of a later phase than the earliest cycle. Only the items the
 * topological sort could not place are searched, as every cycle lies among them.
 */
function unschedulable(items: readonly RoadmapItem[], phaseOf: readonly number[], deps: readonly number[][], placed: readonly number[], problems: Problem[]): Uint8Array {
  const out = new Uint8Array(items.length);
  if (placed.length === items.length) return out;

  const isPlaced = new Uint8Array(items.length);
  for (const i of placed) isPlaced[i] = 1;
  const indexOf = new Map<string, number>();
  const residual: string[] = [];
  items.forEach((it, i) => {
    if (isPlaced[i] || indexOf.has(it.id)) return;
    indexOf.set(it.id, i);
    residual.push(it.id);
  });
  const depIds = (id: string) => deps[indexOf.get(id)!]!.map((k) => items[k]!.id);
  const cycles = findCycles(residual, depIds);

  const queue: number[] = [];
  let earliestCyclePhase = Infinity;
  for (const cycle of cycles) {
    const members = cycle.map((id) => indexOf.get(id)!);
    const first = members[0]!;
    const names = members.map((k) => quoted(items[k]!)).join(', ');
    problems.push({
      message: members.length === 1
        ? `Roadmap item ${names} depends on itself; it and every item after it are left unscheduled.`
        : `Roadmap items ${names} depend on each other in a cycle; they and every item after them are left unscheduled.`,
      path: pointer('roadmap', first, 'dependsOn'),
      subjectId: items[first]!.id,
      question: 'owners',
    });
    for (const k of members) {
      out[k] = 1;
      queue.push(k);
      earliestCyclePhase = Math.min(earliestCyclePhase, phaseOf[k]!);
    }
  }

  const dependents: number[][] = items.map(() => []);
  deps.forEach((ks, i) => { for (const k of ks) dependents[k]!.push(i); });
  while (queue.length > 0) {
    for (const d of dependents[queue.pop()!]!) {
      if (!out[d]) { out[d] = 1; queue.push(d); }
    }
  }
  phaseOf.forEach((p, i) => { if (p > earliestCyclePhase) out[i] = 1; });
  return out;
}

/** The critical-path schedule of `w.roadmap`; `scores` saves recomputing the scorecard when the caller has it. */
export function scheduleRoadmap(w: Workbook, scores?: readonly MetricScore[]): Schedule {
  const items = w.roadmap;
  const n = items.length;
  const problems: Problem[] = [];
  const phaseOf = items.map((it) => PHASE_INDEX[it.phase]);
  const deps = usableDependencies(items, phaseOf, problems);
  const byPhase: number[][] = PHASES.map(() => []);
  phaseOf.forEach((p, i) => byPhase[p]!.push(i));
  const placed = topologicalOrder(byPhase, phaseOf, deps);
  const skip = unschedulable(items, phaseOf, deps, placed, problems);
  // Still topological: dropping items never breaks the order of the rest.
  const order = placed.filter((i) => !skip[i]);

  // Forward pass. The gate into a phase opens when the previous non-empty phase has ended;
  // since each phase starts after all earlier ones, that is the latest end so far.
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let latestEnd = 0;
  let currentPhase = -1;
  let phaseFloor = 0;
  for (const i of order) {
    if (phaseOf[i] !== currentPhase) {
      currentPhase = phaseOf[i]!;
      phaseFloor = latestEnd;
    }
    let s = phaseFloor;
    for (const k of deps[i]!) s = Math.max(s, end[k]!);
    start[i] = s;
    end[i] = s + items[i]!.weeks;
    latestEnd = Math.max(latestEnd, end[i]!);
  }
  const totalWeeks = latestEnd;

  // Backward pass. Every item of the next non-empty phase succeeds every item of this one,
  // so the gate contributes that phase's earliest latest-start instead of |A|×|B| edges.
  const nextNonEmpty = PHASES.map((_, p) => {
    for (let q = p + 1; q < PHASES.length; q++) if (byPhase[q]!.length > 0) return q;
    return -1;
  });
  const phaseMinLatestStart = PHASES.map(() => Infinity);
  const latestStart = new Float64Array(n);
  const successorLatestStart = new Float64Array(n).fill(Infinity);
  for (let r = order.length - 1; r >= 0; r--) {
    const i = order[r]!;
    const next = nextNonEmpty[phaseOf[i]!]!;
    const gate = next >= 0 ? phaseMinLatestStart[next]! : Infinity;
    const finish = Math.min(totalWeeks, gate, successorLatestStart[i]!);
    latestStart[i] = finish - items[i]!.weeks;
    phaseMinLatestStart[phaseOf[i]!] = Math.min(phaseMinLatestStart[phaseOf[i]!]!, latestStart[i]!);
    for (const k of deps[i]!) successorLatestStart[k] = Math.min(successorLatestStart[k]!, latestStart[i]!);
  }

  const triggered = triggeredMetricIds(scores ?? scorecard(w));
  const weekZero = isValidDate(w.sprint.startDate) ? addDays(w.sprint.startDate, SPRINT_DAYS) : null;

  const scheduled: ScheduledItem[] = items.map((item, i) => {
    const blockedBy = item.gate && triggered.size > 0 ? [...new Set(item.gate.metricIds)].filter((m) => triggered.has(m)) : [];
    const timing = skip[i]
      ? { startWeek: null, endWeek: null, slackWeeks: null, critical: false, startDate: null, endDate: null }
      : {
          startWeek: start[i]!,
          endWeek: end[i]!,
          slackWeeks: latestStart[i]! - start[i]!,
          critical: latestStart[i] === start[i],
          startDate: weekZero === null ? null : addDays(weekZero, 7 * start[i]!),
          // The end date is the last day of the last week, not the first day after it.
          endDate: weekZero === null ? null : addDays(weekZero, 7 * end[i]! - 1),
        };
    return { itemId: item.id, ...timing, blocked: blockedBy.length > 0, blockedBy };
  });

  const byStart = [...order].sort((a, b) => start[a]! - start[b]! || phaseOf[a]! - phaseOf[b]! || a - b);
  const unscheduledInFileOrder = items.map((_, i) => i).filter((i) => skip[i]);
  return {
    items: scheduled,
    order: [...byStart, ...unscheduledInFileOrder].map((i) => items[i]!.id),
    totalWeeks,
    problems,
  };
}
