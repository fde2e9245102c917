/**
 * What the kill trials of the command line need: the CLI bundled once with esbuild (starting tsx
 * for every trial would take most of the time), a run of it with plain `node` that is SIGKILLed
 * at a planned moment, and a seeded random source so a failing trial can be replayed.
 */
import { spawn } from 'node:child_process';
import { readdirSync, watch } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

export interface BundledCli {
  readonly script: string;
  readonly remove: () => Promise<void>;
}

/**
 * Bundles electron/node/cli/main.ts as `npm run build:cli` does, into a temporary folder. The
 * bundle finds the templates (fonts) and the packages it leaves external through links to the
 * repository's folders beside it.
 */
export async function bundleCli(): Promise<BundledCli> {
  const dir = await mkdtemp(join(tmpdir(), 'sprintbook-cli-'));
  const script = join(dir, 'sprintbook.mjs');
  await build({
    entryPoints: [join(ROOT, 'electron/node/cli/main.ts')], outfile: script,
    bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  await symlink(join(ROOT, 'templates'), join(dir, 'templates'), 'junction');
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'junction');
  return { script, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** When to kill: a fixed time after the start, or after the first temporary file appears. */
export type KillPlan =
  | { readonly from: 'start'; readonly afterMs: number }
  | { readonly from: 'first-temporary'; readonly afterMs: number };

export interface CliRun {
  readonly code: number | null;
  readonly killed: boolean;
  readonly ms: number;
  /** Milliseconds from the start to the first new file seen in the watched folder: a temporary. */
  readonly firstTemporaryMs: number | undefined;
  /** … and to the last change seen there (the last rename, for a run that completes). */
  readonly lastChangeMs: number | undefined;
  readonly stderr: string;
}

/** Runs the bundled CLI in `cwd`, watching `watchDir` for temporaries, and kills it as planned. */
export async function runCli(cli: BundledCli, args: readonly string[], cwd: string, watchDir: string, plan?: KillPlan): Promise<CliRun> {
  let firstTemporaryMs: number | undefined;
  let lastChangeMs: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => child.kill('SIGKILL');
  // Any name that was not there before is a temporary, whatever the writer calls it. Watch before
  // starting, so none can come and go unseen.
  const before = new Set(readdirSync(watchDir));
  const watcher = watch(watchDir, (_event, name) => {
    lastChangeMs = performance.now() - started;
    if (firstTemporaryMs !== undefined || !name || before.has(String(name))) return;
    firstTemporaryMs = lastChangeMs;
    if (plan?.from === 'first-temporary') timer = setTimeout(kill, plan.afterMs);
  });
  const started = performance.now();
  const child = spawn(process.execPath, [cli.script, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (plan?.from === 'start') timer = setTimeout(kill, plan.afterMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c, s) => resolve([c, s]));
  });
  clearTimeout(timer);
  watcher.close();
  return { code, killed: signal === 'SIGKILL', ms: performance.now() - started, firstTemporaryMs, lastChangeMs, stderr };
}

/** mulberry32: a tiny seeded generator of numbers in [0, 1), enough to replay a trial. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** How long a complete run takes, and how long its writes take (first temporary to last rename). */
export interface Timing {
  readonly runMs: number;
  readonly writeMs: number;
}

/**
 * The timing of the command: the medians over every complete run seen so far (the calibration,
 * the runs a kill came too late for, the runs after a kill), since a single run on a busy
 * machine can be far off.
 */
export class RunTimes {
  private readonly runs: number[] = [];
  private readonly writes: number[] = [];

  observe(run: CliRun): void {
    if (run.killed || run.code !== 0 || run.firstTemporaryMs === undefined) return;
    this.runs.push(run.ms);
    this.writes.push(Math.max(1, (run.lastChangeMs ?? run.ms) - run.firstTemporaryMs));
  }

  get timing(): Timing {
    return { runMs: median(this.runs), writeMs: median(this.writes) };
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A random moment: one trial in four anywhere in a run (startup and rendering included), the
 * others while the files are being written, where the atomicity is at stake.
 */
export function randomKill(random: () => number, timing: Timing): KillPlan {
  return random() < 0.25
    ? { from: 'start', afterMs: random() * timing.runMs * 1.1 }
    : { from: 'first-temporary', afterMs: random() * timing.writeMs * 1.5 };
}

/** What a series of trials saw: how many ended in each state, and every broken promise. */
export interface TrialReport {
  readonly command: string;
  readonly trials: number;
  readonly seed: number;
  readonly ms: number;
  readonly timing: Timing;
  readonly outcomes: Record<string, number>;
  /** Trials that left temporaries, each followed by a complete run that had to remove them. */
  readonly sweeps: number;
  readonly violations: string[];
}

export function count(outcomes: Record<string, number>, outcome: string): void {
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
}

export function describeReport(r: TrialReport): string {
  const outcomes = Object.entries(r.outcomes).map(([k, n]) => `${k}: ${n}`).join(', ');
  return `${r.command}: ${r.trials} trials in ${(r.ms / 1000).toFixed(1)} s (seed ${r.seed}; median complete run ${r.timing.runMs.toFixed(0)} ms, ` +
    `median writes ${r.timing.writeMs.toFixed(0)} ms) — ${outcomes}; ${r.sweeps} left temporaries, each followed by a complete run that must remove them; ` +
    `${r.violations.length} violations`;
}
