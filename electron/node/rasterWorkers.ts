/**
 * The command line's pool of figure rasterizers (shared/export's RasterPool): Node worker
 * threads, each with its own resvg, so a DOCX's figure PNGs are drawn on the other cores while
 * the main thread writes the rest. The worker is a few lines of JavaScript given as a string, so
 * it starts alike from source (tsx), from the bundled command line and under the tests, with no
 * second entry file to find; what to draw and how (the sized SVG, resvg's options) comes with
 * each figure from shared/export/figure/png.ts, so the worker only runs resvg.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inThreadRasterizer, RasterPool, type FontProvider, type Rasterizer, type RasterPort, type RasterReply } from '../../shared/export';

const require = createRequire(import.meta.url);

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { initWasm, Resvg } = require(workerData.resvg);
const ready = initWasm(workerData.wasm);
parentPort.on('message', async ({ id, request }) => {
  try {
    await ready;
    const resvg = new Resvg(request.svg, request.options);
    try {
      const image = resvg.render();
      try { const png = image.asPng(); parentPort.postMessage({ id, png }, [png.buffer]); } finally { image.free(); }
    } finally { resvg.free(); }
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
`;

function nodePort(worker: Worker): RasterPort {
  // An idle pool never keeps the command line from exiting.
  worker.unref();
  return {
    post: (message) => worker.postMessage(message),
    listen(reply, fail) {
      worker.on('message', (m: RasterReply) => reply(m));
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`The figure rasterizer's worker stopped (exit code ${code}).`)));
    },
    terminate: () => void worker.terminate(),
  };
}

/**
 * A pool of `size` workers (one per core by default) drawing with resvg from `fonts`' rasterizer;
 * what a failed worker leaves is drawn by `fallback` (this thread). Close it when done.
 */
export async function workerRasterizer(fonts: FontProvider, size = availableParallelism(), fallback: Rasterizer = inThreadRasterizer(() => fonts.rasterizer())): Promise<RasterPool> {
  const wasm = await fonts.rasterizer();
  const resvg = require.resolve('@resvg/resvg-wasm');
  return new RasterPool(size, () => nodePort(new Worker(WORKER_SOURCE, { eval: true, workerData: { resvg, wasm } })), fallback);
}
