/**
 * What a kill criterion stops (DOMAIN.md, "Sequenced roadmap" and rules 1.1): the roadmap
 * items gated on its metric are blocked, and every item that waits on a blocked one (its
 * dependents, transitively, and through the phase gates every item of a later phase) cannot
 * start either. Used for the `stop` verdict on every surface and for the roadmap's what-if.
 */
import { PHASES, type Phase, type Workbook } from '../model';
import type { MetricScore } from './scorecard';
import { scorecard } from './scorecard';

export interface KillImpact {
  /** Items whose gate names the metric, in file order. */
  readonly blockedItemIds: string[];
  /** Items that wait on a blocked item, in file order; never one of the blocked. */
  readonly waitingItemIds: string[];
}

const PHASE_INDEX = new Map<Phase, number>(PHASES.map((p, i) => [p, i]));

/** The impact of `metricId`'s kill criterion being triggered, whether or not it is. */
export function killImpact(w: Pick<Workbook, 'roadmap'>, metricId: string): KillImpact {
  const blocked = new Set(w.roadmap.filter((r) => r.gate?.metricIds.includes(metricId)).map((r) => r.id));
  if (blocked.size === 0) return { blockedItemIds: [], waitingItemIds: [] };

  const dependents = new Map<string, string[]>();
  for (const r of w.roadmap) {
    for (const d of r.dependsOn) dependents.set(d, [...(dependents.get(d) ?? []), r.id]);
  }
  const waiting = new Set<string>();
  const queue = [...blocked];
  while (queue.length > 0) {
    for (const next of dependents.get(queue.pop()!) ?? []) {
      if (!blocked.has(next) && !waiting.has(next)) { waiting.add(next); queue.push(next); }
    }
  }
  const earliest = Math.min(...w.roadmap.filter((r) => blocked.has(r.id)).map((r) => PHASE_INDEX.get(r.phase)!));
  for (const r of w.roadmap) if (PHASE_INDEX.get(r.phase)! > earliest && !blocked.has(r.id)) waiting.add(r.id);

  return {
    blockedItemIds: [...blocked],
    waitingItemIds: w.roadmap.filter((r) => waiting.has(r.id)).map((r) => r.id),
  };
}

/** A kill criterion whose threshold the latest observation breaches, with what it stops or would stop. */
export interface KillBreach extends KillImpact {
  readonly metricId: string;
  readonly metricName: string;
  readonly unit: string;
  readonly latest: number;
  readonly latestDate: string;
  readonly threshold: number;
  readonly evaluateOn: string | null;
  /** What the criterion says to do, when it says. */
  readonly action: string | null;
}

/** A breach measured on or after the criterion's `evaluateOn`: it stops the rollout. */
export type TriggeredKill = KillBreach;

/** Every triggered kill criterion, in file order, with what it stops: the reasons for a `stop` verdict. */
export function triggeredKills(w: Pick<Workbook, 'metrics' | 'roadmap'>, scores?: readonly MetricScore[]): TriggeredKill[] {
  return breaches(w, scores ?? scorecard(w), (s) => s.killTriggered);
}

/**
 * Every kill threshold breached by an observation dated before its criterion's `evaluateOn`,
 * in file order, with what it would stop: red and a warning, not yet a `stop`, and the reader
 * of a document must still see it before the date comes.
 */
export function earlyBreaches(w: Pick<Workbook, 'metrics' | 'roadmap'>, scores?: readonly MetricScore[]): KillBreach[] {
  return breaches(w, scores ?? scorecard(w), (s) => s.killBreached && !s.killTriggered);
}

function breaches(w: Pick<Workbook, 'metrics' | 'roadmap'>, scored: readonly MetricScore[], keep: (s: MetricScore) => boolean): KillBreach[] {
  const out: KillBreach[] = [];
  w.metrics.forEach((m, i) => {
    const s = scored[i];
    if (!s || !keep(s) || m.kill === undefined || s.latest === null || s.latestDate === null) return;
    out.push({
      metricId: m.id,
      metricName: m.name.trim() || m.id,
      unit: m.unit,
      latest: s.latest,
      latestDate: s.latestDate,
      threshold: m.kill.threshold,
      evaluateOn: m.kill.evaluateOn ?? null,
      action: m.kill.action?.trim() ? m.kill.action.trim() : null,
      ...killImpact(w, m.id),
    });
  });
  return out;
}
