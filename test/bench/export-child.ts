/**
 * One process of the export bench (export.bench.ts starts it with Node's default heap): exports
 * documents of a generated workbook of NODES nodes, the other parts in proportion, and prints
 * one JSON line per document (time, bytes, pages, memory after it) and a last line with the
 * process's peak resident memory and V8's heap limit. A fresh process per measurement is the
 * only way to see one document's peak memory, and the only honest test of "within the default
 * heap": an export that needs more dies here, not in the bench.
 *
 *   node --import tsx test/bench/export-child.ts NODES DOC:FORMAT [DOC:FORMAT …]
 */
import { resourceUsage } from 'node:process';
import { getHeapStatistics } from 'node:v8';
import { exportDocument, type ExportFormat } from '../../shared/export';
import { workerRasterizer } from '../../electron/node/rasterWorkers';
import { loadExportAssets } from '../../electron/node/templates';
import type { DocKind } from '../../shared/report';
import { generateWorkbook } from '../fixtures/generate';
import { exportSize, pageCount, timed } from './export-sizes';

export interface ChildExport {
  readonly doc: DocKind;
  readonly format: ExportFormat;
  readonly ms: number;
  readonly cpuMs: number;
  readonly bytes: number;
  readonly pages: number | null;
  /** V8's heap in use and committed right after the export, MiB. */
  readonly heapUsedMiB: number;
  readonly heapTotalMiB: number;
}

export interface ChildSummary {
  readonly peakRssMiB: number;
  readonly heapLimitMiB: number;
}

const MiB = 2 ** 20;

async function main(): Promise<void> {
  const [nodesArg, ...jobs] = process.argv.slice(2);
  const w = generateWorkbook(exportSize(Number(nodesArg)));
  const { fonts, controls } = await loadExportAssets();
  // As the command line exports: a DOCX's figure PNGs drawn by a pool of workers, one per core.
  const rasterizer = await workerRasterizer(fonts);
  const now = new Date('2026-11-24T09:00:00Z');
  // A small document first, so fonts, WebAssembly, the workers and the JIT are warm before anything is timed.
  await exportDocument(generateWorkbook(exportSize(20)), [], { doc: 'roadmap', format: 'docx', now, fonts, controls, rasterizer });
  for (const job of jobs) {
    const [doc, format] = job.split(':') as [DocKind, ExportFormat];
    const { value: { bytes }, ms, cpuMs } = await timed(() => exportDocument(w, [], { doc, format, now, fonts, controls, rasterizer }));
    const heap = getHeapStatistics();
    const line: ChildExport = {
      doc, format, ms, cpuMs, bytes: bytes.length, pages: format === 'pdf' ? pageCount(bytes) : null,
      heapUsedMiB: heap.used_heap_size / MiB, heapTotalMiB: heap.total_heap_size / MiB,
    };
    console.log(JSON.stringify(line));
  }
  rasterizer.close();
  const summary: ChildSummary = { peakRssMiB: resourceUsage().maxRSS / 1024, heapLimitMiB: getHeapStatistics().heap_size_limit / MiB };
  console.log(JSON.stringify(summary));
}

await main();
