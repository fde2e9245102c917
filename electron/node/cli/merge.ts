/**
 * `sprintbook merge BASE OURS THEIRS [--out FILE]`: the three-way merge of shared/logic/merge on
 * three files, usable as a git merge driver (`sprintbook merge %O %A %B`: git passes the common
 * version, ours and theirs, expects the result in ours and reads the exit code).
 *
 * Exit 0: merged, written canonically and atomically to OURS (or FILE). Exit 5: conflicts, each
 * printed in words with base, ours and theirs, and nothing written, so OURS stays as it was and
 * git leaves it in the work tree. Exit 1: an input is refused, or the result cannot be written.
 * Exit 2: a usage error or an input that cannot be read.
 *
 * An empty BASE means there is no common version (git passes one when both branches added the
 * file): it is merged as a workbook with no records, so every record both sides have with
 * different content is a conflict, and two different workbooks conflict on their id. A BASE
 * that does not exist is a usage error rather than an empty base, so a mistyped path cannot
 * quietly undo the deletions of one side.
 */
import { readFile } from 'node:fs/promises';
import type { Workbook } from '../../../shared/model';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model';
import { describeRefusal, findLoadProblems, loadWorkbook, loadWorkbookBytes, serializeWorkbook } from '../../../shared/format';
import { compareWorkbooks, mergeWorkbooks } from '../../../shared/logic';
import { writeFileAtomic } from '../atomic-write';
import { describeIoError } from '../workbook-file';
import { parseCommandLine } from './args';
import { EXIT, type CliIo } from './io';
import { conflictLines } from './merge-words';
import { describeProblem } from './open';
import { count } from './validate';

type Role = 'base' | 'ours' | 'theirs';

type Input =
  | { readonly ok: true; readonly workbook: Workbook; readonly empty: boolean }
  | { readonly ok: false; readonly exit: number };

/**
 * The common version when there is none: no records and none of the workbook's own fields, so
 * whatever both sides have alike merges and whatever they have differently conflicts. It is
 * only compared against, never written, which is why it may lack the required fields.
 */
const NO_COMMON_VERSION = {
  format: 'sprintbook', schemaVersion: CURRENT_SCHEMA_VERSION,
  people: [], workflow: { lanes: [], nodes: [], edges: [] }, decisions: [], metrics: [], raci: [], roadmap: [],
  parkingLot: [], signoffs: [], audit: [],
} as unknown as Workbook;

export async function mergeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { out: { type: 'string' } }, { min: 3, max: 3, names: 'BASE, OURS and THEIRS' });
  const [basePath, oursPath, theirsPath] = positionals as [string, string, string];
  const out = values.out ?? oursPath;

  const base = await readInput('base', basePath, io);
  if (!base.ok) return base.exit;
  const oursInput = await readInput('ours', oursPath, io);
  if (!oursInput.ok) return oursInput.exit;
  const theirsInput = await readInput('theirs', theirsPath, io);
  if (!theirsInput.ok) return theirsInput.exit;
  const ours = oursInput.workbook;
  const theirs = theirsInput.workbook;
  if (base.empty) {
    io.out(`${basePath} is empty: there is no common version, so every record both sides have with different content is a conflict, and a record one side removed is kept.`);
  }

  const result = mergeWorkbooks(base.workbook, ours, theirs, { findProblems: findLoadProblems });
  if (result.conflicts.length > 0) {
    io.out(`Not merged: ${count(result.conflicts.length, 'conflict')} between ${oursPath} (ours) and ${theirsPath} (theirs); ${out} is left as it was. Each needs a person to decide:`);
    result.conflicts.forEach((c, i) => {
      io.out('');
      for (const line of conflictLines(c, i + 1)) io.out(line);
    });
    return EXIT.conflicts;
  }

  const text = serializeWorkbook(result.workbook);
  // The merge promises a workbook that loads; a file that would not open is never written.
  const check = loadWorkbook(text);
  if (!check.ok) throw new Error(`the merged workbook would not open (${check.refusal.reason}); nothing was written`);
  try {
    await writeFileAtomic(out, text, { verify: true });
  } catch (e) {
    io.err(`sprintbook merge: cannot write ${describeIoError(out, e)}`);
    return EXIT.refused;
  }
  const taken = compareWorkbooks(ours, result.workbook, findLoadProblems).counts;
  const parts = (['added', 'changed', 'removed'] as const).filter((k) => taken[k] > 0).map((k) => `${count(taken[k], 'record')} ${k}`);
  io.out(`Merged into ${out}: ${parts.length === 0 ? 'theirs had nothing ours lacks' : `from theirs, ${parts.join(', ')}`}.`);
  if (result.introducedProblems.length > 0) {
    io.out(`The merge made ${count(result.introducedProblems.length, 'problem')} neither side had (the workbook opens with them; readiness counts them as blockers):`);
    for (const p of result.introducedProblems) io.out(describeProblem(p));
  }
  return EXIT.ok;
}

/** One of the three files: its workbook, or the reason it cannot take part, said with its role. */
async function readInput(role: Role, path: string, io: CliIo): Promise<Input> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const hint = role === 'base' && (e as NodeJS.ErrnoException).code === 'ENOENT'
      ? ' (with no common version, give an empty file as BASE, such as /dev/null)' : '';
    io.err(`sprintbook merge: cannot read ${role}: ${describeIoError(path, e)}${hint}`);
    return { ok: false, exit: EXIT.usage };
  }
  if (role === 'base' && new TextDecoder().decode(bytes).trim() === '') return { ok: true, workbook: NO_COMMON_VERSION, empty: true };
  const loaded = loadWorkbookBytes(bytes);
  if (!loaded.ok) {
    io.err(`sprintbook merge: ${role} ${path}: refused. ${describeRefusal(loaded.refusal).join('\n')}`);
    return { ok: false, exit: EXIT.refused };
  }
  return { ok: true, workbook: loaded.workbook, empty: false };
}
