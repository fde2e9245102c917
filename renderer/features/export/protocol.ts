/** The messages between the export screen and its Web Worker. */
import type { ExportedDocument, ExportRequest } from '../../../shared/export';

/** A request as it crosses to the worker: without the font provider, which the worker makes itself. */
export type PortableExportRequest = Omit<ExportRequest, 'fonts'>;
import type { Problem, Workbook } from '../../../shared/model';

export interface WorkerRequest {
  readonly id: number;
  readonly workbook: Workbook;
  readonly problems: readonly Problem[];
  readonly request: PortableExportRequest;
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly document: ExportedDocument }
  | { readonly id: number; readonly ok: false; readonly message: string };
