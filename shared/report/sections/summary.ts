/** The pilot's summary and the readiness verdict with the four questions. */
import { QUESTIONS } from '../../model';
import { QUESTION_TEXT, questionSummary } from '../../logic';
import type { ReportContext } from '../context';
import type { Block } from '../types';
import { verdictOf } from '../verdict';
import { STAGE_LABEL } from '../labels';
import { cell, col, filled, h1, lead, p, table } from '../blocks';

/** `readiness`: end with the verdict and the four questions (readinessTable). */
export function pilotSummary(ctx: ReportContext, readiness = true): Block[] {
  const { pilot } = ctx.w;
  const blocks: Block[] = [h1('Summary')];
  blocks.push(lead(pilot.name ? `${pilot.name}.` : 'The pilot has not been named yet.', ...(pilot.summary ? [' ', pilot.summary] : [])));
  if (pilot.outcome) blocks.push(p({ text: 'What the pilot showed: ', bold: true }, pilot.outcome));
  if (pilot.stage) {
    blocks.push(p({ text: 'Where it stands: ', bold: true },
      `${STAGE_LABEL[pilot.stage]} on the arc from proof of concept through enthusiasm and friction to stall.`));
  }
  if (readiness) blocks.push(...readinessTable(ctx));
  return blocks;
}

/** The four questions with their verdicts: "If you can't name them, you're not ready to scale." */
export function readinessTable(ctx: ReportContext): Block[] {
  const summary = questionSummary(ctx.readiness);
  const v = verdictOf(ctx);
  return [
    p({ text: `${v.text}. `, bold: true, tone: v.tone },
      'Readiness is computed from the workbook: each of the four questions is answered when it has no blocker.'),
    table([col('Question', 5), col('Verdict', 2), col('Open gaps', 2)], QUESTIONS.map((q) => {
      const s = summary[q];
      const gaps = [s.blockers ? `${s.blockers} ${s.blockers === 1 ? 'blocker' : 'blockers'}` : '', s.warnings ? `${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}` : '']
        .filter(Boolean).join(', ') || 'none';
      return [
        cell({ text: QUESTION_TEXT[q].title, bold: true }, '. ', QUESTION_TEXT[q].question),
        s.blockers ? filled('red', 'Not answered') : filled('green', 'Answered'),
        cell(gaps),
      ];
    })),
  ];
}
