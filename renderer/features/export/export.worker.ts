/**
 * The export Web Worker: workbook → report → DOCX/PDF bytes off the main thread, so the window
 * stays responsive while a long report renders. It fetches the fonts a document needs itself
 * (fonts.ts), and draws a DOCX's figure PNGs in a pool of workers of its own (rasterWorkers.ts);
 * the bytes travel back without a copy.
 */
import { exportDocument } from '../../../shared/export';
import { fontProvider } from './fonts';
import { rasterizer } from './rasterWorkers';
import type { WorkerRequest, WorkerResponse } from './protocol';

// Typed by hand: the project's TypeScript library is the DOM's, not the worker's.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data }) => {
  try {
    const document = await exportDocument(data.workbook, data.problems, {
      ...data.request, fonts: fontProvider, ...(data.request.format === 'docx' ? { rasterizer: rasterizer() } : {}),
    });
    scope.postMessage({ id: data.id, ok: true, document }, [document.bytes.buffer as ArrayBuffer]);
  } catch (e) {
    scope.postMessage({ id: data.id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
};
