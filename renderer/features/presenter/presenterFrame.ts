/**
 * One picture of what the room should see, built in the facilitator's window and sent to the
 * presenter window: the stage read-only (presenterStage.ts), the verdict, today's day with its
 * blocks, and the readiness question the day works on with its live blocker count. Plain
 * data, so it crosses a BroadcastChannel as it is; it never carries a note, so a presenter
 * window cannot show one even by mistake.
 */
import { QUESTION_TEXT, type Verdict } from '../../../shared/logic';
import type { Question, Workbook } from '../../../shared/model';
import { AGENDA } from '../../state/agenda';
import { dayBlocks } from '../../state/commands';
import { deriveAgenda, deriveReadiness, deriveScorecard, deriveVerdict } from '../../state/selectors';
import { shortDayDate, sprintCalendar } from '../../state/sprintCalendar';
import { STAGE_NAMES, type StageId } from '../../state/stages';
import { presenterSections, type PresenterSection } from './presenterStage';

export interface PresenterBlock { readonly title: string; readonly minutes: number; readonly done: boolean }

export interface PresenterFrame {
  readonly workbookId: string;
  readonly title: string;
  readonly stage: { readonly id: StageId; readonly name: string; readonly sections: readonly PresenterSection[] };
  readonly verdict: { readonly verdict: Verdict; readonly label: string; readonly blockers: number; readonly stops: readonly string[] };
  readonly day: {
    readonly day: number;
    readonly title: string;
    readonly date: string | null;
    /** True when it is the calendar's today; otherwise it is the first day still open. */
    readonly isToday: boolean;
    readonly sentence: string;
    readonly blocks: readonly PresenterBlock[];
  };
  /** The readiness question of the day (days 2-8), with its blockers now; null on the other days. */
  readonly question: {
    readonly question: Question;
    readonly days: string;
    readonly title: string;
    readonly text: string;
    readonly blockers: number;
  } | null;
  /** What the day is done with, and what is still missing (every day). */
  readonly doneWhen: string;
  readonly missing: string | null;
}

const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  ready: 'Ready to scale',
  'not-ready': 'Not ready',
  stop: 'Stop and redesign',
};

/** "Days 4–5" for the days that share a question. */
function daysOf(question: Question): string {
  const days = AGENDA.filter((d) => d.question === question).map((d) => d.day);
  return days.length === 1 ? `Day ${days[0]}` : `Days ${days[0]}–${days[days.length - 1]}`;
}

export function presenterFrame(w: Workbook, stage: StageId, today: string): PresenterFrame {
  const readiness = deriveReadiness(w);
  const verdict = deriveVerdict(w);
  const progress = deriveAgenda(w);
  const calendar = sprintCalendar(w, today);
  const dayNumber = calendar.todayDay ?? progress.find((d) => d.status === 'open')?.day ?? progress[progress.length - 1]!.day;
  const day = progress.find((d) => d.day === dayNumber)!;
  const date = calendar.dates[dayNumber - 1];
  const q = day.question;
  return {
    workbookId: w.id,
    title: w.title,
    stage: { id: stage, name: STAGE_NAMES[stage], sections: presenterSections(stage, w, readiness, deriveScorecard(w)) },
    verdict: {
      verdict: verdict.verdict,
      label: VERDICT_LABEL[verdict.verdict],
      blockers: verdict.blockers,
      stops: verdict.stops.map((s) => s.metric.name),
    },
    day: {
      day: dayNumber,
      title: day.title,
      date: date ? shortDayDate(date, w.locale) : null,
      isToday: calendar.todayDay === dayNumber,
      sentence: calendar.today.kind === 'no-start' ? '' : calendar.sentence,
      blocks: dayBlocks(w, dayNumber).map((b) => ({ title: b.title, minutes: b.minutes, done: b.done ?? false })),
    },
    question: q
      ? {
          question: q,
          days: daysOf(q),
          title: QUESTION_TEXT[q].short,
          text: QUESTION_TEXT[q].question,
          blockers: readiness.gaps.filter((g) => g.question === q && g.severity === 'blocker').length,
        }
      : null,
    doneWhen: day.doneWhen,
    missing: day.status === 'done' ? null : day.missing,
  };
}
