/**
 * The export worker's pool of figure rasterizers (shared/export's RasterPool): Web Workers
 * started from inside the export worker, one per core (at most four), so a DOCX's figure PNGs
 * are drawn on every core while the export worker writes the rest of it. Made on the first
 * DOCX and kept for the next; the figures of a worker that will not start are drawn in the
 * export worker itself.
 */
import { inThreadRasterizer, RasterPool, type RasterPort, type RasterReply } from '../../../shared/export';
import { fontProvider } from './fonts';

function webPort(worker: Worker): RasterPort {
  return {
    post: (message) => worker.postMessage(message),
    listen(reply, fail) {
      worker.onmessage = (e: MessageEvent<RasterReply>) => reply(e.data);
      worker.onerror = (e) => { e.preventDefault(); fail(e); };
    },
    terminate: () => worker.terminate(),
  };
}

let pool: RasterPool | null = null;

export function rasterizer(): RasterPool {
  const size = Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2));
  pool ??= new RasterPool(size, () => webPort(new Worker(new URL('./raster.worker.ts', import.meta.url), { type: 'module', name: 'sprintbook-raster' })),
    inThreadRasterizer(() => fontProvider.rasterizer()));
  return pool;
}
