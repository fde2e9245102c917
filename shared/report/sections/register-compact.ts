/**
 * The decision register of a large workbook: one short row per decision (what it does, its
 * tier and mode, the controls it lacks, its people), so three hundred decisions take pages, not
 * a book. What a card adds (risk factors, the suggestion's reasoning, logging, what happens when
 * the model is wrong) is summarized in counts below the table; logging is marked per decision in
 * the oversight table.
 */
import type { ReportContext } from '../context';
import type { Block, Inline } from '../types';
import { cell, col, filled, small, table, toned } from '../blocks';
import { TIER_LABEL, TIER_TONE, actionLabel } from '../labels';
import { plural } from '../verdict';

export function compactRegister(ctx: ReportContext): Block[] {
  const { decisions } = ctx.w;
  const name = (id: string | undefined) => (id === undefined ? toned('none', 'red', false) : ctx.person(id).replace(/ \(.*\)$/, ''));
  const described = decisions.filter((d) => d.onError?.trim()).length;
  const departed = decisions.filter((d) => ctx.tiers.get(d.id)!.differsFromSuggestion).length;
  return [
    small('One row per decision. Each tier’s mode (auto-execute, human confirms, human only) is in the policy above, with the rules that suggest a tier. A tier marked * departs from the suggested one; the reason follows it.'),
    table(
      [col('Decision', 3.6), col('Tier', 4.6), col('Missing controls', 3), col('Output owner', 2), col('Override', 2), col('Escalates to', 2)],
      decisions.map((d) => {
        const t = ctx.tiers.get(d.id)!;
        const tier: Inline[] = t.adopted
          ? [{ text: `${TIER_LABEL[t.adopted]}${t.differsFromSuggestion ? '*' : ''}`, bold: true },
              t.differsFromSuggestion ? ` (suggested ${TIER_LABEL[t.suggested].toLowerCase()}; ${d.tierReason?.trim() ? `why: ${d.tierReason.trim()}` : 'no reason given'})` : '']
          : [toned('Not classified', 'red'), ` (suggested ${TIER_LABEL[t.suggested].toLowerCase()})`];
        return [
          cell({ text: d.title, bold: true }, ` · ${actionLabel(d.action)}`),
          t.adopted ? filled(TIER_TONE[t.adopted], ...tier) : filled('muted', ...tier),
          t.missingControls.length ? filled('red', t.missingControls.map((c) => ctx.control(c)).join(', ')) : cell('none'),
          cell(name(d.outputOwnerId)), cell(name(d.overrideById)), cell(name(d.escalateToId)),
        ];
      }),
    ),
    small(`${plural(departed, 'decision departs', 'decisions depart')} from the suggested tier; ${described} of ${plural(decisions.length, 'decision describes', 'decisions describe')} what happens when the model is wrong. Each decision’s risk factors, controls and logging are in the workbook; its oversight and logging marks follow.`),
  ];
}
