/**
 * A figure rasterizer of the export worker's pool (rasterWorkers.ts): draws one figure's PNG
 * with resvg per message, as shared/export/figure/png.ts asks, and sends the bytes back
 * without a copy.
 */
import { loadRasterizer, renderPng } from '../../../shared/export/figure/png';
import type { RasterJobMessage, RasterReply } from '../../../shared/export';
import { fontProvider } from './fonts';

// Typed by hand: the project's TypeScript library is the DOM's, not the worker's.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<RasterJobMessage>) => void) | null;
  postMessage(message: RasterReply, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data }) => {
  try {
    await loadRasterizer(() => fontProvider.rasterizer());
    const { png } = renderPng(data.request);
    scope.postMessage({ id: data.id, png }, [png.buffer as ArrayBuffer]);
  } catch (e) {
    scope.postMessage({ id: data.id, error: e instanceof Error ? e.message : String(e) });
  }
};
