/** Issue 2: parse + validate + derive of a generated workbook of the benchmark size. */
import { findStructureFaults, loadWorkbook, serializeWorkbook } from '../../shared/format';
import { deriveJson } from '../../electron/node/cli/derive';
import { BENCH_SIZE, generateWorkbook } from '../fixtures/generate';
import { bench, printResults } from './harness';

export async function runCoreBench(): Promise<void> {
  const text = serializeWorkbook(generateWorkbook(BENCH_SIZE));
  const sizeKiB = (new TextEncoder().encode(text).length / 1024).toFixed(0);
  const load = () => {
    const r = loadWorkbook(text);
    if (!r.ok) throw new Error(r.refusal.reason);
    return r;
  };
  const opened = load();
  const results = [
    await bench('parse + validate', load),
    await bench('of which: nesting and duplicate-key scan', () => findStructureFaults(text)),
    await bench('derive (tiers, scorecard, schedule, readiness)', () => deriveJson(opened.workbook, opened.problems)),
    await bench('parse + validate + derive', () => {
      const r = load();
      return deriveJson(r.workbook, r.problems);
    }, { aimMs: 100 }),
    await bench('serialize (canonical writer)', () => serializeWorkbook(opened.workbook)),
  ];
  printResults(`Domain core — ${BENCH_SIZE.nodes} nodes, ${BENCH_SIZE.edges} edges, ${BENCH_SIZE.decisions} decisions, ` +
    `${BENCH_SIZE.metrics} metrics × ${BENCH_SIZE.observations} observations, ${BENCH_SIZE.roadmap} roadmap items (${sizeKiB} KiB)`, results);
}
