/**
 * A suggested roadmap (DOMAIN.md, "Sequenced roadmap"): instrument each metric without a
 * baseline source, implement each decision's missing controls, roll out low-tier decisions
 * before medium ones, keep high-tier decisions human-only, and gate on every kill criterion.
 * Only new items are returned; the facilitator decides which to add.
 */
import { freshId, recordIds, type Decision, type Id, type Metric, type RoadmapItem, type Tier, type Workbook } from '../model';
import { blank, listOf, quote } from './text';
import { policyOf, requiredControls, suggestTier } from './tiers';

function owner(id: Id | undefined): { ownerId?: Id } {
  // Absent rather than undefined: the file format has no null and writers skip absent keys.
  return id === undefined ? {} : { ownerId: id };
}

export function suggestRoadmap(w: Workbook): RoadmapItem[] {
  const taken = recordIds(w);
  const policy = policyOf(w);
  const { governanceOwnerId, workflowOwnerId } = w.ownership;
  const items: RoadmapItem[] = [];

  for (const m of w.metrics) {
    if (!blank(m.baseline?.source)) continue;
    items.push({
      id: freshId(`sug-instrument-${m.id}`, taken),
      title: `Instrument ${quote(m.name, m.id)} and measure its baseline`,
      description: 'Without a named source the baseline cannot be reproduced, and no later value can be compared with it.',
      phase: 'foundation', weeks: 2, dependsOn: [], ...owner(m.ownerId), decisionIds: [], metricIds: [m.id],
    });
  }

  // An unclassified decision is planned at its suggested tier: the plan is a draft either way,
  // and planning nothing for it would hide the work it will need.
  const tiers = new Map(w.decisions.map((d) => [d, d.tier ?? suggestTier(d, policy).tier]));
  const tierOf = (d: Decision): Tier => tiers.get(d)!;

  const controlItemOf = new Map<Id, Id>();
  for (const d of w.decisions) {
    const present = new Set(d.controls);
    const missing = requiredControls(tierOf(d), d.factors.personalData).filter((c) => !present.has(c));
    if (missing.length === 0) continue;
    const id = freshId(`sug-controls-${d.id}`, taken);
    controlItemOf.set(d.id, id);
    items.push({
      id,
      title: `Implement ${listOf(missing.map((c) => c.replace(/-/g, ' ')))} for ${quote(d.title, d.id)}`,
      description: `Controls its ${tierOf(d)} tier requires that are not in place yet.`,
      phase: 'pilot-hardening', weeks: Math.min(4, 1 + missing.length), dependsOn: [],
      ...owner(d.outputOwnerId ?? governanceOwnerId), decisionIds: [d.id], metricIds: [],
    });
  }

  const byTier = (tier: Tier) => w.decisions.filter((d) => tierOf(d) === tier);
  const high = byTier('high');
  if (high.length > 0) {
    items.push({
      id: freshId('sug-human-only', taken),
      title: high.length === 1
        ? `Document the human-only procedure for ${quote(high[0]!.title, high[0]!.id)}`
        : `Document the human-only procedure for the ${String(high.length)} high-tier decisions`,
      description: 'High-tier decisions stay with people: the AI may inform, a person decides and acts. Write down who does what.',
      phase: 'pilot-hardening', weeks: 1, dependsOn: [], ...owner(governanceOwnerId),
      decisionIds: high.map((d) => d.id), metricIds: [],
    });
  }

  const killMetrics = w.metrics.filter((m) => m.kill !== undefined);
  const gating = new Set<Id>();
  const measuring = (decisions: readonly Decision[], list: readonly Metric[]): Id[] => {
    const ids = new Set(decisions.map((d) => d.id));
    return list.filter((m) => m.decisionIds.some((id) => ids.has(id))).map((m) => m.id);
  };

  const rollout = (tier: 'low' | 'medium', title: string, weeks: number, after: Id | null): Id | null => {
    const decisions = byTier(tier);
    if (decisions.length === 0) return null;
    const gate = measuring(decisions, killMetrics);
    gate.forEach((id) => gating.add(id));
    const controls = decisions.map((d) => controlItemOf.get(d.id)).filter((id): id is Id => id !== undefined);
    const id = freshId(`sug-rollout-${tier}`, taken);
    items.push({
      id, title,
      description: `Covers ${listOf(decisions.map((d) => quote(d.title, d.id)))}.`,
      phase: 'controlled-rollout', weeks,
      dependsOn: after === null ? controls : [after, ...controls],
      ...owner(workflowOwnerId ?? governanceOwnerId),
      decisionIds: decisions.map((d) => d.id), metricIds: measuring(decisions, w.metrics),
      ...(gate.length > 0 ? { gate: { metricIds: gate, note: 'Stop if a kill criterion is triggered.' } } : {}),
    });
    return id;
  };
  // Low-tier decisions go first: the AI acts on its own there, so they show soonest whether it holds up.
  const low = rollout('low', 'Roll out the low-tier decisions: the AI acts, people sample its work', 2, null);
  rollout('medium', 'Roll out the medium-tier decisions: a person confirms each one', 3, low);

  const ungated = killMetrics.map((m) => m.id).filter((id) => !gating.has(id));
  if (ungated.length > 0 || w.decisions.length > 0) {
    items.push({
      id: freshId('sug-scale', taken),
      title: 'Scale beyond the pilot',
      description: 'Extend to further teams and volumes once the rollout has held.',
      phase: 'scale', weeks: 6, dependsOn: [], ...owner(workflowOwnerId ?? governanceOwnerId),
      decisionIds: [], metricIds: ungated,
      ...(ungated.length > 0 ? { gate: { metricIds: ungated, note: 'Go only while no kill criterion is triggered.' } } : {}),
    });
  }
  return items;
}
