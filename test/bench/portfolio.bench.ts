/**
 * Issue 15: `sprintbook portfolio` over a folder of 50 workbooks of realistic size (100 to 300
 * nodes each, with decisions, metrics, observations and a roadmap in proportion), spread over
 * client sub-folders as a consultancy keeps them. Measured in process (the command as `main`
 * runs it: find, read, load, readiness, schedule, table) and as a whole process of the bundled
 * CLI (what a person waits for), each over several runs; the aim is a median under 2 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeWorkbook } from '../../shared/format';
import { portfolioCommand } from '../../electron/node/cli/portfolio';
import { generateWorkbook, type Size } from '../fixtures/generate';
import { bundleCli } from '../unit/electron/node/cli/kill-harness';
import { bench, printResults, quantile } from './harness';

const WORKBOOKS = 50;
const AIM_MS = 2000;
const TODAY = '2026-03-01';

/** 100 to 300 nodes, the other parts in the proportions of a real sprint's workbook. */
function sizeOf(i: number): Size {
  const nodes = 100 + Math.round((200 * i) / (WORKBOOKS - 1));
  return {
    nodes, edges: Math.round(nodes * 1.4), lanes: 6, decisions: Math.round(nodes / 5), metrics: 8 + (i % 8),
    observations: 20 + (i % 30), roadmap: 12 + (i % 14), people: 12 + (i % 20),
  };
}

async function writePortfolio(dir: string): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < WORKBOOKS; i++) {
    const w = generateWorkbook(sizeOf(i), 1000 + i);
    const client = `client-${i % 7}`;
    const text = serializeWorkbook({
      ...w, id: `wb-${i}`, title: `Sprint ${i}: scaling the ${['invoice', 'claims', 'triage', 'onboarding'][i % 4]} pilot for ${client}`,
      organization: `Client ${i % 7}`, updatedAt: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00Z`,
    });
    await mkdir(join(dir, client), { recursive: true });
    await writeFile(join(dir, client, `sprint-${i}.sprintbook`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

export async function runPortfolioBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sprintbook-portfolio-bench-'));
  const cli = await bundleCli();
  try {
    const bytes = await writePortfolio(dir);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const inProcess = await bench('portfolio DIR, in process (find, read, load, readiness, schedule, table)', async () => {
      lines.length = 0;
      if (await portfolioCommand([dir, '--today', TODAY], io) !== 0) throw new Error(lines.join('\n'));
    }, { runs: 7, warmup: 1, aimMs: AIM_MS });
    const json = await bench('portfolio DIR --json, in process', () => portfolioCommand([dir, '--json', '--today', TODAY], io), { runs: 7, warmup: 1, aimMs: AIM_MS });

    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [cli.script, 'portfolio', dir, '--today', TODAY], { encoding: 'utf8' });
      times.push(performance.now() - t);
      if (r.status !== 0) throw new Error(r.stderr);
    }
    times.sort((a, b) => a - b);
    const process_ = { name: 'node sprintbook.mjs portfolio DIR, a whole process (bundled CLI)', runs: times.length,
      medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), aimMs: AIM_MS };

    printResults(`Portfolio — ${WORKBOOKS} workbooks of 100 to 300 nodes in 7 client folders ` +
      `(${(bytes / 1024 / 1024).toFixed(1)} MiB in all)`, [inProcess, json, process_]);
  } finally {
    await cli.remove();
    await rm(dir, { recursive: true, force: true });
  }
}
