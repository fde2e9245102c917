/**
 * The command line's pool of figure rasterizers (shared/export's RasterPool): Node worker
 * threads, each with its own resvg, so a DOCX's figure PNGs are drawn on the other cores while
 * the main thread writes the rest. Node has resvg's native build (@resvg/resvg-js), which
 * draws the same pixels as the WebAssembly build the app runs in its Web Workers (a test holds
 * it) in about 60 % of the time (`npm run bench -- export` prints both); where no native build
 * exists for the platform, the workers run the WebAssembly build instead. The worker is a few
 * lines of JavaScript given as a string, so it starts alike from source (tsx), from the bundled
 * command line and under the tests, with no second entry file to find; what to draw and how
 * (the sized SVG, resvg's options) comes with each figure from shared/export/figure/png.ts, so
 * the worker only runs resvg.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inThreadRasterizer, RasterPool, type FontProvider, type Rasterizer, type RasterPort, type RasterReply } from '../../shared/export';

const require = createRequire(import.meta.url);

// resvg's native build frees a figure's picture (4 bytes a pixel) and SVG tree only when V8
// collects their handles and then runs their finalizers on a later turn of the event loop, and
// V8 does not count that memory, so it seldom collects. A worker is sent all its figures at
// once, and Node hands a port's queued messages over in one go, so no turn came between them:
// a 10,000-node report's workers grew to 2.8 GB, where the WebAssembly build's took 0.9 GB. So
// the worker queues what it is sent and draws one figure per turn, and a native worker collects
// after every GC_AFTER_PIXELS pixels, with the collector it exposes to its own context only.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const resvg = require(workerData.module);
const ready = workerData.wasm ? resvg.initWasm(workerData.wasm) : Promise.resolve();
const collect = workerData.wasm ? null : (() => {
  const v8 = require('node:v8');
  v8.setFlagsFromString('--expose-gc');
  try { return require('node:vm').runInNewContext('gc'); } finally { v8.setFlagsFromString('--no-expose-gc'); }
})();
const jobs = [];
let drawing = false;
let drawn = 0;
function draw({ id, request }) {
  try {
    const r = new resvg.Resvg(request.svg, request.options);
    try {
      const image = r.render();
      try {
        const png = new Uint8Array(image.asPng());
        drawn += image.width * image.height;
        parentPort.postMessage({ id, png }, [png.buffer]);
      } finally { image.free?.(); }
    } finally { r.free?.(); }
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
}
async function next() {
  try {
    await ready;
  } catch (e) {
    for (const { id } of jobs.splice(0)) parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    drawing = false;
    return;
  }
  const job = jobs.shift();
  if (!job) { drawing = false; return; }
  draw(job);
  if (collect && drawn >= workerData.gcAfterPixels) { drawn = 0; collect(); }
  setImmediate(next);
}
parentPort.on('message', (job) => {
  jobs.push(job);
  if (!drawing) { drawing = true; setImmediate(next); }
});
`;

/** Pixels a native worker draws between collections: about 50 MB of pictures and trees. */
const GC_AFTER_PIXELS = 8_000_000;

/** Which resvg the workers load: the native build where this platform has one, else the WebAssembly build. */
export type ResvgBuild = 'native' | 'wasm';

/** The native build if it loads here (its binary comes as an optional package per platform). */
export function nativeResvgAvailable(): boolean {
  try {
    require('@resvg/resvg-js');
    return true;
  } catch {
    return false;
  }
}

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

export interface WorkerRasterizerOptions {
  /** Workers in the pool: one per core unless said. */
  readonly size?: number;
  /** Draws what a failed worker leaves: resvg's WebAssembly build in this thread unless said. */
  readonly fallback?: Rasterizer;
  /** Which resvg the workers run: the native build where it loads unless said. */
  readonly build?: ResvgBuild;
}

/** A pool of workers drawing with resvg; close it when done. */
export async function workerRasterizer(fonts: FontProvider, options: WorkerRasterizerOptions = {}): Promise<RasterPool> {
  const build = options.build ?? (nativeResvgAvailable() ? 'native' : 'wasm');
  const workerData = build === 'native'
    ? { module: require.resolve('@resvg/resvg-js'), wasm: null, gcAfterPixels: GC_AFTER_PIXELS }
    : { module: require.resolve('@resvg/resvg-wasm'), wasm: await fonts.rasterizer(), gcAfterPixels: 0 };
  const fallback = options.fallback ?? inThreadRasterizer(() => fonts.rasterizer());
  return new RasterPool(options.size ?? availableParallelism(), () => nodePort(new Worker(WORKER_SOURCE, { eval: true, workerData })), fallback);
}
