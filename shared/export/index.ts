/**
 * The one export pipeline: workbook → report → DOCX or PDF bytes. The app and the command
 * line both call this, so a document exported from either is byte-for-byte the same for the
 * same workbook, options and clock. Fonts (through a provider) and the clock are arguments:
 * nothing here touches Node, the DOM or Electron.
 */
import { buildReport, exportFileName, type ControlInfo, type DocKind, type PageSize, type Problem, type Workbook } from '../report';
import { renderDocx } from './docx';
import type { FontProvider } from './fonts/provider';
import { inThreadRasterizer, type Rasterizer } from './figure/rasterizer';
import { Typesetter, type MissingGlyphs } from './fonts/typesetter';
import { renderPdf } from './pdf';
import { printableReport } from './text/printable';

export { cachingProvider, type FontProvider } from './fonts/provider';
export { FACE_IDS, faceSource, type FaceId, type FaceSource } from './fonts/faces';
export type { MissingGlyphs } from './fonts/typesetter';
export { inThreadRasterizer, type Rasterizer } from './figure/rasterizer';
export { RasterPool, type RasterJobMessage, type RasterPort, type RasterReply } from './figure/rasterPool';

export type ExportFormat = 'docx' | 'pdf';

export const MIME_TYPE: Readonly<Record<ExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface ExportRequest {
  readonly doc: DocKind;
  readonly format: ExportFormat;
  /** The moment of the export; the document's date is its UTC calendar day unless `today` is given. */
  readonly now: Date;
  readonly today?: string;
  readonly page?: PageSize;
  /** Where the fonts come from: asked only for the faces the document needs. */
  readonly fonts: FontProvider;
  readonly controls?: readonly ControlInfo[];
  /** The workbook's SHA-256 fingerprint in hex (shared/report's ReportOptions.fingerprint). */
  readonly fingerprint?: string;
  /** Where a DOCX's figure PNGs are drawn: a host's pool of workers (figure/rasterPool.ts); this thread by default. */
  readonly rasterizer?: Rasterizer;
}

export interface ExportedDocument {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
  /** Texts with characters no font of the chain has: drawn as boxes, and said here so the host can tell the user. */
  readonly missingGlyphs: readonly MissingGlyphs[];
}

export async function exportDocument(w: Workbook, problems: readonly Problem[], request: ExportRequest): Promise<ExportedDocument> {
  const today = request.today ?? request.now.toISOString().slice(0, 10);
  const report = buildReport(w, problems, {
    doc: request.doc, today,
    ...(request.page ? { page: request.page } : {}),
    ...(request.controls ? { controls: request.controls } : {}),
    ...(request.fingerprint ? { fingerprint: request.fingerprint } : {}),
  });
  const printable = printableReport(report);
  const typesetter = await Typesetter.forReport(printable, request.fonts);
  const options = { now: request.now, typesetter, rasterizer: request.rasterizer ?? inThreadRasterizer(() => request.fonts.rasterizer()) };
  const bytes = request.format === 'docx' ? await renderDocx(printable, options) : renderPdf(printable, options);
  return {
    fileName: exportFileName(w, request.doc, request.format), mimeType: MIME_TYPE[request.format], bytes,
    missingGlyphs: typesetter.missing,
  };
}
