/**
 * Issue 11: the four documents of a 1,000-node workbook (BENCH_SIZE) in both formats, each the
 * median of runs after a warm-up (five for a DOCX, timed in turns with its floor, whose ratio is
 * an aim and wobbles on a shared machine; three for a PDF), against floors that write the same tables and embed the
 * same number of figure images (the same PNG bytes) with `docx` alone and with `jspdf` alone
 * (export-floors.ts); page counts (the DOCX's as LibreOffice lays it out, when installed), each
 * document's peak memory in a process of its own, and whether the governance model stays a
 * document. Then every document of a 10,000-node workbook in one process with Node's default
 * heap, and how the DOCX grows from 1,000 to 10,000 nodes. Each aim is printed as met or missed.
 * EXPORT_BENCH=quick stops after the in-process table (no child processes, no 10,000 nodes);
 * EXPORT_BENCH_DOCS=governance,report measures only the documents named.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { nativeResvgAvailable, workerRasterizer } from '../../electron/node/rasterWorkers';
import { exportDocument, type ExportFormat } from '../../shared/export';
import { pageGeometry } from '../../shared/export/page';
import { loadExportAssets } from '../../electron/node/templates';
import { buildReport, DOC_KINDS, type DocKind, type FigureBlock } from '../../shared/report';
import { generateWorkbook } from '../fixtures/generate';
import type { ChildExport, ChildSummary } from './export-child';
import { floorDocx, floorPdf, gridsOf, imagesOf } from './export-floors';
import { libreOfficePages, printApp, printBig, printGovernance, printGrowth, printInProcess, type AppRow, type ChildRun, type Row } from './export-print';
import { exportSize, medianOf, pageCount, pairedMedians, timed } from './export-sizes';

const FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];
/** Workbook sizes the DOCX's growth is fitted over: the last is the 10,000-node child's. */
const GROWTH_SIZES = [1000, 2000, 4000, 10000] as const;
const NOW = new Date('2026-11-24T09:00:00Z');
/** Runs a DOCX and its floor are timed over, in turns: their ratio is an aim, and seven pairs steady it. */
const DOCX_RUNS = 7;
const TODAY = '2026-11-24';

export async function runExportBench(): Promise<void> {
  const quick = process.env.EXPORT_BENCH === 'quick';
  // EXPORT_BENCH_DOCS=governance,report measures only those (quick runs of one document each can share a machine's cores).
  const only = process.env.EXPORT_BENCH_DOCS?.split(',');
  const docs = only ? DOC_KINDS.filter((d) => only.includes(d)) : DOC_KINDS;
  const size = exportSize(1000);
  const w = generateWorkbook(size);
  const assets = await loadExportAssets();
  // As the command line exports: a DOCX's figure PNGs drawn by a pool of workers, one per core,
  // with resvg's native build; and as the app does, with its WebAssembly build.
  const rasterizer = await workerRasterizer(assets.fonts);
  const wasmRasterizer = await workerRasterizer(assets.fonts, { build: 'wasm' });
  const options = (doc: DocKind, format: ExportFormat, pool = rasterizer) => ({ doc, format, now: NOW, ...assets, ...(format === 'docx' ? { rasterizer: pool } : {}) });
  const textWidth = pageGeometry('a4').textWidth;
  const rows: Row[] = [];
  const appRows: AppRow[] = [];
  const docxFiles = new Map<DocKind, Uint8Array>();
  let governancePdf: Uint8Array = new Uint8Array();
  console.log(`\nMachine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the start (the figure PNGs of a DOCX are drawn by ${availableParallelism()} worker threads, with resvg's ${nativeResvgAvailable() ? 'native' : 'WebAssembly'} build)`);
  console.log(`\nExports — ${size.nodes} nodes, ${size.decisions} decisions, ${size.metrics} metrics × ${size.observations} observations, ${size.roadmap} roadmap items, ${size.people} people (median of ${DOCX_RUNS} runs for a DOCX, in turns with its floor, 3 for a PDF, after a warm-up)`);
  for (const doc of docs) {
    // This first export is the DOCX's warm-up run, and gives the floors the figures' PNGs.
    const docx = (await exportDocument(w, [], options(doc, 'docx'))).bytes;
    docxFiles.set(doc, docx);
    const report = buildReport(w, [], { doc, today: TODAY, controls: assets.controls });
    const grids = gridsOf(report.blocks);
    const images = imagesOf(report.blocks, docx);
    const docxFloor = () => floorDocx(grids, images, textWidth);
    await docxFloor();
    // A DOCX and its floor are timed in turns, so both see the same spells of a drifting machine.
    const paired = await pairedMedians(() => exportDocument(w, [], options(doc, 'docx')), docxFloor, DOCX_RUNS);
    rows.push({ doc, format: 'docx', time: paired.a, floor: paired.b, ratio: paired.ratio, bytes: docx.length, pages: null });
    process.stdout.write('.');
    const pdfFloor = await medianOf(() => floorPdf(grids, images, report.page));
    let pdf: Uint8Array = new Uint8Array();
    const pdfTime = await medianOf(async () => { pdf = (await exportDocument(w, [], options(doc, 'pdf'))).bytes; });
    if (doc === 'governance') governancePdf = pdf;
    rows.push({ doc, format: 'pdf', time: pdfTime, floor: pdfFloor, ratio: pdfTime.ms / pdfFloor.ms, bytes: pdf.length, pages: pageCount(pdf) });
    process.stdout.write('.');
    let appBytes: Uint8Array = new Uint8Array();
    await exportDocument(w, [], options(doc, 'docx', wasmRasterizer));
    const app = await pairedMedians(async () => { appBytes = (await exportDocument(w, [], options(doc, 'docx', wasmRasterizer))).bytes; }, docxFloor, 3);
    appRows.push({ doc, time: app.a, floor: app.b, ratio: app.ratio, sameBytes: Buffer.from(appBytes).equals(Buffer.from(docx)) });
  }
  process.stdout.write('\n');
  rasterizer.close();
  wasmRasterizer.close();
  libreOfficePages(rows, docxFiles);
  printInProcess(rows);
  printApp(appRows);
  const mapTitles = buildReport(w, [], { doc: 'governance', today: TODAY, controls: assets.controls }).blocks
    .filter((b): b is FigureBlock => b.type === 'figure' && b.altText.startsWith('Workflow map'))
    .map((b) => b.title ?? b.caption);
  if (docs.includes('governance')) printGovernance(governancePdf, mapTitles, rows);
  if (quick) return;

  // Printed as each part ends: the whole bench takes a while on a shared machine.
  const big = await runChild(10000, DOC_KINDS.flatMap((doc) => FORMATS.map((f) => `${doc}:${f}`)));
  printBig(big, FORMATS);

  const growth = new Map<DocKind, number[]>();
  const growthBytes = new Map<DocKind, number[]>();
  for (const doc of DOC_KINDS) {
    const one = rows.find((r) => r.doc === doc && r.format === 'docx')!;
    growth.set(doc, [one.time.cpuMs]);
    growthBytes.set(doc, [one.bytes]);
  }
  for (const nodes of GROWTH_SIZES.slice(1, -1)) {
    const wb = generateWorkbook(exportSize(nodes));
    for (const doc of DOC_KINDS) {
      const { value: { bytes }, cpuMs } = await timed(() => exportDocument(wb, [], options(doc, 'docx')));
      growth.get(doc)!.push(cpuMs);
      growthBytes.get(doc)!.push(bytes.length);
    }
  }
  for (const e of big.exports.filter((x) => x.format === 'docx')) {
    growth.get(e.doc)!.push(e.cpuMs);
    growthBytes.get(e.doc)!.push(e.bytes);
  }
  printGrowth(GROWTH_SIZES, growth, growthBytes);

  console.log('\nPeak memory of each document of the 1,000-node workbook, exported once in a fresh process with the default heap (fonts and workbook included)');
  for (const row of rows) {
    const child = await runChild(1000, [`${row.doc}:${row.format}`]);
    console.log(`  ${row.doc.padEnd(11)} ${row.format.padEnd(5)} ${child.summary ? `peak RSS ${child.summary.peakRssMiB.toFixed(0)} MiB` : `failed: ${child.error}`}`);
  }
}

/** Runs export-child.ts in a fresh Node with the default heap (any --max-old-space-size removed). */
function runChild(nodes: number, jobs: readonly string[]): Promise<ChildRun> {
  const script = new URL('./export-child.ts', import.meta.url).pathname;
  const nodeOptions = (process.env.NODE_OPTIONS ?? '').replace(/--max-old-space-size=\S+/g, '').trim();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, String(nodes), ...jobs], {
      env: { ...process.env, NODE_OPTIONS: nodeOptions }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '', err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('close', (code, signal) => {
      const exports: ChildExport[] = [];
      let summary: ChildSummary | null = null;
      for (const line of out.split('\n').filter((l) => l.startsWith('{'))) {
        const parsed = JSON.parse(line) as ChildExport | ChildSummary;
        if ('peakRssMiB' in parsed) summary = parsed; else exports.push(parsed);
      }
      const why = code === 0 ? '' : `exit ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' ')}`;
      resolve({ exports, summary, error: why });
    });
  });
}
