/**
 * A pool of workers that draw figure PNGs, one figure at a time each, in the order asked. The
 * host makes the workers (Node's worker_threads for the command line, Web Workers in the app:
 * `RasterPort` is what the pool needs of either) and this holds the queue. A worker that fails
 * (it would not start, or it crashed) is dropped and its figure drawn by `fallback` in this
 * thread instead, so a worker's trouble never costs an export; a figure resvg itself refuses
 * fails the export as it would in this thread.
 */
import type { RasterRequest } from './png';
import type { Rasterizer } from './rasterizer';

/** What the pool sends a worker, and what comes back. */
export interface RasterJobMessage { readonly id: number; readonly request: RasterRequest }
export type RasterReply = { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

/** One worker as the pool uses it. */
export interface RasterPort {
  post(message: RasterJobMessage): void;
  /** Calls `reply` with each answer, and `fail` once if the worker dies or will not start. */
  listen(reply: (message: RasterReply) => void, fail: (error: unknown) => void): void;
  terminate(): void;
}

interface Job {
  readonly id: number;
  readonly request: RasterRequest;
  readonly resolve: (png: Uint8Array) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot { readonly port: RasterPort; job: Job | null }

export class RasterPool implements Rasterizer {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private next = 1;
  private started = false;

  constructor(
    private readonly size: number,
    private readonly spawn: () => RasterPort,
    private readonly fallback: Rasterizer,
  ) {}

  png(request: RasterRequest): Promise<Uint8Array> {
    this.start();
    if (this.slots.length === 0) return this.fallback.png(request);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.next++, request, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; figures still queued are drawn in this thread. */
  close(): void {
    for (const slot of this.slots.splice(0)) {
      slot.port.terminate();
      if (slot.job) this.redo(slot.job);
    }
    for (const job of this.queue.splice(0)) this.redo(job);
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
      const slot: Slot = { port, job: null };
      this.slots.push(slot);
      port.listen((reply) => this.answer(slot, reply), () => this.drop(slot));
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.port.post({ id: job.id, request: job.request });
    }
  }

  private answer(slot: Slot, reply: RasterReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    slot.job = null;
    if ('png' in reply) job.resolve(reply.png);
    else job.reject(new Error(reply.error));
    this.dispatch();
  }

  private drop(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    slot.port.terminate();
    if (slot.job) this.redo(slot.job);
    if (this.slots.length === 0) for (const job of this.queue.splice(0)) this.redo(job);
  }

  private redo(job: Job): void {
    this.fallback.png(job.request).then(job.resolve, job.reject);
  }
}
