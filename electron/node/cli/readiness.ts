/**
 * `sprintbook readiness FILE [--json]`: the verdict first, then the four questions answered for
 * a person, or the readiness JSON. Exit 0 ready, 3 not ready, 4 stop (a kill criterion is
 * triggered), 1 when the file is refused, 2 on a usage error.
 */
import type { Workbook } from '../../../shared/model';
import { QUESTIONS } from '../../../shared/model';
import {
  assessReadiness, questionSummary, scorecard, triggeredKills, type Readiness, type Verdict,
} from '../../../shared/logic';
import { QUESTION_TEXT } from '../../../shared/logic/questions';
import { parseCommandLine } from './args';
import { EXIT, type CliIo } from './io';
import { openForCommand } from './open';
import { count } from './validate';

const EXIT_OF: Readonly<Record<Verdict, number>> = { ready: EXIT.ok, 'not-ready': EXIT.notReady, stop: EXIT.stop };

export async function readinessCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean' } }, { min: 1, max: 1, names: 'FILE' });
  const opened = await openForCommand(positionals[0]!, io);
  if (!opened.ok) return opened.exit;
  const w = opened.workbook;
  const scores = scorecard(w);
  const readiness = assessReadiness(w, opened.problems, scores);
  if (values.json) {
    io.out(JSON.stringify({ ready: readiness.ready, verdict: readiness.verdict, gaps: readiness.gaps }, null, 2));
    return EXIT_OF[readiness.verdict];
  }
  io.out(verdictLine(w, readiness));
  if (readiness.verdict === 'stop') printKills(w, io, scores);
  const summary = questionSummary(readiness);
  QUESTIONS.forEach((q, i) => {
    const text = QUESTION_TEXT[q];
    const s = summary[q];
    const answer = s.blockers === 0 ? 'answered' : `${count(s.blockers, 'blocker')}`;
    io.out('');
    io.out(`${i + 1}. ${text.title}: ${answer}${s.warnings ? `, ${count(s.warnings, 'warning')}` : ''}`);
    io.out(`   ${text.question}`);
    for (const g of readiness.gaps.filter((x) => x.question === q)) {
      io.out(`   ${g.severity === 'blocker' ? '✗' : '!'} ${g.message}  (${g.path})`);
    }
  });
  return EXIT_OF[readiness.verdict];
}

/** The first line: the verdict, the workbook, and the counts behind the verdict. */
function verdictLine(w: Workbook, r: Readiness): string {
  const blockers = r.gaps.filter((g) => g.severity === 'blocker').length;
  const warnings = r.gaps.length - blockers;
  const counts = `${count(blockers, 'blocker')}, ${count(warnings, 'warning')}`;
  if (r.verdict === 'ready') return `Ready to scale: "${w.title}"${warnings ? ` (${count(warnings, 'warning')})` : ''}.`;
  if (r.verdict === 'stop') return `Stop and redesign: "${w.title}" has a triggered kill criterion (${counts}).`;
  return `Not ready to scale: "${w.title}" (${counts}). If you can't name them, you're not ready to scale.`;
}

/** Each triggered kill criterion: the measurement, the threshold, its action and the items it stops. */
function printKills(w: Workbook, io: CliIo, scores: ReturnType<typeof scorecard>): void {
  const title = (id: string) => `"${w.roadmap.find((r) => r.id === id)?.title ?? id}"`;
  io.out('');
  io.out('Triggered kill criteria:');
  for (const k of triggeredKills(w, scores)) {
    const unit = k.unit.trim() ? ` ${k.unit.trim()}` : '';
    io.out(`  ✗ "${k.metricName}": ${String(k.latest)}${unit} on ${k.latestDate} breaches the threshold ${String(k.threshold)}${unit}` +
      `${k.evaluateOn ? ` (evaluated from ${k.evaluateOn})` : ''}.`);
    if (k.action) io.out(`    Action: ${k.action}`);
    io.out(k.blockedItemIds.length > 0
      ? `    Blocks: ${k.blockedItemIds.map(title).join(', ')}${k.waitingItemIds.length ? `; waiting on them: ${k.waitingItemIds.map(title).join(', ')}` : ''}.`
      : '    No roadmap item is gated on it.');
  }
}
