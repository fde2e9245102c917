/**
 * Where the DOCX's figure PNGs are drawn. Rasterizing is most of a DOCX export's time and each
 * figure stands alone, so a host may hand them to a pool of workers (rasterPool.ts) while this
 * thread writes the rest of the document; without one they are drawn here, one after another.
 */
import { loadRasterizer, renderPng, type RasterRequest } from './png';

export interface Rasterizer {
  /** The PNG `request` describes. */
  png(request: RasterRequest): Promise<Uint8Array>;
}

/** Draws in this thread, loading resvg from `wasm` (its bytes) the first time. */
export function inThreadRasterizer(wasm: () => Promise<Uint8Array>): Rasterizer {
  return {
    async png(request) {
      await loadRasterizer(wasm);
      return renderPng(request).png;
    },
  };
}
