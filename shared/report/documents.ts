/**
 * The four documents, each a sequence of sections after a cover that says what to decide, and
 * a contents page when the document is long. The sprint report holds all three under their
 * own part headings and ends with the appendix that lists every step of the workflow.
 */
import type { ReportContext } from './context';
import type { Block, DocKind } from './types';
import { h1, p } from './blocks';
import { coverOf } from './sections/cover';
import { pilotSummary, readinessTable } from './sections/summary';
import { scopeSection } from './sections/scope';
import { stepsAppendix, workflowSection } from './sections/workflow';
import { decisionRegister, policySection } from './sections/tiers';
import { oversightSection, oversightSummary } from './sections/oversight';
import { isoSection } from './sections/iso';
import { ownershipSection } from './sections/owners';
import { signoffSection } from './sections/signoffs';
import { gapsSection } from './sections/gaps';
import { parkingLotSection } from './sections/parking-lot';
import { historySection } from './sections/history';
import { sprintLog } from './sections/sprint-log';
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

/** Where each document lists every readiness gap, which page 1 points to. */
const GAPS_HEADING: Readonly<Record<DocKind, string>> = {
  governance: 'Open readiness gaps',
  scorecard: 'Appendix: open readiness gaps',
  roadmap: 'Appendix: open readiness gaps',
  report: 'Open readiness gaps',
};

export function documentBlocks(kind: DocKind, ctx: ReportContext): Block[] {
  switch (kind) {
    case 'governance': return [...contents(), ...governance(ctx)];
    case 'scorecard': return [...contents(), ...scorecardSection(ctx), ...gapsSection(ctx, GAPS_HEADING.scorecard)];
    case 'roadmap': return [...contents(), ...roadmapSection(ctx), ...gapsSection(ctx, GAPS_HEADING.roadmap)];
    case 'report': return sprintReport(ctx);
  }
}

/**
 * The contents page after page 1. Renderers keep it only in a document longer than six pages
 * without it (shared/export/pdf/contents.ts), with the page break that ends it.
 */
function contents(): Block[] {
  return [{ type: 'toc', title: 'Contents' }, { type: 'page-break' }];
}

export function documentCover(kind: DocKind, ctx: ReportContext) {
  // The documents with the oversight table say on page 1 how the decisions fare in it.
  const oversight = kind === 'governance' || kind === 'report' ? oversightSummary(ctx) : null;
  const context = oversight ? [{ label: 'Human oversight and logging', value: oversight, optional: true }] : [];
  return coverOf(ctx, DOC_TITLE[kind], DOC_SUBTITLE[kind], GAPS_HEADING[kind], context);
}

/** `readiness`: with the readiness table in its summary; the sprint report states it once, first. */
function governance(ctx: ReportContext, readiness = true): Block[] {
  return [
    ...pilotSummary(ctx, readiness),
    ...scopeSection(ctx),
    ...workflowSection(ctx),
    ...policySection(ctx),
    ...decisionRegister(ctx),
    ...oversightSection(ctx),
    ...isoSection(ctx),
    ...ownershipSection(ctx),
    ...signoffSection(ctx),
    ...gapsSection(ctx, GAPS_HEADING.governance),
    ...parkingLotSection(ctx),
    ...historySection(ctx),
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
    ...part('Governance model', 'Where the AI sits in the workflow, the risk tier of every decision it can make, its controls, who owns what and how problems escalate.', governance(ctx, false)),
    ...part('KPI scorecard', 'The baselines of today\'s workflow, the targets, and the kill criteria that stop the rollout.', scorecardSection(ctx)),
    ...part('Sequenced roadmap', 'The order in which the pilot scales, and the gates where it stops if it is not working.', roadmapSection(ctx)),
    // The long list of steps is the map's text equivalent: the full report keeps it, at the end.
    ...(ctx.w.workflow.nodes.length ? [{ type: 'page-break' } as const, ...stepsAppendix(ctx)] : []),
  ];
}

/** Moves headings one level down so a document becomes a part of the sprint report. */
function demote(blocks: readonly Block[]): Block[] {
  return blocks.map((b) => (b.type === 'heading' ? { ...b, level: Math.min(3, b.level + 1) as 1 | 2 | 3 } : b));
}
