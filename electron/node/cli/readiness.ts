/**
 * `sprintbook readiness FILE [--json]`: the four questions answered for a person, or the
 * readiness JSON. Exit 0 when ready to scale, 3 when not, 1 when the file is refused.
 */
import { QUESTIONS } from '../../../shared/model';
import { assessReadiness, questionSummary } from '../../../shared/logic';
import { QUESTION_TEXT } from '../../../shared/logic/questions';
import { parseArgs } from './args';
import { EXIT, type CliIo } from './io';
import { openForCommand } from './open';
import { count } from './validate';

export async function readinessCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { positional: { min: 1, max: 1, names: 'FILE' }, switches: ['json'] });
  const opened = await openForCommand(args.positional[0]!, io);
  if (!opened.ok) return opened.exit;
  const readiness = assessReadiness(opened.workbook, opened.problems);
  if (args.flags.has('json')) {
    io.out(JSON.stringify(readiness, null, 2));
    return readiness.ready ? EXIT.ok : EXIT.notReady;
  }
  const summary = questionSummary(readiness);
  const blockers = readiness.gaps.filter((g) => g.severity === 'blocker').length;
  const warnings = readiness.gaps.length - blockers;
  io.out(`"${opened.workbook.title}"`);
  io.out(readiness.ready
    ? `Ready to scale${warnings ? ` (${count(warnings, 'warning')})` : ''}.`
    : `Not ready to scale: ${count(blockers, 'blocker')}, ${count(warnings, 'warning')}. If you can't name them, you're not ready to scale.`);
  QUESTIONS.forEach((q, i) => {
    const text = QUESTION_TEXT[q];
    const s = summary[q];
    const verdict = s.blockers === 0 ? 'answered' : `${count(s.blockers, 'blocker')}`;
    io.out('');
    io.out(`${i + 1}. ${text.title}: ${verdict}${s.warnings ? `, ${count(s.warnings, 'warning')}` : ''}`);
    io.out(`   ${text.question}`);
    for (const g of readiness.gaps.filter((x) => x.question === q)) {
      io.out(`   ${g.severity === 'blocker' ? '✗' : '!'} ${g.message}  (${g.path})`);
    }
  });
  return readiness.ready ? EXIT.ok : EXIT.notReady;
}
