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

/** Median wall-clock and CPU time of `runs` calls after `warmup` untimed ones. */
export async function medianOf(task: () => unknown, runs = 3, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task();
  const ts: Timing[] = [];
  for (let i = 0; i < runs; i++) ts.push(await timed(task));
  const mid = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
  return { ms: mid(ts.map((t) => t.ms)), cpuMs: mid(ts.map((t) => t.cpuMs)) };
}
