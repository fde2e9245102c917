/**
 * The one export pipeline: workbook → report → DOCX or PDF bytes. The app and the command
 * line both call this, so a document exported from either is byte-for-byte the same for the
 * same workbook, options and clock. Fonts and the clock are arguments: nothing here touches
 * Node, the DOM or Electron.
 */
import { buildReport, exportFileName, type ControlInfo, type DocKind, type PageSize, type Problem, type Workbook } from '../report';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';

export type ExportFormat = 'docx' | 'pdf';

export const MIME_TYPE: Readonly<Record<ExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface ExportFonts { readonly regular: Uint8Array; readonly bold: Uint8Array }

export interface ExportRequest {
  readonly doc: DocKind;
  readonly format: ExportFormat;
  /** The moment of the export; the document's date is its UTC calendar day unless `today` is given. */
  readonly now: Date;
  readonly today?: string;
  readonly page?: PageSize;
  readonly fonts: ExportFonts;
  readonly controls?: readonly ControlInfo[];
  /** The workbook's SHA-256 fingerprint in hex (shared/report's ReportOptions.fingerprint). */
  readonly fingerprint?: string;
}

export interface ExportedDocument {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export async function exportDocument(w: Workbook, problems: readonly Problem[], request: ExportRequest): Promise<ExportedDocument> {
  const today = request.today ?? request.now.toISOString().slice(0, 10);
  const report = buildReport(w, problems, {
    doc: request.doc, today,
    ...(request.page ? { page: request.page } : {}),
    ...(request.controls ? { controls: request.controls } : {}),
    ...(request.fingerprint ? { fingerprint: request.fingerprint } : {}),
  });
  const options = { now: request.now, fonts: request.fonts };
  const bytes = request.format === 'docx' ? await renderDocx(report, options) : await renderPdf(report, options);
  return { fileName: exportFileName(w, request.doc, request.format), mimeType: MIME_TYPE[request.format], bytes };
}
