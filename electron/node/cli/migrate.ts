/**
 * `sprintbook migrate FILE [--out FILE]`: rewrites a workbook in the current schema version,
 * canonically. In place by default, atomically and with a `.bak` of the original.
 */
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model';
import { serializeWorkbook } from '../../../shared/format';
import { writeFileAtomic } from '../atomic-write';
import { describeIoError } from '../workbook-file';
import { parseCommandLine } from './args';
import { EXIT, type CliIo } from './io';
import { openForCommand } from './open';

export async function migrateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { out: { type: 'string' } }, { min: 1, max: 1, names: 'FILE' });
  const path = positionals[0]!;
  const out = values.out ?? path;
  const opened = await openForCommand(path, io);
  if (!opened.ok) return opened.exit;
  try {
    await writeFileAtomic(out, serializeWorkbook(opened.workbook), { backup: out === path, verify: true });
  } catch (e) {
    io.err(`sprintbook: cannot write ${describeIoError(out, e)}`);
    return EXIT.refused;
  }
  const from = opened.migratedFrom;
  io.out(from === undefined
    ? `${out}: written in schema version ${CURRENT_SCHEMA_VERSION} (already current; rewritten canonically).`
    : `${out}: migrated from schema version ${from} to ${CURRENT_SCHEMA_VERSION}.`);
  return EXIT.ok;
}
