/**
 * A tiny benchmark harness: runs a task after a warm-up, reports the median, the 95th
 * percentile and the process's peak resident memory. Figures are printed, never asserted:
 * speed targets belong here, not in timed unit tests.
 */
import { performance } from 'node:perf_hooks';
import { resourceUsage } from 'node:process';

export interface BenchResult {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly aimMs?: number;
  readonly note?: string;
}

export async function bench(name: string, task: () => unknown, options: { runs?: number; warmup?: number; aimMs?: number; note?: string } = {}): Promise<BenchResult> {
  const runs = options.runs ?? 25;
  for (let i = 0; i < (options.warmup ?? 5); i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await task();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    name, runs,
    medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95),
    ...(options.aimMs !== undefined ? { aimMs: options.aimMs } : {}),
    ...(options.note !== undefined ? { note: options.note } : {}),
  };
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Peak resident set size of this process so far, in MiB. */
export function peakMemoryMiB(): number {
  return resourceUsage().maxRSS / 1024;
}

export function printResults(title: string, results: readonly BenchResult[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const aim = r.aimMs === undefined ? '' : `  aim < ${r.aimMs} ms: ${r.medianMs < r.aimMs ? 'met' : 'MISSED'}`;
    console.log(`  ${r.name.padEnd(width)}  median ${r.medianMs.toFixed(1).padStart(7)} ms  p95 ${r.p95Ms.toFixed(1).padStart(7)} ms  (${r.runs} runs)${aim}${r.note ? `  ${r.note}` : ''}`);
  }
  console.log(`  peak memory (RSS) so far: ${peakMemoryMiB().toFixed(0)} MiB`);
}
