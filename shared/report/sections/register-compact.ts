/**
 * The decision register of a large workbook: one row per decision with everything its card
 * would say except the suggestion's reasoning (the policy above states the rules), so three
 * hundred decisions take pages, not a book.
 */
import type { ReportContext } from '../context';
import type { Block, Inline } from '../types';
import { cell, col, filled, small, table, toned } from '../blocks';
import { LOGGING_LABEL, MODE_LABEL, TIER_LABEL, TIER_TONE, actionLabel } from '../labels';

export function compactRegister(ctx: ReportContext): Block[] {
  const { fmt } = ctx;
  return [
    small('Each row is one decision: what it does and its risk factors, its tier and mode, its controls, its people, what it logs and what happens when the model is wrong. The rules that suggest each tier are stated in the risk-tier policy above.'),
    table(
      [col('Decision', 4.4), col('Tier', 2.8), col('Controls', 3.4), col('People', 3.6), col('Logged; when the model is wrong', 3.8)],
      ctx.w.decisions.map((d) => {
        const t = ctx.tiers.get(d.id)!;
        const f = d.factors;
        const factors = [
          f.reversible ? '' : 'not reversible', f.customerFacing ? 'reaches customers' : '',
          `${fmt.money(f.financialExposure)} at stake`, f.affectsRights ? 'affects rights' : '', f.personalData ? 'personal data' : '',
        ].filter(Boolean).join('; ');
        const tier: Inline[] = t.adopted
          ? [{ text: TIER_LABEL[t.adopted], bold: true }, t.mode ? ` — ${MODE_LABEL[t.mode]}` : '',
              t.differsFromSuggestion ? ` (suggested: ${TIER_LABEL[t.suggested].toLowerCase()}; why: ${d.tierReason?.trim() || 'no reason recorded'})` : '']
          : [toned('Not classified', 'red'), ` (suggested: ${TIER_LABEL[t.suggested].toLowerCase()})`];
        const controls: Inline[] = [
          d.controls.length ? d.controls.map((c) => ctx.control(c)).join(', ') : 'none',
          ...(t.missingControls.length ? [toned(`. Missing: ${t.missingControls.map((c) => ctx.control(c)).join(', ')}`, 'red')] : []),
        ];
        const logged = d.logging.length ? d.logging.map((l) => LOGGING_LABEL[l] ?? l).join(', ') : 'nothing';
        return [
          cell({ text: d.title, bold: true }, `. ${actionLabel(d.action)}; ${factors}.`),
          t.adopted ? filled(TIER_TONE[t.adopted], ...tier) : filled('muted', ...tier),
          cell(...controls),
          cell(`Output: ${ctx.person(d.outputOwnerId)}; override: ${ctx.person(d.overrideById)}; escalates to: ${ctx.person(d.escalateToId)}`),
          cell(`${logged}. ${d.onError?.trim() ? d.onError : 'When wrong: not described.'}`),
        ];
      }),
    ),
  ];
}
