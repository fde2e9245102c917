/** `sprintbook validate FILE`: does the file open, and with which problems. */
import type { Workbook } from '../../../shared/model';
import { parseCommandLine } from './args';
import { EXIT, type CliIo } from './io';
import { describeProblem, openForCommand } from './open';

export async function validateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const path = parseCommandLine(argv, {}, { min: 1, max: 1, names: 'FILE' }).positionals[0]!;
  const opened = await openForCommand(path, io);
  if (!opened.ok) return opened.exit;
  const { workbook, problems } = opened;
  const migrated = opened.migratedFrom !== undefined ? ` (schema version ${opened.migratedFrom}, migrated in memory)` : '';
  io.out(`${path}: opens${migrated}. "${workbook.title}": ${summarize(workbook)}; ${count(problems.length, 'problem')}.`);
  for (const p of problems) io.out(describeProblem(p));
  return EXIT.ok;
}

export function summarize(w: Workbook): string {
  return [
    count(w.people.length, 'person', 'people'), count(w.workflow.nodes.length, 'node'),
    count(w.workflow.edges.length, 'connector'), count(w.decisions.length, 'decision'),
    count(w.metrics.length, 'metric'), count(w.roadmap.length, 'roadmap item'),
  ].join(', ');
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
