/**
 * Run as its own process (bounded.test.ts starts it with tsx): exports every document of the
 * ±1,000,000-corner workbook in both formats and prints, as one JSON line, the process's peak
 * resident memory and the time taken, so the test measures the export and nothing else.
 */
import { exportDocument } from '../../../../shared/export';
import { DOC_KINDS } from '../../../../shared/report';
import { FONTS, NOW } from './fixtures';
import { cornerWorkbook } from './hostile';

const fonts = FONTS;
const w = cornerWorkbook();
const baseline = process.resourceUsage().maxRSS * 1024;
const started = performance.now();
const documents: { doc: string; format: string; bytes: number; ms: number }[] = [];
for (const doc of DOC_KINDS) {
  for (const format of ['docx', 'pdf'] as const) {
    const t = performance.now();
    const out = await exportDocument(w, [], { doc, format, now: NOW, fonts });
    documents.push({ doc, format, bytes: out.bytes.length, ms: Math.round(performance.now() - t) });
  }
}
console.log(JSON.stringify({
  ms: Math.round(performance.now() - started),
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  rssBeforeExportBytes: baseline,
  documents,
}));
