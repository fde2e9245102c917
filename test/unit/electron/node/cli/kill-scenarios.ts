/**
 * Kill trials of `sprintbook migrate` and `sprintbook export`: each trial lays down the files as
 * they were before, runs the bundled CLI, SIGKILLs it at a random moment, and checks what a user
 * would find: every target the complete old or the complete new version (a migrated workbook
 * still loads), the `.bak` a complete version, and, when the kill left temporaries, that the
 * next complete run removes them. Used by kill.test.ts (few trials) and the `kill` bench (many).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadWorkbook } from '../../../../../shared/format';
import { INVOICE_EXAMPLE } from '../../../../fixtures/examples';
import {
  count, randomKill, runCli, RunTimes, seededRandom, type BundledCli, type CliRun, type TrialReport,
} from './kill-harness';

const WORKBOOK = 'w.sprintbook';
const BACKUP = `${WORKBOOK}.bak`;

export async function migrateTrials(cli: BundledCli, trials: number, seed: number): Promise<TrialReport> {
  const parsed: unknown = JSON.parse(await readFile(INVOICE_EXAMPLE, 'utf8'));
  const previousBackup = `${JSON.stringify(parsed, null, 1)}\n`; // an older good version
  const before = JSON.stringify(parsed); // valid, but not in the canonical layout: migrate rewrites it
  const layDown = async (dir: string) => {
    await mkdir(dir);
    await writeFile(join(dir, WORKBOOK), before);
    await writeFile(join(dir, BACKUP), previousBackup);
  };
  const run = (dir: string, plan?: Parameters<typeof runCli>[4]) => runCli(cli, ['migrate', WORKBOOK], dir, dir, plan);

  return withWorkFolder('migrate', async (work) => {
    const calibration = await calibrate(async (i) => {
      const dir = join(work, `calibrate-${i}`);
      await layDown(dir);
      return { run: await run(dir), result: await readFile(join(dir, WORKBOOK), 'utf8') };
    });
    const after = calibration.result;
    if (after === before || !loadWorkbook(after).ok) throw new Error('migrate did not rewrite the workbook into one that loads');

    return trialLoop('migrate', trials, seed, calibration.run, async (i, plan, report) => {
      const dir = join(work, `trial-${i}`);
      await layDown(dir);
      const r = report.observe(await run(dir, plan));
      const target = await readFile(join(dir, WORKBOOK), 'utf8');
      const backup = await readOptional(join(dir, BACKUP));
      const stray = (await readdir(dir)).filter((n) => n !== WORKBOOK && n !== BACKUP);
      const fault = (what: string) => report.violations.push(`migrate trial ${i} (seed ${seed}, kill ${describePlan(plan)}): ${what}`);
      if (!r.killed && r.code !== 0) fault(`exited ${r.code}: ${r.stderr.trim()}`);
      if (target !== before && target !== after) fault(`the workbook is neither the old nor the new version (${target.length} bytes)`);
      else if (!loadWorkbook(target).ok) fault('the workbook no longer loads');
      if (backup !== previousBackup && backup !== before) fault(`the .bak is ${backup === undefined ? 'gone' : `not a complete version (${backup.length} bytes)`}`);
      count(report.outcomes, !r.killed ? 'finished before the kill'
        : target === after ? 'killed after the rename'
          : backup === before ? 'killed after the new .bak, before the rename'
            : stray.length > 0 ? 'killed while writing temporaries' : 'killed before writing');
      if (stray.length === 0) return;

      report.sweeps++;
      const next = report.observe(await run(dir));
      const names = (await readdir(dir)).sort();
      if (next.code !== 0) fault(`the next run exited ${next.code}: ${next.stderr.trim()}`);
      if (await readFile(join(dir, WORKBOOK), 'utf8') !== after) fault('the next run did not write the new version');
      if (await readOptional(join(dir, BACKUP)) !== target) fault('the next run did not back up the version it replaced');
      if (names.join() !== [WORKBOOK, BACKUP].join()) fault(`the next run left ${names.join(', ')}`);
    });
  });
}

const OLD_DAY = '2024-01-15';
const NEW_DAY = '2024-06-17';

export async function exportTrials(cli: BundledCli, trials: number, seed: number): Promise<TrialReport> {
  // One document in both formats: two files written one after the other, each atomically.
  const run = (dir: string, day: string, plan?: Parameters<typeof runCli>[4]) =>
    runCli(cli, ['export', INVOICE_EXAMPLE, '--doc', 'roadmap', '--format', 'all', '--today', day, '--out', dir], dir, dir, plan);

  return withWorkFolder('export', async (work) => {
    await mkdir(join(work, 'old'));
    const oldRun = await run(join(work, 'old'), OLD_DAY);
    if (oldRun.code !== 0) throw new Error(`export failed: ${oldRun.stderr}`);
    const old = await readAll(join(work, 'old'));
    const calibration = await calibrate(async (i) => {
      const dir = join(work, `calibrate-${i}`);
      await mkdir(dir);
      return { run: await run(dir, NEW_DAY), result: await readAll(dir) };
    });
    const fresh = calibration.result;
    const names = [...old.keys()].sort();
    if (names.length < 2 || names.join() !== [...fresh.keys()].sort().join() || names.some((n) => old.get(n)!.equals(fresh.get(n)!))) {
      throw new Error(`the old and new exports should be the same files with different bytes: ${names.join(', ')}`);
    }

    return trialLoop('export', trials, seed, calibration.run, async (i, plan, report) => {
      const dir = join(work, `trial-${i}`);
      await mkdir(dir);
      for (const [name, bytes] of old) await writeFile(join(dir, name), bytes);
      const r = report.observe(await run(dir, NEW_DAY, plan));
      const found = await readAll(dir);
      const fault = (what: string) => report.violations.push(`export trial ${i} (seed ${seed}, kill ${describePlan(plan)}): ${what}`);
      if (!r.killed && r.code !== 0) fault(`exited ${r.code}: ${r.stderr.trim()}`);
      let replaced = 0;
      for (const name of names) {
        const bytes = found.get(name);
        if (bytes?.equals(fresh.get(name)!)) replaced++;
        else if (!bytes?.equals(old.get(name)!)) fault(`${name} is neither the old nor the new version (${bytes?.length ?? 'no'} bytes)`);
      }
      const stray = [...found.keys()].filter((n) => !names.includes(n));
      if (stray.some((n) => n.endsWith('.bak'))) fault('export made a .bak, which it never should');
      count(report.outcomes, !r.killed ? 'finished before the kill' : `killed with ${replaced} of ${names.length} files replaced`);
      if (stray.length === 0) return;

      report.sweeps++;
      const next = report.observe(await run(dir, NEW_DAY));
      const after = await readAll(dir);
      if (next.code !== 0) fault(`the next run exited ${next.code}: ${next.stderr.trim()}`);
      if ([...after.keys()].sort().join() !== names.join()) fault(`the next run left ${[...after.keys()].join(', ')}`);
      else if (names.some((n) => !after.get(n)!.equals(fresh.get(n)!))) fault('the next run did not write the new versions');
    });
  });
}

interface TrialState {
  readonly outcomes: Record<string, number>;
  sweeps: number;
  readonly violations: string[];
  /** Learns the command's timing from a run, and hands the run back. */
  readonly observe: (run: CliRun) => CliRun;
}

type Trial = (i: number, plan: ReturnType<typeof randomKill>, state: TrialState) => Promise<void>;

async function trialLoop(command: string, trials: number, seed: number, calibration: CliRun, trial: Trial): Promise<TrialReport> {
  const random = seededRandom(seed);
  const times = new RunTimes();
  times.observe(calibration);
  const state: TrialState = {
    outcomes: {}, sweeps: 0, violations: [],
    observe: (run) => {
      times.observe(run);
      return run;
    },
  };
  const started = performance.now();
  for (let i = 0; i < trials; i++) await trial(i, randomKill(random, times.timing), state);
  const { outcomes, sweeps, violations } = state;
  return { command, trials, seed, ms: performance.now() - started, timing: times.timing, outcomes, sweeps, violations };
}

/** One complete run that times the command before its trials, and gives what it writes. */
async function calibrate<T>(once: (i: number) => Promise<{ run: CliRun; result: T }>): Promise<{ run: CliRun; result: T }> {
  const r = await once(0);
  if (r.run.code !== 0 || r.run.firstTemporaryMs === undefined) throw new Error(`a complete run failed or wrote nothing: ${r.run.stderr}`);
  return r;
}

async function withWorkFolder<T>(command: string, task: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), `sprintbook-kill-${command}-`));
  try {
    return await task(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readAll(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of await readdir(dir)) files.set(name, await readFile(join(dir, name)));
  return files;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function describePlan(plan: ReturnType<typeof randomKill>): string {
  return `${plan.afterMs.toFixed(1)} ms after the ${plan.from === 'start' ? 'start' : 'first temporary'}`;
}
