/**
 * Issue 3: all four documents in both formats for a generated workbook of 600 nodes, 200
 * decisions, 60 metrics × 50 observations and 80 roadmap items. The floor is the same
 * tables written straight with the docx library (no report, no figures, no styling): our
 * DOCX should stay within 3× of it.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { exportDocument, type ExportFormat } from '../../shared/export';
import { loadExportAssets } from '../../electron/node/templates';
import { buildReport, DOC_KINDS, type Block, type DocKind } from '../../shared/report';
import { generateWorkbook } from '../fixtures/generate';
import { bench, peakMemoryMiB, printResults, type BenchResult } from './harness';

const SIZE = { nodes: 600, edges: 900, lanes: 8, decisions: 200, metrics: 60, observations: 50, roadmap: 80, people: 30 };

/** The report's tables (and fact lists, which are two-column tables), written with the docx library and nothing else. */
async function floorDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const text = (xs: readonly (string | { text: string })[]) => xs.map((x) => (typeof x === 'string' ? x : x.text)).join('');
  const grids = blocks.flatMap((b) =>
    b.type === 'table' ? [[b.columns.map((c) => c.header), ...b.rows.map((r) => r.map((c) => text(c.content)))]]
      : b.type === 'facts' ? [b.rows.map((r) => [r.label, text(r.value)])] : []);
  const children = grids.map((grid) => new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: grid.map((cells) => new TableRow({ children: cells.map((t) => new TableCell({ children: [new Paragraph(t)] })) })),
  }));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

export async function runExportBench(): Promise<void> {
  const w = generateWorkbook(SIZE);
  const { fonts, controls } = await loadExportAssets();
  const now = new Date('2026-11-24T09:00:00Z');
  const results: BenchResult[] = [];
  const sizes: string[] = [];
  const ratios: string[] = [];
  for (const doc of DOC_KINDS as readonly DocKind[]) {
    let docxMedian = 0;
    for (const format of ['docx', 'pdf'] as ExportFormat[]) {
      let bytes = 0;
      const r = await bench(`${doc} ${format}`, async () => {
        bytes = (await exportDocument(w, [], { doc, format, now, fonts, controls })).bytes.length;
      }, { runs: 5, warmup: 1, aimMs: 2000 });
      results.push(r);
      sizes.push(`${doc}.${format} ${(bytes / 1024).toFixed(0)} KiB`);
      if (format === 'docx') docxMedian = r.medianMs;
    }
    const report = buildReport(w, [], { doc, today: '2026-11-24', controls });
    const floor = await bench(`${doc} floor (tables only, docx library)`, () => floorDocx(report.blocks), { runs: 5, warmup: 1 });
    results.push(floor);
    ratios.push(`${doc}: ${(docxMedian / floor.medianMs).toFixed(1)}× the floor`);
  }
  printResults(`Exports — ${SIZE.nodes} nodes, ${SIZE.decisions} decisions, ${SIZE.metrics} metrics × ${SIZE.observations} observations, ${SIZE.roadmap} roadmap items`, results);
  console.log(`  file sizes: ${sizes.join(', ')}`);
  console.log(`  DOCX against the floor (aim under 3×): ${ratios.join('; ')}`);
  console.log(`  peak memory (RSS): ${peakMemoryMiB().toFixed(0)} MiB`);
}
