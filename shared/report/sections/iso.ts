/** The ISO/IEC 42001 Annex A control objectives the workbook addresses (references/iso42001.ts). */
import type { ReportContext } from '../context';
import type { Block, Tone } from '../types';
import { cell, col, filled, h1, p, small, table } from '../blocks';
import { isoObjectives, type Coverage } from '../references/iso42001';

const COVERAGE: Readonly<Record<Coverage, { text: string; tone: Tone }>> = {
  addressed: { text: 'Addressed', tone: 'green' },
  partly: { text: 'Partly', tone: 'amber' },
  'not-addressed': { text: 'Not addressed', tone: 'red' },
};

export function isoSection(ctx: ReportContext): Block[] {
  return [
    h1('ISO/IEC 42001 Annex A'),
    p('Which control objectives of the AI management system standard the workbook’s controls and fields address, and what is missing for the others. Objectives are named by their titles.'),
    table([col('Objective', 4), col('What in the workbook addresses it', 7.4), col('Status', 2), col('Missing', 4)], isoObjectives(ctx).map((o) => [
      cell({ text: `${o.clause} ${o.title}`, bold: true }),
      cell(o.evidence),
      filled(COVERAGE[o.coverage].tone, COVERAGE[o.coverage].text),
      cell(o.missing.length ? o.missing.join('; ') : '—'),
    ])),
    small('A row is addressed when the workbook holds everything listed for it; a management system needs more than a workbook (documented policies, internal audit, management review), which this table does not judge.'),
  ];
}
