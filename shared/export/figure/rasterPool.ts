/**
 * A pool of workers that draw figure PNGs. The host makes the workers (Node's worker_threads
 * for the command line, Web Workers in the app: `RasterPort` is what the pool needs of either)
 * and this spreads the figures over them. Each figure is sent the moment it is asked for, to
 * the worker with the least work waiting (pixels to draw plus SVG to parse), and each worker
 * draws its figures in order: the thread that writes the document is busy for long stretches,
 * and a worker that had to wait for it to hand out the next figure would sit idle meanwhile.
 * A worker that fails (it would not start, or it crashed) is dropped: the figure it was
 * drawing is drawn by `fallback` in this thread, in case that figure is what killed it, and
 * the figures still waiting go to the workers left. A figure resvg itself refuses fails the
 * export as it would in this thread.
 */
import type { RasterRequest } from './png';
import type { Rasterizer } from './rasterizer';

/** What the pool sends a worker, and what comes back. */
export interface RasterJobMessage { readonly id: number; readonly request: RasterRequest }
export type RasterReply = { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

/** One worker as the pool uses it. It answers its figures in the order they were sent. */
export interface RasterPort {
  post(message: RasterJobMessage): void;
  /** Calls `reply` with each answer, and `fail` once if the worker dies or will not start. */
  listen(reply: (message: RasterReply) => void, fail: (error: unknown) => void): void;
  terminate(): void;
}

interface Job {
  readonly id: number;
  readonly request: RasterRequest;
  readonly weight: number;
  readonly resolve: (png: Uint8Array) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  readonly port: RasterPort;
  /** The figures sent and not yet answered, oldest first: the first is being drawn. */
  readonly jobs: Map<number, Job>;
  load: number;
}

/** How much work a figure is: parsing its SVG and drawing its pixels cost about alike per character and per pixel. */
const weightOf = (request: RasterRequest): number => request.svg.length + request.pixels;

export class RasterPool implements Rasterizer {
  private readonly slots: Slot[] = [];
  private next = 1;
  private started = false;

  constructor(
    private readonly size: number,
    private readonly spawn: () => RasterPort,
    private readonly fallback: Rasterizer,
  ) {}

  png(request: RasterRequest): Promise<Uint8Array> {
    this.start();
    return new Promise((resolve, reject) => {
      this.assign({ id: this.next++, request, weight: weightOf(request), resolve, reject });
    });
  }

  /** Stops the workers; figures not yet drawn are drawn in this thread. */
  close(): void {
    for (const slot of this.slots.splice(0)) {
      slot.port.terminate();
      for (const job of slot.jobs.values()) this.here(job);
    }
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    for (let i = 0; i < Math.max(1, this.size); i++) {
      let port: RasterPort;
      try {
        port = this.spawn();
      } catch {
        continue; // no workers here: the figures are drawn in this thread
      }
      const slot: Slot = { port, jobs: new Map(), load: 0 };
      this.slots.push(slot);
      port.listen((reply) => this.answer(slot, reply), () => this.drop(slot));
    }
  }

  /** Sends `job` to the worker with the least work waiting, or draws it here when none is left. */
  private assign(job: Job): void {
    let slot: Slot | undefined;
    for (const s of this.slots) if (!slot || s.load < slot.load) slot = s;
    if (!slot) { this.here(job); return; }
    slot.jobs.set(job.id, job);
    slot.load += job.weight;
    slot.port.post({ id: job.id, request: job.request });
  }

  private answer(slot: Slot, reply: RasterReply): void {
    const job = slot.jobs.get(reply.id);
    if (!job) return;
    slot.jobs.delete(reply.id);
    slot.load -= job.weight;
    if ('png' in reply) job.resolve(reply.png);
    else job.reject(new Error(reply.error));
  }

  private drop(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    slot.port.terminate();
    const [drawing, ...waiting] = slot.jobs.values();
    if (drawing) this.here(drawing);
    for (const job of waiting) this.assign(job);
  }

  private here(job: Job): void {
    this.fallback.png(job.request).then(job.resolve, job.reject);
  }
}
