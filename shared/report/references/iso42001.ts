/**
 * Which control objectives of ISO/IEC 42001 Annex A (by their titles, A.2 to A.10) the
 * workbook's controls and fields address, and what it lacks for each. The standard's text is
 * not reproduced; the mapping to fields is ours, and each row says what counted:
 *
 * - A.2 policies: the intended use is stated and the tier policy is applied to every decision;
 * - A.3 internal organization: the owners question has no blocker (owners, escalation, RACI);
 * - A.4 resources: the map shows the systems involved, and the people have roles;
 * - A.5 impact assessment: stakeholder groups with their harms, and each decision's risk factors;
 * - A.6 life cycle: baselines, targets and kill criteria complete, every kill criterion gates
 *   the roadmap, every decision has an audit log;
 * - A.7 data: every AI step shows what it reads, personal data has access control;
 * - A.8 information for interested parties: intended and out-of-scope uses stated, customers
 *   told (customer disclosure) where a decision reaches them;
 * - A.9 use: out-of-scope uses stated, every decision has a tier (its mode) and a person who can override it;
 * - A.10 third parties: external parties shown on the map; the workbook records no agreements
 *   with them, so this is at most partly addressed.
 */
import type { Workbook } from '../../model';
import type { Readiness, TierAssessment } from '../../logic';

export type Coverage = 'addressed' | 'partly' | 'not-addressed';

export interface ObjectiveRow {
  readonly clause: string;
  readonly title: string;
  /** What in the workbook addresses it, in words. */
  readonly evidence: string;
  readonly missing: readonly string[];
  readonly coverage: Coverage;
}

export interface IsoInput {
  readonly w: Workbook;
  readonly readiness: Readiness;
  readonly tiers: ReadonlyMap<string, TierAssessment>;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const stated = (s: string | undefined) => s !== undefined && s.trim() !== '';

function row(clause: string, title: string, evidence: string, requirements: readonly (readonly [boolean, string])[]): ObjectiveRow {
  const missing = requirements.filter(([ok]) => !ok).map(([, what]) => what);
  const coverage: Coverage = missing.length === 0 ? 'addressed' : missing.length < requirements.length ? 'partly' : 'not-addressed';
  return { clause, title, evidence, missing, coverage };
}

export function isoObjectives({ w, readiness, tiers }: IsoInput): ObjectiveRow[] {
  const ds = w.decisions;
  const classified = ds.filter((d) => tiers.get(d.id)?.adopted).length;
  const ownerBlockers = readiness.gaps.filter((g) => g.question === 'owners' && g.severity === 'blocker').length;
  const baselineBlockers = readiness.gaps.filter((g) => g.question === 'baselines' && g.severity === 'blocker').length;
  const systems = w.workflow.lanes.filter((l) => l.kind === 'system').length + w.workflow.nodes.filter((n) => n.kind === 'system').length;
  const harms = w.pilot.stakeholders.filter((s) => stated(s.harm)).length;
  const kills = w.metrics.filter((m) => m.kill !== undefined);
  const gated = kills.filter((m) => w.roadmap.some((r) => r.gate?.metricIds.includes(m.id))).length;
  const audited = ds.filter((d) => d.controls.includes('audit-log')).length;
  const ai = w.workflow.nodes.filter((n) => n.kind === 'ai-step');
  const reading = ai.filter((n) => w.workflow.edges.some((e) => e.from === n.id && e.kind === 'reads')).length;
  const personal = ds.filter((d) => d.factors.personalData);
  const personalControlled = personal.filter((d) => d.controls.includes('access-control')).length;
  const facing = ds.filter((d) => d.factors.customerFacing);
  const disclosed = facing.filter((d) => d.controls.includes('customer-disclosure')).length;
  const overridable = ds.filter((d) => d.overrideById !== undefined).length;
  const external = w.workflow.lanes.filter((l) => l.kind === 'external');

  return [
    row('A.2', 'Policies related to AI',
      `The risk-tier policy (exposure thresholds, required controls per tier) applied to ${classified} of ${count(ds.length, 'decision', 'decisions')}; the intended use ${stated(w.pilot.intendedUse) ? 'is stated' : 'is not stated'}.`,
      [[stated(w.pilot.intendedUse), 'the intended use'], [ds.length > 0 && classified === ds.length, 'a tier for every decision']]),
    row('A.3', 'Internal organization',
      'Workflow owner, governance owner, measurement cadence, escalation path, and one accountable person per decision in the RACI.',
      [[w.ownership.governanceOwnerId !== undefined, 'a governance owner'], [ownerBlockers === 0, `${count(ownerBlockers, 'open ownership blocker', 'open ownership blockers')} closed`]]),
    row('A.4', 'Resources for AI systems',
      `${count(systems, 'system', 'systems')} on the workflow map; ${count(w.people.filter((p) => stated(p.role)).length, 'person', 'people')} with a role.`,
      [[systems > 0, 'the systems the AI uses, on the map'], [w.people.some((p) => stated(p.role)), 'people with their roles']]),
    row('A.5', 'Assessing impacts of AI systems',
      `${count(w.pilot.stakeholders.length, 'stakeholder group', 'stakeholder groups')}, ${harms} with the harm they may suffer; each decision's reversibility, customer reach, exposure, effect on rights and personal data.`,
      [[w.pilot.stakeholders.length > 0 && harms === w.pilot.stakeholders.length, 'the stakeholder groups with their harms'], [ds.length > 0, 'decisions with their risk factors']]),
    row('A.6', 'AI system life cycle',
      `Baselines, targets and kill criteria (${count(kills.length, 'kill criterion', 'kill criteria')}, ${gated} gating the roadmap); ${audited} of ${count(ds.length, 'decision', 'decisions')} with an audit log.`,
      [[w.metrics.length > 0 && baselineBlockers === 0, 'complete baselines, targets and kill criteria'],
        [kills.length > 0 && gated === kills.length, 'a roadmap gate on every kill criterion'],
        [ds.length > 0 && audited === ds.length, 'an audit log on every decision']]),
    row('A.7', 'Data for AI systems',
      `${reading} of ${count(ai.length, 'AI step shows', 'AI steps show')} what it reads; ${personalControlled} of ${count(personal.length, 'decision', 'decisions')} on personal data with access control.`,
      [[ai.length > 0 && reading === ai.length, 'what every AI step reads'], [personalControlled === personal.length, 'access control wherever personal data is used']]),
    row('A.8', 'Information for interested parties of AI systems',
      `Intended and out-of-scope uses ${stated(w.pilot.intendedUse) && stated(w.pilot.outOfScope) ? 'are stated' : 'are not both stated'}; ${disclosed} of ${count(facing.length, 'customer-facing decision', 'customer-facing decisions')} disclosed to customers; these documents.`,
      [[stated(w.pilot.intendedUse) && stated(w.pilot.outOfScope), 'the intended and out-of-scope uses'], [disclosed === facing.length, 'customer disclosure on every customer-facing decision']]),
    row('A.9', 'Use of AI systems',
      `Out-of-scope uses ${stated(w.pilot.outOfScope) ? 'stated' : 'not stated'}; each tier's mode (auto-execute, human confirms, human only) for ${classified} decisions; ${overridable} with a person who can override them.`,
      [[stated(w.pilot.outOfScope), 'the uses it must not be put to'], [ds.length > 0 && classified === ds.length && overridable === ds.length, 'a tier and an override person for every decision']]),
    row('A.10', 'Third-party and customer relationships',
      external.length ? `External parties on the map: ${external.map((l) => `“${l.name}”`).join(', ')}. The workbook records no agreements with them.` : 'The workbook records no external party and no agreements with suppliers or customers.',
      [[external.length > 0, 'the external parties, on the map'], [false, 'agreements with suppliers and customers (kept outside the workbook)']]),
  ];
}
