/**
 * `sprintbook export FILE [--doc …] [--format …] [--out DIR] [--page a4|letter] [--today DATE]`:
 * writes `<title-slug>-<doc>.<ext>` files atomically and prints their paths. Every document is
 * rendered before the first is written, so a refused file or a failed render writes nothing.
 * Characters no font has are drawn as boxes and listed on stderr, one line per text.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isCalendarDate, serializeWorkbook } from '../../../shared/format';
import { sha256Hex } from '../../../shared/logic';
import { exportDocument, type ExportFormat } from '../../../shared/export';
import { DOC_KINDS, type DocKind, type PageSize } from '../../../shared/report';
import { writeFileAtomic } from '../atomic-write';
import { loadExportAssets } from '../templates';
import { describeIoError } from '../workbook-file';
import { flag, parseArgs } from './args';
import { missingGlyphLines } from './missing-glyphs';
import { EXIT, UsageError, type CliIo } from './io';
import { openForCommand } from './open';

export async function exportCommand(argv: readonly string[], io: CliIo, clock: () => Date = () => new Date()): Promise<number> {
  const args = parseArgs(argv, {
    positional: { min: 1, max: 1, names: 'FILE' },
    values: { doc: [...DOC_KINDS, 'all'], format: ['docx', 'pdf', 'all'], out: [], page: ['a4', 'letter'], today: [] },
  });
  const today = flag(args, 'today');
  if (today !== undefined && !isCalendarDate(today)) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${today}"`);
  const docs: readonly DocKind[] = flag(args, 'doc') && flag(args, 'doc') !== 'all' ? [flag(args, 'doc') as DocKind] : DOC_KINDS;
  const formats: readonly ExportFormat[] = flag(args, 'format') && flag(args, 'format') !== 'all' ? [flag(args, 'format') as ExportFormat] : ['docx', 'pdf'];
  const page = flag(args, 'page') as PageSize | undefined;
  const outDir = resolve(flag(args, 'out') ?? '.');

  const opened = await openForCommand(args.positional[0]!, io);
  if (!opened.ok) return opened.exit;
  const assets = await loadExportAssets();
  // A fixed --today makes the output reproducible: the documents carry that day at midnight UTC.
  const now = today !== undefined ? new Date(`${today}T00:00:00Z`) : clock();
  const day = today ?? localDay(now);

  // Every document carries the workbook's fingerprint, so `verify` can tell which version it came from.
  const fingerprint = await sha256Hex(serializeWorkbook(opened.workbook));
  const documents = [];
  for (const doc of docs) {
    for (const format of formats) {
      documents.push(await exportDocument(opened.workbook, opened.problems, {
        doc, format, now, today: day, fonts: assets.fonts, controls: assets.controls, fingerprint, ...(page ? { page } : {}),
      }));
    }
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
