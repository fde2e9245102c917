/**
 * `sprintbook export FILE [--doc …] [--format …] [--out DIR] [--page a4|letter] [--today DATE]`:
 * writes `<title-slug>-<doc>.<ext>` files atomically and prints their paths. Every document is
 * rendered before the first is written, so a refused file or a failed render writes nothing.
 * Characters no font has are drawn as boxes and listed on stderr, one line per text.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serializeWorkbook } from '../../../shared/format';
import { sha256Hex } from '../../../shared/logic';
import { exportDocument, type ExportFormat } from '../../../shared/export';
import { DOC_KINDS, type DocKind, type PageSize } from '../../../shared/report';
import { writeFileAtomic } from '../atomic-write';
import { workerRasterizer } from '../rasterWorkers';
import { loadExportAssets } from '../templates';
import { describeIoError } from '../workbook-file';
import { calendarDate, oneOf, parseCommandLine } from './args';
import { missingGlyphLines } from './missing-glyphs';
import { EXIT, type CliIo } from './io';
import { openForCommand } from './open';

export async function exportCommand(argv: readonly string[], io: CliIo, clock: () => Date = () => new Date()): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    doc: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, page: { type: 'string' }, today: { type: 'string' },
  }, { min: 1, max: 1, names: 'FILE' });
  const today = calendarDate('today', values.today);
  const doc = oneOf('doc', values.doc, [...DOC_KINDS, 'all']);
  const format = oneOf('format', values.format, ['docx', 'pdf', 'all']);
  const docs: readonly DocKind[] = doc && doc !== 'all' ? [doc] : DOC_KINDS;
  const formats: readonly ExportFormat[] = format && format !== 'all' ? [format] : ['docx', 'pdf'];
  const page: PageSize | undefined = oneOf('page', values.page, ['a4', 'letter']);
  const outDir = resolve(values.out ?? '.');

  const opened = await openForCommand(positionals[0]!, io);
  if (!opened.ok) return opened.exit;
  const assets = await loadExportAssets();
  // A fixed --today makes the output reproducible: the documents carry that day at midnight UTC.
  const now = today !== undefined ? new Date(`${today}T00:00:00Z`) : clock();
  const day = today ?? localDay(now);

  // Every document carries the workbook's fingerprint, so `verify` can tell which version it came from.
  const fingerprint = await sha256Hex(serializeWorkbook(opened.workbook));
  const documents = [];
  // A DOCX's figure PNGs are drawn on every core while the rest of it is written.
  const rasterizer = formats.includes('docx') ? await workerRasterizer(assets.fonts) : undefined;
  try {
    for (const doc of docs) {
      for (const format of formats) {
        documents.push(await exportDocument(opened.workbook, opened.problems, {
          doc, format, now, today: day, fonts: assets.fonts, controls: assets.controls, fingerprint,
          ...(page ? { page } : {}), ...(format === 'docx' && rasterizer ? { rasterizer } : {}),
        }));
      }
    }
  } finally {
    rasterizer?.close();
  }
  try {
    await mkdir(outDir, { recursive: true });
    for (const d of documents) {
      const path = join(outDir, d.fileName);
      await writeFileAtomic(path, d.bytes);
      io.out(path);
    }
  } catch (e) {
    io.err(`sprintbook export: cannot write ${describeIoError(outDir, e)}`);
    return EXIT.refused;
  }
  for (const line of missingGlyphLines(documents)) io.err(line);
  return EXIT.ok;
}

function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
