/**
 * `sprintbook derive FILE [--today YYYY-MM-DD]`: every derived value as JSON, lists in the
 * file's order. Nothing derived depends on the clock (DOMAIN.md: verdicts are decided by the
 * data), so `--today` is checked but does not change the answer.
 */
import type { Problem, Workbook } from '../../../shared/model';
import { assessReadiness, assessTiers, scheduleRoadmap, scorecard } from '../../../shared/logic';
import { calendarDate, parseCommandLine } from './args';
import { EXIT, type CliIo } from './io';
import { openForCommand } from './open';

export async function deriveCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { today: { type: 'string' } }, { min: 1, max: 1, names: 'FILE' });
  calendarDate('today', values.today);
  const opened = await openForCommand(positionals[0]!, io);
  if (!opened.ok) return opened.exit;
  io.out(JSON.stringify(deriveJson(opened.workbook, opened.problems), null, 2));
  return EXIT.ok;
}

const problemJson = (p: Problem) => ({ message: p.message, path: p.path, ...(p.subjectId !== undefined ? { subjectId: p.subjectId } : {}) });

export function deriveJson(w: Workbook, problems: readonly Problem[]) {
  const scores = scorecard(w);
  const schedule = scheduleRoadmap(w, scores);
  const readiness = assessReadiness(w, problems, scores);
  return {
    tiers: assessTiers(w).map((t) => ({
      decisionId: t.decisionId, suggested: t.suggested, reasons: t.reasons, adopted: t.adopted,
      mode: t.mode, missingControls: t.missingControls,
    })),
    scorecard: scores.map((s) => ({
      metricId: s.metricId, latest: s.latest, changePct: s.changePct, status: s.status, killTriggered: s.killTriggered,
      limits: s.limits && { mean: s.limits.mean, lower: s.limits.lower, upper: s.limits.upper },
      signal: s.signal, baselineGrade: s.baselineGrade,
    })),
    schedule: {
      items: schedule.items.map((i) => ({
        itemId: i.itemId, startWeek: i.startWeek, endWeek: i.endWeek, critical: i.critical,
        slackWeeks: i.slackWeeks, blocked: i.blocked, startDate: i.startDate, endDate: i.endDate,
      })),
      totalWeeks: schedule.totalWeeks,
      problems: schedule.problems.map(problemJson),
    },
    readiness: {
      ready: readiness.ready,
      verdict: readiness.verdict,
      gaps: readiness.gaps.map((g) => ({
        question: g.question, severity: g.severity, message: g.message,
        ...(g.subjectId !== undefined ? { subjectId: g.subjectId } : {}), path: g.path,
      })),
    },
    problems: problems.map(problemJson),
  };
}
