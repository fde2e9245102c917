/**
 * `sprintbook portfolio DIR [--json] [--today YYYY-MM-DD]`: one row per workbook found under DIR
 * (portfolio-files.ts says which), sorted by path: title, organization, verdict, blockers per
 * question, triggered kill criteria, the next gate and its date, the last change. A file that
 * is refused or cannot be read is a row with its reason. `--today` (default: today's local
 * date) decides which gates have passed; nothing else depends on it.
 *
 * Exit 0 when it listed (refused files included), 2 on a usage error or a DIR it cannot read.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { QUESTIONS } from '../../../shared/model';
import { loadWorkbookBytes } from '../../../shared/format';
import { describeIoError } from '../workbook-file';
import { calendarDate, parseCommandLine } from './args';
import { EXIT, type CliIo } from './io';
import { findWorkbookFiles, type FoundWorkbooks } from './portfolio-files';
import { openedRow, refusedRow, type NextGate, type PortfolioRow } from './portfolio-row';
import { alignColumns, truncate } from './table';
import { count } from './validate';

const WIDTH = { title: 40, organization: 24, kills: 32, gate: 32 } as const;
const VERDICT_WORDS = { ready: 'ready', 'not-ready': 'not ready', stop: 'stop', refused: 'refused' } as const;

export async function portfolioCommand(argv: readonly string[], io: CliIo, clock: () => Date = () => new Date()): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean' }, today: { type: 'string' } }, { min: 1, max: 1, names: 'DIR' });
  const dir = positionals[0]!;
  const today = calendarDate('today', values.today) ?? localDay(clock());
  let found: FoundWorkbooks;
  try {
    found = await findWorkbookFiles(dir);
  } catch (e) {
    const notFolder = (e as NodeJS.ErrnoException).code === 'ENOTDIR';
    io.err(`sprintbook portfolio: cannot read ${notFolder ? `${dir}: is a file, not a folder` : describeIoError(dir, e)}`);
    return EXIT.usage;
  }
  for (const folder of found.unreadableFolders) io.err(`sprintbook portfolio: skipped a folder it cannot read: ${folder}`);

  const rows: PortfolioRow[] = [];
  for (const file of found.files) rows.push(await rowOf(file, relative(dir, file).split(sep).join('/'), today));
  rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  if (values.json) io.out(JSON.stringify(rows, null, 2));
  else for (const line of tableLines(dir, rows, today)) io.out(line);
  return EXIT.ok;
}

async function rowOf(file: string, path: string, today: string): Promise<PortfolioRow> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    // describeIoError starts with the path it is given; the row already names the file.
    return refusedRow(path, `cannot be read: ${describeIoError(file, e).slice(file.length + 2)}`);
  }
  const loaded = loadWorkbookBytes(bytes);
  if (!loaded.ok) return refusedRow(path, loaded.refusal.reason, loaded.refusal.faults);
  return openedRow(path, loaded.workbook, loaded.problems, today);
}

function tableLines(dir: string, rows: readonly PortfolioRow[], today: string): string[] {
  if (rows.length === 0) return [`No workbook (*.sprintbook) in ${dir}.`];
  const header = ['FILE', 'TITLE', 'ORGANIZATION', 'VERDICT', 'BLOCKERS', 'KILL CRITERIA', 'NEXT GATE', 'LAST CHANGE'];
  const cells = rows.map((r) => (r.verdict === 'refused'
    ? [r.path, '—', '—', VERDICT_WORDS.refused, refusalWords(r.refusal!)]
    : [
        r.path, truncate(r.title ?? '', WIDTH.title), truncate(r.organization ?? '—', WIDTH.organization), VERDICT_WORDS[r.verdict],
        QUESTIONS.map((q) => String(r.blockers![q])).join('/'),
        r.killsTriggered.length ? truncate(r.killsTriggered.join(', '), WIDTH.kills) : '—',
        r.nextGate ? gateWords(r.nextGate) : '—',
        r.updatedAt?.slice(0, 10) ?? '—',
      ]));
  const verdicts = (['ready', 'not-ready', 'stop', 'refused'] as const)
    .map((v) => [v, rows.filter((r) => r.verdict === v).length] as const).filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${VERDICT_WORDS[v]}`);
  return [
    ...alignColumns([header, ...cells]),
    '',
    `${count(rows.length, 'workbook')}: ${verdicts.join(', ')}. Blockers per question: ${QUESTIONS.join('/')}.`,
    `Next gate: the first gated roadmap item not started by ${today} (by week when the sprint has no start date).`,
  ];
}

function gateWords(g: NextGate): string {
  const when = g.startDate ?? `week ${g.startWeek}`;
  return `${truncate(g.title, WIDTH.gate)} (${when}${g.blocked ? ', blocked' : ''})`;
}

function refusalWords(r: NonNullable<PortfolioRow['refusal']>): string {
  const first = r.faults[0];
  if (first === undefined) return r.reason;
  const more = r.faults.length > 1 ? ` (and ${count(r.faults.length - 1, 'more fault')})` : '';
  return `${r.reason} ${first.path || '/'}: ${first.message}${more}`;
}

function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
