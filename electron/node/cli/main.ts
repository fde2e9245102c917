/**
 * The `sprintbook` command line: plain Node, no Electron, so it runs in CI and in scripts.
 * `main` takes its arguments and output functions as parameters and returns the exit code,
 * which keeps every command testable in memory.
 */
import { pathToFileURL } from 'node:url';
import { deriveCommand } from './derive';
import { EXIT, UsageError, type CliIo } from './io';
import { mergeCommand } from './merge';
import { migrateCommand } from './migrate';
import { portfolioCommand } from './portfolio';
import { readinessCommand } from './readiness';
import { validateCommand } from './validate';
import { verifyCommand } from './verify';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  derive: deriveCommand,
  readiness: readinessCommand,
  migrate: migrateCommand,
  // Loaded on demand: docx and jspdf cost a quarter of a second to load, which every other
  // command (git's merge driver runs once per file) would pay for nothing.
  export: async (argv, io) => (await import('./export')).exportCommand(argv, io),
  verify: verifyCommand,
  merge: mergeCommand,
  portfolio: (argv, io) => portfolioCommand(argv, io),
};

export const USAGE = `Usage: sprintbook <command> FILE [options]

Commands:
  validate FILE                    Does the workbook open? A summary, then one problem per line.
                                   Exit 0 when it opens, 1 when it is refused, 2 on a usage error.
  derive FILE [--today DATE]       Suggested tiers, scorecard, schedule, readiness and problems as JSON.
  readiness FILE [--json]          The verdict, then the four readiness questions.
                                   Exit 0 ready, 3 not ready, 4 stop (a kill criterion is triggered), 1 refused.
  migrate FILE [--out FILE]        Rewrite the workbook in the current schema version, canonically.
                                   In place by default, keeping FILE.bak.
  export FILE [--doc D] [--format F] [--out DIR] [--page a4|letter] [--today DATE]
                                   Write the documents as <title>-<doc>.<ext> and print their paths.
                                   D: governance, scorecard, roadmap, report or all (default all);
                                   F: docx, pdf or all (default all); DIR defaults to the current folder;
                                   the page size defaults to the workbook's locale (Letter for the US).
  verify DOCUMENT WORKBOOK         Was the PDF or DOCX exported from this workbook? Compares the
                                   fingerprint in the document's properties with the workbook's.
                                   Exit 0 yes, 1 no (both fingerprints are printed), 2 unreadable.
  merge BASE OURS THEIRS [--out FILE]
                                   Three-way merge by record; as a git merge driver: merge %O %A %B.
                                   Writes OURS (or FILE) canonically. Exit 0 merged, 5 conflicts
                                   (each printed with base, ours and theirs; nothing written),
                                   1 an input refused. An empty BASE means no common version.
  portfolio DIR [--json] [--today DATE]
                                   One row per workbook under DIR: title, organization, verdict,
                                   blockers per question, triggered kill criteria, next gate, last
                                   change; refused files with their reason. Exit 0, 2 unreadable DIR.
  help                             This text.`;

const HELP = new Set(['--help', '-h']);

/** The lines of USAGE that describe `name`, as its own usage. */
export function commandUsage(name: string): string {
  const lines = USAGE.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  ${name} `) || l === `  ${name}`);
  if (start < 0) return USAGE;
  let end = start + 1;
  // A command's description continues on lines indented past the command column.
  while (end < lines.length && /^ {5,}\S/.test(lines[end]!)) end++;
  // The synopsis, and the description where it starts on the same line.
  const [synopsis, ...first] = lines[start]!.trim().split(/\s{2,}/);
  return [`Usage: sprintbook ${synopsis!}`, ...[...first, ...lines.slice(start + 1, end)].map((l) => `  ${l.trim()}`)].join('\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || HELP.has(name)) {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`sprintbook: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  // `sprintbook export --help` asks how to use export; after `--` it would be a file's name.
  const ended = rest.indexOf('--');
  if ((ended < 0 ? rest : rest.slice(0, ended)).some((a) => HELP.has(a))) {
    io.out(commandUsage(name));
    return EXIT.ok;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`sprintbook ${name}: ${e.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    // A bug, not bad input: say so in one line rather than a stack trace.
    io.err(`sprintbook ${name}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 70;
  }
}

/** Writes through process streams; process.exitCode lets pending output drain before exit. */
export async function runFromProcess(argv: readonly string[]): Promise<void> {
  // `sprintbook readiness FILE | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  process.exitCode = await main(argv, {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runFromProcess(process.argv.slice(2));
}
