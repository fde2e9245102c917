/**
 * The risk-tier policy and the decision register: every decision, its tier, controls and
 * people. Up to DETAIL_MAX decisions get a card each; a larger register is one row per decision.
 */
import { TIERS, type Decision } from '../../model';
import { MODE_OF, REQUIRED_CONTROLS, policyOf, type TierAssessment } from '../../logic';
import type { ReportContext } from '../context';
import type { Block, Inline } from '../types';
import { LOGGING_LABEL, MODE_LABEL, MODE_MEANING, TIER_LABEL, TIER_TONE, actionLabel } from '../labels';
import { cell, col, facts, filled, h1, h3, p, small, table, toned } from '../blocks';
import { compactRegister } from './register-compact';

/** Decisions shown as one card each; more are shown one row each (register-compact.ts). */
export const DETAIL_MAX = 40;

export function policySection(ctx: ReportContext): Block[] {
  const policy = policyOf(ctx.w);
  return [
    h1('Risk-tier policy'),
    p('Every decision the AI can make is classified into a tier. The tier sets how much the AI may do on its own and which controls must be in place before it runs in production.'),
    table([col('Tier', 2), col('Mode', 2.4), col('What it means', 5), col('Required controls', 4)], TIERS.map((tier) => [
      filled(TIER_TONE[tier], { text: TIER_LABEL[tier], bold: true }),
      cell(MODE_LABEL[MODE_OF[tier]]),
      cell(MODE_MEANING[MODE_OF[tier]]),
      cell(REQUIRED_CONTROLS[tier].map((c) => ctx.control(c)).join(', ')),
    ])),
    p({ text: 'How a tier is suggested. ', bold: true },
      'Each action starts at a base tier (summarize, retrieve, classify, draft: low; route, recommend, prioritize, notify: medium; commit, promise, approve spend, send externally, determine eligibility: high). ',
      `A customer-facing decision is at least medium; financial exposure of ${ctx.fmt.money(policy.mediumExposure)} or more per decision makes it at least medium, and ${ctx.fmt.money(policy.highExposure)} or more makes it high; `,
      'a decision that cannot be reversed moves one tier up; a decision about a person\'s rights or eligibility is high. ',
      'A team may adopt another tier only with a written reason, which is recorded in the audit trail.'),
    p({ text: 'Personal data. ', bold: true }, `A decision that uses personal data requires ${ctx.control('access-control')} at any tier.`),
  ];
}

export function decisionRegister(ctx: ReportContext): Block[] {
  const { decisions } = ctx.w;
  const blocks: Block[] = [h1('Decision register')];
  if (decisions.length === 0) {
    blocks.push(p('No decisions have been inventoried yet. List every decision the AI can make, then classify each into a tier.'));
    return blocks;
  }
  const counts = TIERS.map((t) => `${decisions.filter((d) => d.tier === t).length} ${TIER_LABEL[t].toLowerCase()}`);
  const unclassified = decisions.filter((d) => d.tier === undefined).length;
  blocks.push(p(`${decisions.length} ${decisions.length === 1 ? 'decision' : 'decisions'}: ${counts.join(', ')}${unclassified ? `, ${unclassified} not yet classified` : ''}.`));
  // A card per decision reads best, but hundreds of cards make a book: beyond DETAIL_MAX one row each.
  if (decisions.length > DETAIL_MAX) return [...blocks, ...compactRegister(ctx)];
  blocks.push(table(
    [col('Decision', 4.4), col('Action', 2.6), col('Suggested', 2.3), col('Adopted', 2.3), col('Mode', 2.3), col('Missing controls', 2.8)],
    decisions.map((d) => {
      const t = ctx.tiers.get(d.id)!;
      return [
        cell({ text: d.title, bold: true }),
        cell(actionLabel(d.action)),
        cell(TIER_LABEL[t.suggested]),
        t.adopted ? filled(TIER_TONE[t.adopted], TIER_LABEL[t.adopted], ...(t.differsFromSuggestion ? [' *'] : [])) : filled('muted', 'Not classified'),
        cell(t.mode ? MODE_LABEL[t.mode] : '—'),
        t.missingControls.length ? filled('red', t.missingControls.map((c) => ctx.control(c)).join(', ')) : cell('none'),
      ];
    }),
  ));
  if (decisions.some((d) => ctx.tiers.get(d.id)!.differsFromSuggestion)) {
    blocks.push(small('* The adopted tier differs from the suggested one; the reason is given with the decision below.'));
  }
  for (const d of decisions) blocks.push(...decisionDetail(ctx, d, ctx.tiers.get(d.id)!));
  return blocks;
}

function decisionDetail(ctx: ReportContext, d: Decision, t: TierAssessment): Block[] {
  const node = d.nodeId ? ctx.w.workflow.nodes.find((n) => n.id === d.nodeId) : undefined;
  const f = d.factors;
  const adopted: Inline[] = t.adopted
    ? [toned(TIER_LABEL[t.adopted], TIER_TONE[t.adopted]), ` — ${MODE_LABEL[MODE_OF[t.adopted]]}: ${MODE_MEANING[MODE_OF[t.adopted]]}`]
    : [toned('Not classified yet', 'red')];
  const rows: [string, string | Inline[]][] = [
    ['Workflow step', node ? node.label : d.nodeId ? `unknown step "${d.nodeId}"` : 'Not placed on the map'],
    ['Action', actionLabel(d.action)],
    ['Factors', [
      f.reversible ? 'reversible' : 'not reversible', f.customerFacing ? 'reaches customers' : 'internal',
      `exposure ${ctx.fmt.money(f.financialExposure)} per decision`,
      f.affectsRights ? "affects a person's rights or eligibility" : 'no effect on rights', f.personalData ? 'uses personal data' : 'no personal data',
    ].join('; ')],
    ['Suggested tier', `${TIER_LABEL[t.suggested]}: ${t.reasons.join(' ')}`],
    ['Adopted tier', adopted],
  ];
  if (t.differsFromSuggestion) {
    rows.push(['Why it differs', d.tierReason?.trim() ? d.tierReason : [toned('No reason recorded: a changed tier needs one.', 'red')]]);
  }
  const missing = new Set(t.missingControls);
  rows.push(['Controls', [
    d.controls.length ? d.controls.map((c) => ctx.control(c)).join(', ') : 'none',
    ...(missing.size ? [toned(`  Missing: ${[...missing].map((c) => ctx.control(c)).join(', ')}.`, 'red')] : []),
  ]]);
  rows.push(['Output owner', ctx.person(d.outputOwnerId)]);
  rows.push(['Override authority', ctx.person(d.overrideById)]);
  rows.push(['Escalates to', ctx.person(d.escalateToId)]);
  rows.push(['Logged', d.logging.length ? d.logging.map((l) => LOGGING_LABEL[l] ?? l).join(', ') : 'nothing specified']);
  rows.push(['When the model is wrong', d.onError ?? 'Not described yet.']);
  const blocks: Block[] = [h3(d.title)];
  if (d.description) blocks.push(p(d.description));
  blocks.push(facts(rows));
  return blocks;
}
