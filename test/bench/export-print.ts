/**
 * What the export bench prints: each table with its aims marked met or missed, and the helpers
 * that need a program of the system (LibreOffice for a DOCX's pages, pdftotext for the pages a
 * governance model's map takes).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportFormat } from '../../shared/export';
import { DOC_KINDS, type DocKind } from '../../shared/report';
import type { ChildExport, ChildSummary } from './export-child';
import { exportSize, pageCount, type Timing } from './export-sizes';

export const AIM_MS = 2000;
export const AIM_FLOOR = 2;
/** A log-log slope up to this counts as linear growth (timings on a shared machine wobble). */
export const LINEAR = 1.15;

export interface Row {
  readonly doc: DocKind;
  readonly format: ExportFormat;
  readonly time: Timing;
  readonly floor: Timing;
  /** Time over the floor's: for a DOCX the median of the ratios of runs timed in turns (pairedMedians). */
  readonly ratio: number;
  readonly bytes: number;
  pages: number | null;
}

export interface ChildRun {
  readonly exports: ChildExport[];
  readonly summary: ChildSummary | null;
  readonly error: string;
}

export const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
const fmtMs = (ms: number): string => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

export function printInProcess(rows: readonly Row[]): void {
  console.log('  document    format   wall median (CPU)   floor wall (CPU)   × floor wall (CPU)   pages     size   aim < 2 s   aim < 2× floor');
  for (const r of rows) {
    const ratio = r.ratio, cpuRatio = r.time.cpuMs / r.floor.cpuMs;
    const pages = r.pages === null ? '—' : String(r.pages);
    console.log(`  ${r.doc.padEnd(11)} ${r.format.padEnd(6)} ${fmtMs(r.time.ms).padStart(8)} (${fmtMs(r.time.cpuMs).padStart(8)})  ${fmtMs(r.floor.ms).padStart(8)} (${fmtMs(r.floor.cpuMs).padStart(8)})   ${ratio.toFixed(1).padStart(5)}× (${cpuRatio.toFixed(1).padStart(4)}×)  ${pages.padStart(6)}  ${(r.bytes / 1024).toFixed(0).padStart(5)} KiB   ${verdict(r.time.ms < AIM_MS).padEnd(9)}   ${verdict(ratio < AIM_FLOOR)}`);
  }
  console.log('  (aims judged on the wall clock, the time a user waits: read them on an idle machine, see the load average above.');
  console.log('   A DOCX\'s × floor is the median of the ratios of its runs, each timed in turn with a run of the floor;');
  console.log('   CPU time counts every thread, the DOCX\'s figure workers too; DOCX pages as LibreOffice lays it out)');
}

/** A DOCX exported with its figures drawn as the app draws them, and whether it is the command line's, byte for byte. */
export interface AppRow {
  readonly doc: DocKind;
  readonly time: Timing;
  readonly floor: Timing;
  /** The median of the ratios of runs timed in turns with the floor. */
  readonly ratio: number;
  readonly sameBytes: boolean;
}

export function printApp(rows: readonly AppRow[]): void {
  if (rows.length === 0) return;
  console.log('\nDOCX with the figures drawn by resvg\'s WebAssembly build, as the app\'s Web Workers draw them (here in worker threads); the table above is the command line\'s, with resvg\'s native build');
  for (const r of rows) {
    const ratio = r.ratio;
    console.log(`  ${r.doc.padEnd(11)} ${fmtMs(r.time.ms).padStart(8)} (${fmtMs(r.time.cpuMs).padStart(8)})   ${ratio.toFixed(1).padStart(5)}× floor   aim < 2 s ${verdict(r.time.ms < AIM_MS).padEnd(6)}   the command line's bytes: ${r.sameBytes ? 'yes' : 'NO'}`);
  }
}

/** The governance model stays a document: its map on at most 12 pages, the whole under 100 pages with contents. */
export function printGovernance(pdf: Uint8Array, mapTitles: readonly string[], rows: readonly Row[]): void {
  const docxPages = rows.find((r) => r.doc === 'governance' && r.format === 'docx')?.pages ?? null;
  const pdfPages = pageCount(pdf);
  const text = pdfPages && hasCommand('pdftotext') ? pdfTextPages(pdf) : null;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const mapPages = text ? text.filter((page) => mapTitles.some((t) => flat(page).includes(flat(t)))).length : null;
  const contents = text ? /^Contents$/m.test(text[1] ?? '') : null;
  console.log(`\nGovernance model of the 1,000-node workbook: PDF ${pdfPages} pages, DOCX ${docxPages ?? '?'} pages (LibreOffice); the map: ${mapTitles.length} figures on ${mapPages ?? '?'} PDF pages; contents on page 2: ${contents === null ? '?' : contents ? 'yes' : 'no'}`);
  console.log(`  aim map ≤ 12 pages: ${mapPages === null ? 'not measured (pdftotext missing)' : verdict(mapPages <= 12)}   aim under 100 pages with contents: PDF ${verdict(pdfPages < 100 && contents !== false)}, DOCX ${docxPages === null ? 'not measured (LibreOffice missing)' : verdict(docxPages < 100)}`);
}

export function printBig(run: ChildRun, formats: readonly ExportFormat[]): void {
  const size = exportSize(10000);
  console.log(`\nEvery document of a ${size.nodes}-node workbook (${size.decisions} decisions, ${size.metrics} metrics, ${size.roadmap} roadmap items) in one process with Node's default heap (limit ${run.summary?.heapLimitMiB.toFixed(0) ?? '?'} MiB)`);
  for (const e of run.exports) {
    console.log(`  ${e.doc.padEnd(11)} ${e.format.padEnd(5)} CPU ${fmtMs(e.cpuMs).padStart(8)} (wall ${fmtMs(e.ms).padStart(8)})  ${(e.bytes / 1024).toFixed(0).padStart(6)} KiB  ${e.pages === null ? ''.padEnd(10) : `${e.pages} pages`.padEnd(10)}  heap after: ${e.heapUsedMiB.toFixed(0)} MiB used, ${e.heapTotalMiB.toFixed(0)} MiB committed`);
  }
  const done = run.exports.length === DOC_KINDS.length * formats.length && run.summary !== null;
  const heapMax = Math.max(...run.exports.map((e) => e.heapTotalMiB));
  console.log(`  peak RSS ${run.summary?.peakRssMiB.toFixed(0) ?? '?'} MiB, V8 heap committed at most ${heapMax.toFixed(0)} MiB`
    + `  aim: every document within the default heap: ${verdict(done)}${done ? '' : ` (the process ended: ${run.error})`}`);
}

/** The slope of log(y) against log(x) by least squares: 1 is linear growth. */
export function exponent(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log), ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length, my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0, den = 0;
  lx.forEach((x, i) => { num += (x - mx) * (ly[i]! - my); den += (x - mx) ** 2; });
  return num / den;
}

export function printGrowth(sizes: readonly number[], times: ReadonlyMap<DocKind, number[]>, bytes: ReadonlyMap<DocKind, number[]>): void {
  console.log(`\nDOCX growth over ${sizes.join(', ')} nodes (the other parts in proportion): CPU time and size, and the exponent of a log-log fit (1 = linear)`);
  for (const doc of DOC_KINDS) {
    const t = times.get(doc)!, b = bytes.get(doc)!;
    const xs = sizes.slice(0, t.length);
    const et = exponent(xs, t), eb = exponent(xs, b);
    console.log(`  ${doc.padEnd(11)} ${t.map(fmtMs).join(', ').padEnd(36)} ${b.map((x) => `${(x / 2 ** 20).toFixed(1)} MiB`).join(', ').padEnd(40)} time ~n^${et.toFixed(2)}, size ~n^${eb.toFixed(2)}  aim linear (≤ ${LINEAR}): ${verdict(et <= LINEAR && eb <= LINEAR)}`);
  }
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

function pdfTextPages(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sprintbook-export-bench-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], { encoding: 'utf8', maxBuffer: 2 ** 28 }).split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's page count of each DOCX (converted headless), when LibreOffice is installed. */
export function libreOfficePages(rows: Row[], files: ReadonlyMap<DocKind, Uint8Array>): void {
  const bin = ['libreoffice', 'soffice'].find(hasCommand);
  if (!bin) { console.log('  (LibreOffice is not installed: the DOCX page counts are not shown)'); return; }
  const dir = mkdtempSync(join(tmpdir(), 'sprintbook-export-bench-'));
  try {
    for (const row of rows) {
      if (row.format !== 'docx') continue;
      const input = join(dir, `${row.doc}.docx`);
      writeFileSync(input, files.get(row.doc)!);
      spawnSync(bin, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'ignore', timeout: 900_000 });
      const out = join(dir, `${row.doc}.pdf`);
      if (existsSync(out)) row.pages = pageCount(new Uint8Array(readFileSync(out)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
