/**
 * What the AI is for and whom it affects (DOMAIN.md 1.1; the Microsoft RAI Impact Assessment's
 * intended uses and stakeholders, NIST AI RMF "Map"): the intended use, the uses it must not be
 * put to, and each stakeholder group with its benefits and harms.
 */
import type { ReportContext } from '../context';
import type { Block, Inline } from '../types';
import { cell, col, facts, h1, p, table, toned } from '../blocks';

export function scopeSection(ctx: ReportContext): Block[] {
  const { pilot } = ctx.w;
  const missing = (what: string): Inline[] => [toned(`Not stated yet: ${what}`, 'red')];
  return [
    h1('Intended use, out-of-scope uses and stakeholders'),
    facts([
      ['Intended use', pilot.intendedUse?.trim() ? pilot.intendedUse : missing('say what the AI is for, in its owner’s words.')],
      ['Out of scope', pilot.outOfScope?.trim() ? pilot.outOfScope : missing('say what it must not be used for.')],
    ]),
    p('Who is affected by the AI, for better or worse. Each harm is a reason for a control, a metric or a kill criterion.'),
    table([col('Stakeholder group', 3.4), col('Benefit', 5), col('Harm', 5)], pilot.stakeholders.map((s) => [
      cell({ text: s.group, bold: true }),
      cell(s.benefit?.trim() ? s.benefit : '—'),
      s.harm?.trim() ? cell(s.harm) : cell(toned('Not assessed yet', 'red', false)),
    ]), 'No stakeholder group has been named yet: list who is affected, with what they gain and what they risk.'),
  ];
}
