/** The open readiness gaps, and the appendix with the workbook's own audit trail. */
import { QUESTIONS } from '../../model';
import { QUESTION_TEXT, addDays } from '../../logic';
import type { ReportContext } from '../context';
import type { Block } from '../types';
import { cell, col, filled, h1, p, small, table } from '../blocks';

export function gapsSection(ctx: ReportContext): Block[] {
  const gaps = QUESTIONS.flatMap((q) => ctx.readiness.gaps.filter((g) => g.question === q));
  const blocks: Block[] = [h1('Open readiness gaps')];
  if (gaps.length === 0) {
    blocks.push(p('None: every question is answered and the workbook is ready to scale.'));
    return blocks;
  }
  blocks.push(p('Each gap below must be closed (blockers) or consciously accepted (warnings) before the pilot scales. The location points into the workbook.'));
  blocks.push(table(
    [col('Question', 2.4), col('Severity', 1.8), col('Gap', 7), col('Where', 3)],
    gaps.map((g) => [
      cell(QUESTION_TEXT[g.question].short),
      g.severity === 'blocker' ? filled('red', 'Blocker') : filled('amber', 'Warning'),
      cell(g.message),
      cell({ text: g.path, tone: 'muted' }),
    ]),
  ));
  return blocks;
}

export function auditAppendix(ctx: ReportContext): Block[] {
  const { audit } = ctx.w;
  const blocks: Block[] = [h1('Appendix: audit trail')];
  blocks.push(small('The record of governance decisions taken in the workbook, oldest first, as the workbook keeps them.'));
  blocks.push(table(
    [col('When', 3), col('Who', 3), col('Action', 2.6), col('Subject', 3), col('Detail', 6)],
    audit.map((a) => [
      cell(formatDateTime(ctx, a.at)),
      cell(a.actorId ? ctx.person(a.actorId) : '—'),
      cell(a.action),
      cell(a.subjectId ? subjectName(ctx, a.subjectId) : '—'),
      cell(a.detail ?? ''),
    ]),
    'No entries yet.',
  ));
  return blocks;
}

/** The ten days as the team recorded them, with their notes. */
export function sprintLog(ctx: ReportContext): Block[] {
  const days = [...ctx.w.sprint.days].sort((a, b) => a.day - b.day);
  if (days.length === 0) return [];
  const start = ctx.w.sprint.startDate;
  return [
    h1('Appendix: the sprint, day by day'),
    table([col('Day', 1.2, 'center'), col('Date', 2.6), col('Done', 1.4), col('Notes', 9)], days.map((d) => [
      cell(String(d.day)),
      cell(start ? ctx.fmt.shortDate(sprintDate(start, d.day)) : '—'),
      d.done ? filled('green', 'Done') : cell('Open'),
      cell(d.notes ?? ''),
    ])),
  ];
}

/** Day 1 is the start date; the sprint runs on working days, Monday to Friday. */
function sprintDate(start: string, day: number): string {
  let date = start;
  for (let n = 1; n < day;) {
    date = addDays(date, 1);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) n++;
  }
  return date;
}

function subjectName(ctx: ReportContext, id: string): string {
  return ctx.decision(id)?.title ?? ctx.metric(id)?.name ?? ctx.item(id)?.title ?? id;
}

/** The time as recorded, with its own offset: the reader sees what the facilitator's clock said. */
function formatDateTime(ctx: ReportContext, at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2})[^Zz+-]*([Zz]|[+-]\d{2}:\d{2})$/.exec(at);
  if (!m) return at;
  const zone = m[3]!.toUpperCase() === 'Z' ? 'UTC' : `UTC${m[3]}`;
  return `${ctx.fmt.shortDate(m[1]!)} ${m[2]} ${zone}`;
}
