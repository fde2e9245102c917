/**
 * What the presenter view shows of the facilitator's stage: its records read-only, as short
 * lines in large type. Built from the workbook alone, field by field, so nothing the room
 * should not see can reach the projector: node notes, day notes, observation notes and every
 * other note stay out because no line here reads them.
 */
import { assessTiers, QUESTION_TEXT, type MetricScore, type Readiness } from '../../../shared/logic';
import type { Question, Workbook } from '../../../shared/model';
import type { StageId } from '../../state/stages';

export type Tone = 'good' | 'warn' | 'bad' | 'plain';

export interface PresenterLine {
  readonly text: string;
  readonly detail?: string;
  readonly tone?: Tone;
  /** The count of lines left out ("and 3 more"), not a record. */
  readonly more?: boolean;
}

export interface PresenterSection {
  readonly heading: string;
  readonly lines: readonly PresenterLine[];
  /** Said when there are no lines. */
  readonly empty: string;
}

/** At most this many lines a section: the projector is not a scroll. */
export const LINES_PER_SECTION = 8;

function clip(lines: readonly PresenterLine[]): PresenterLine[] {
  if (lines.length <= LINES_PER_SECTION) return [...lines];
  return [...lines.slice(0, LINES_PER_SECTION - 1), { text: `and ${lines.length - LINES_PER_SECTION + 1} more`, more: true }];
}

const section = (heading: string, lines: readonly PresenterLine[], empty: string): PresenterSection => ({ heading, lines: clip(lines), empty });

function personName(w: Workbook, id: string | undefined): string | null {
  return id ? w.people.find((p) => p.id === id)?.name ?? null : null;
}

function overview(w: Workbook): PresenterSection[] {
  const p = w.pilot;
  const facts: PresenterLine[] = [
    ...(p.summary ? [{ text: p.summary }] : []),
    ...(p.intendedUse ? [{ text: p.intendedUse, detail: 'Intended use' }] : []),
    ...(p.outOfScope ? [{ text: p.outOfScope, detail: 'Out of scope' }] : []),
    ...(p.outcome ? [{ text: p.outcome, detail: 'Outcome so far' }] : []),
  ];
  const people = w.people.map((person) => ({ text: person.name, ...(person.role ? { detail: person.role } : {}) }));
  return [section(p.name || 'The pilot', facts, 'Nothing written about the pilot yet.'), section('Who is in the room', people, 'No people entered yet.')];
}

function map(w: Workbook): PresenterSection[] {
  const lanes = w.workflow.lanes.map((lane) => {
    const steps = w.workflow.nodes.filter((n) => n.laneId === lane.id).sort((a, b) => a.x - b.x).map((n) => n.label);
    return { text: lane.name, detail: steps.length ? steps.join(' → ') : 'no steps yet' };
  });
  const loose = w.workflow.nodes.filter((n) => !n.laneId || !w.workflow.lanes.some((l) => l.id === n.laneId));
  if (loose.length) lanes.push({ text: 'Outside any lane', detail: loose.map((n) => n.label).join(', ') });
  const ai = w.workflow.nodes.filter((n) => n.kind === 'ai-step').map((n) => ({ text: n.label }));
  return [section('Where the AI sits', ai, 'No AI step on the map yet.'), section('The workflow, lane by lane', lanes, 'No lanes on the map yet.')];
}

const TIER_TONE = { low: 'good', medium: 'warn', high: 'bad' } as const;

function decisions(w: Workbook): PresenterSection[] {
  const tiers = assessTiers(w);
  const lines = w.decisions.map((d, i) => {
    const t = tiers[i]!;
    return t.adopted
      ? { text: d.title, detail: `${t.adopted} tier${t.missingControls.length ? `, ${t.missingControls.length} control${t.missingControls.length === 1 ? '' : 's'} missing` : ''}`, tone: TIER_TONE[t.adopted] }
      : { text: d.title, detail: `not classified (suggested: ${t.suggested})`, tone: 'plain' as const };
  });
  return [section('Decisions and their risk tiers', lines, 'No decisions recorded yet.')];
}

function metrics(w: Workbook, scores: readonly MetricScore[]): PresenterSection[] {
  const lines = w.metrics.map((m, i) => {
    const s = scores[i];
    const parts = [
      m.baseline ? `baseline ${m.baseline.value} ${m.unit}` : 'no baseline',
      m.target ? `target ${m.target.value}` : 'no target',
      m.kill ? `kill at ${m.kill.threshold}` : 'no kill criterion',
    ];
    const tone: Tone = s?.killTriggered ? 'bad' : s?.status === 'green' ? 'good' : s?.status === 'amber' ? 'warn' : 'plain';
    return { text: m.name, detail: parts.join(' · '), tone };
  });
  return [section('Baselines, targets and kill criteria', lines, 'No metrics yet.')];
}

function owners(w: Workbook): PresenterSection[] {
  const o = w.ownership;
  const named = (id: string | undefined) => personName(w, id) ?? 'not named';
  const lines: PresenterLine[] = [
    { text: named(o.workflowOwnerId), detail: 'Workflow owner', tone: o.workflowOwnerId ? 'good' : 'warn' },
    { text: named(o.governanceOwnerId), detail: 'Governance owner', tone: o.governanceOwnerId ? 'good' : 'warn' },
    { text: o.measurementCadence ?? 'not set', detail: 'Measurement cadence', tone: o.measurementCadence ? 'good' : 'warn' },
    {
      text: o.escalationPath.length ? o.escalationPath.map((id) => personName(w, id) ?? 'someone not in the workbook').join(' → ') : 'none yet',
      detail: 'Escalation path', tone: o.escalationPath.length ? 'good' : 'warn',
    },
  ];
  return [section('Who owns what', lines, '')];
}

const PHASE_NAME = { foundation: 'Foundation', 'pilot-hardening': 'Pilot hardening', 'controlled-rollout': 'Controlled rollout', scale: 'Scale' } as const;

function roadmap(w: Workbook): PresenterSection[] {
  const lines = w.roadmap.map((item) => ({
    text: item.title,
    detail: `${PHASE_NAME[item.phase]} · ${item.weeks} week${item.weeks === 1 ? '' : 's'}${personName(w, item.ownerId) ? ` · ${personName(w, item.ownerId)}` : ''}`,
  }));
  return [section('The roadmap', lines, 'No roadmap items yet.')];
}

function readiness(r: Readiness): PresenterSection[] {
  const questions: Question[] = ['workflow', 'tiers', 'baselines', 'owners'];
  const lines = questions.map((q) => {
    const n = r.gaps.filter((g) => g.question === q && g.severity === 'blocker').length;
    return { text: QUESTION_TEXT[q].title, detail: n === 0 ? 'no blocker' : `${n} blocker${n === 1 ? '' : 's'}`, tone: n === 0 ? 'good' as const : 'bad' as const };
  });
  const blockers = r.gaps.filter((g) => g.severity === 'blocker').map((g) => ({ text: g.message, detail: QUESTION_TEXT[g.question].short, tone: 'bad' as const }));
  return [section('The four questions', lines, ''), section('What stands in the way', blockers, 'Nothing: no blocker is open.')];
}

/** The sections of `stage` for the projector. */
export function presenterSections(stage: StageId, w: Workbook, r: Readiness, scores: readonly MetricScore[]): PresenterSection[] {
  switch (stage) {
    case 'overview': return overview(w);
    case 'map': return map(w);
    case 'decisions': return decisions(w);
    case 'metrics': return metrics(w, scores);
    case 'owners': return owners(w);
    case 'roadmap': return roadmap(w);
    case 'readiness':
    case 'export': return readiness(r);
  }
}
