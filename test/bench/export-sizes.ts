/**
 * Workbook sizes of the export bench, counting a document's pages and timing one call. A
 * workbook of N nodes has every other part in the proportions of the 1,000-node benchmark
 * workbook (BENCH_SIZE), so 10,000 nodes means 3,000 decisions, 1,000 metrics and 1,000
 * roadmap items too.
 */
import { performance } from 'node:perf_hooks';
import { BENCH_SIZE, type Size } from '../fixtures/generate';

export function exportSize(nodes: number): Size {
  const k = nodes / BENCH_SIZE.nodes;
  const scaled = (n: number): number => Math.max(1, Math.round(n * k));
  return {
    nodes, edges: scaled(BENCH_SIZE.edges), lanes: BENCH_SIZE.lanes, decisions: scaled(BENCH_SIZE.decisions),
    metrics: scaled(BENCH_SIZE.metrics), observations: BENCH_SIZE.observations, roadmap: scaled(BENCH_SIZE.roadmap),
    people: scaled(BENCH_SIZE.people),
  };
}

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
export function pageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export interface Timing {
  /** Wall-clock milliseconds. */
  readonly ms: number;
  /** CPU milliseconds of this process (user and system) over the same span. */
  readonly cpuMs: number;
}

/**
 * Times one call by the wall clock and by this process's CPU time. The bench machine is shared:
 * when other work holds its cores, the wall clock counts the waiting and the CPU time does not.
 * Export is single-threaded (fflate, resvg and harfbuzz run on this thread), so on an idle
 * machine the two agree.
 */
export async function timed<T>(task: () => T | Promise<T>): Promise<{ value: T } & Timing> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await task();
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(c);
  return { value, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const medianTiming = (ts: readonly Timing[]): Timing => ({ ms: median(ts.map((t) => t.ms)), cpuMs: median(ts.map((t) => t.cpuMs)) });

/** Median wall-clock and CPU time of `runs` calls after `warmup` untimed ones. */
export async function medianOf(task: () => unknown, runs = 3, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task();
  const ts: Timing[] = [];
  for (let i = 0; i < runs; i++) ts.push(await timed(task));
  return medianTiming(ts);
}

/** Two tasks timed in pairs, and the median of each pair's ratio. */
export interface Paired {
  readonly a: Timing;
  readonly b: Timing;
  /** The median over the pairs of a's wall time over b's in the same pair. */
  readonly ratio: number;
}

/**
 * `a` and `b` timed alternately, `runs` times each (who goes first alternates too), with their
 * medians and the median of their ratio pair by pair. This machine's speed drifts by a third
 * over seconds; timed in two blocks, a slow spell in one block moved a ratio by a whole unit,
 * where each pair shares the spell it falls in.
 */
export async function pairedMedians(a: () => unknown, b: () => unknown, runs: number): Promise<Paired> {
  const as: Timing[] = [], bs: Timing[] = [], ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    let ta: Timing, tb: Timing;
    if (i % 2 === 0) { ta = await timed(a); tb = await timed(b); } else { tb = await timed(b); ta = await timed(a); }
    as.push(ta);
    bs.push(tb);
    ratios.push(ta.ms / tb.ms);
  }
  return { a: medianTiming(as), b: medianTiming(bs), ratio: median(ratios) };
}
