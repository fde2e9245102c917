/** Opens the FILE a command names, or says on stderr why it cannot and which exit code follows. */
import type { Problem, Workbook } from '../../../shared/model';
import { describeRefusal } from '../../../shared/format';
import { readWorkbookFile } from '../workbook-file';
import { EXIT, type CliIo } from './io';

export type Opened =
  | { readonly ok: true; readonly workbook: Workbook; readonly problems: readonly Problem[]; readonly migratedFrom?: number }
  | { readonly ok: false; readonly exit: number };

export async function openForCommand(path: string, io: CliIo): Promise<Opened> {
  const result = await readWorkbookFile(path);
  if (result.ok) return result;
  if ('ioError' in result) {
    io.err(`sprintbook: cannot read ${result.ioError}`);
    return { ok: false, exit: EXIT.usage };
  }
  io.err(`${path}: refused. ${describeRefusal(result.refusal).join('\n')}`);
  return { ok: false, exit: EXIT.refused };
}

export function describeProblem(p: { path: string; message: string }): string {
  return `  ${p.path}: ${p.message}`;
}
