/**
 * The four documents, each a sequence of sections. The sprint report holds all three under
 * their own part headings, with a table of contents.
 */
import type { ReportContext } from './context';
import type { Block, DocKind } from './types';
import { h1, p } from './blocks';
import { coverOf, pilotSummary, readinessTable } from './sections/summary';
import { workflowSection } from './sections/workflow';
import { decisionRegister, loggingSection, policySection } from './sections/tiers';
import { ownershipSection } from './sections/owners';
import { auditAppendix, gapsSection, sprintLog } from './sections/gaps';
import { scorecardSection } from './sections/scorecard';
import { roadmapSection } from './sections/roadmap';

export const DOC_TITLE: Readonly<Record<DocKind, string>> = {
  governance: 'Governance model',
  scorecard: 'KPI scorecard',
  roadmap: 'Sequenced roadmap',
  report: 'Sprint report',
};

const DOC_SUBTITLE: Readonly<Record<DocKind, string>> = {
  governance: 'Risk tiers, control gates, escalation and audit',
  scorecard: 'Baselines, targets and kill criteria',
  roadmap: 'Phases, gates and the critical path',
  report: 'Governance model, KPI scorecard and sequenced roadmap',
};

export function documentBlocks(kind: DocKind, ctx: ReportContext): Block[] {
  switch (kind) {
    case 'governance': return governance(ctx);
    case 'scorecard': return scorecardSection(ctx);
    case 'roadmap': return roadmapSection(ctx);
    case 'report': return sprintReport(ctx);
  }
}

export function documentCover(kind: DocKind, ctx: ReportContext) {
  return coverOf(ctx, DOC_TITLE[kind], DOC_SUBTITLE[kind]);
}

function governance(ctx: ReportContext): Block[] {
  return [
    ...pilotSummary(ctx),
    ...workflowSection(ctx),
    ...policySection(ctx),
    ...decisionRegister(ctx),
    ...ownershipSection(ctx),
    ...loggingSection(ctx),
    ...gapsSection(ctx),
    ...auditAppendix(ctx),
    ...sprintLog(ctx),
  ];
}

function sprintReport(ctx: ReportContext): Block[] {
  const part = (title: string, intro: string, blocks: Block[]): Block[] =>
    [{ type: 'page-break' }, h1(title), p(intro), ...demote(blocks)];
  return [
    { type: 'toc', title: 'Contents' },
    h1('Readiness'),
    ...readinessTable(ctx),
    ...part('Governance model', 'Where the AI sits in the workflow, the risk tier of every decision it can make, its controls, who owns what and how problems escalate.', governance(ctx)),
    ...part('KPI scorecard', 'The baselines of today\'s workflow, the targets, and the kill criteria that stop the rollout.', scorecardSection(ctx)),
    ...part('Sequenced roadmap', 'The order in which the pilot scales, and the gates where it stops if it is not working.', roadmapSection(ctx)),
  ];
}

/** Moves headings one level down so a document becomes a part of the sprint report. */
function demote(blocks: readonly Block[]): Block[] {
  return blocks.map((b) => (b.type === 'heading' ? { ...b, level: Math.min(3, b.level + 1) as 1 | 2 | 3 } : b));
}
