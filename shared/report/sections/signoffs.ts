/**
 * Who accepted or rejected the residual risk, when and why (DOMAIN.md 1.1 sign-offs; the EU AI
 * Act's Art. 9 risk management asks that residual risk be judged acceptable by someone).
 */
import type { ReportContext } from '../context';
import type { Block } from '../types';
import { cell, col, filled, h1, p, table } from '../blocks';

export function signoffSection(ctx: ReportContext): Block[] {
  const { signoffs } = ctx.w;
  return [
    h1('Sign-off of the residual risk'),
    p('The residual risk is what remains once the controls above are in place. Each person below accepted or rejected it for the organization, in the order they signed.'),
    table([col('Who', 4), col('Role', 3), col('Decision', 2), col('Date', 2.4), col('Why', 6)], signoffs.map((s) => [
      cell({ text: ctx.person(s.personId).replace(/ \(.*\)$/, ''), bold: true }),
      cell(s.role ?? ctx.w.people.find((x) => x.id === s.personId)?.role ?? '—'),
      s.decision === 'accept' ? filled('green', 'Accepted') : filled('red', 'Rejected'),
      cell(ctx.fmt.date(s.date)),
      cell(s.note?.trim() ? s.note : '—'),
    ]), 'No one has accepted or rejected the residual risk yet.'),
  ];
}
