/**
 * The pool that draws a DOCX's figure PNGs in workers (figure/rasterPool.ts), with workers
 * played by fakes: figures are spread over the workers and each answer reaches its figure; a
 * worker that will not start, or dies, costs no figure (this thread draws it); a figure the
 * rasterizer refuses fails as it would in this thread.
 */
import { describe, expect, it } from 'vitest';
import type { RasterRequest } from '../../../../shared/export/figure/png';
import { RasterPool, type RasterJobMessage, type RasterPort, type RasterReply } from '../../../../shared/export/figure/rasterPool';
import type { Rasterizer } from '../../../../shared/export/figure/rasterizer';

const request = (svg: string): RasterRequest => ({ svg, options: {} });
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A fake worker: answers each job with `worker:svg` after a tick, or as `behave` says. */
class FakeWorker implements RasterPort {
  readonly jobs: string[] = [];
  terminated = false;
  private reply: ((m: RasterReply) => void) | null = null;
  private fail: ((e: unknown) => void) | null = null;
  constructor(readonly name: string, private readonly behave: (job: RasterJobMessage, w: FakeWorker) => RasterReply | 'die' = (job) => ({ id: job.id, png: bytes(`${name}:${job.request.svg}`) })) {}
  post(message: RasterJobMessage): void {
    this.jobs.push(message.request.svg);
    setTimeout(() => {
      const answer = this.behave(message, this);
      if (answer === 'die') this.fail?.(new Error('crashed'));
      else this.reply?.(answer);
    }, 1);
  }
  listen(reply: (m: RasterReply) => void, fail: (e: unknown) => void): void { this.reply = reply; this.fail = fail; }
  terminate(): void { this.terminated = true; }
}

const here: Rasterizer = { png: async (r) => bytes(`here:${r.svg}`) };

describe('the figure rasterizer pool', () => {
  it('spreads the figures over its workers and gives each figure its own PNG', async () => {
    const workers: FakeWorker[] = [];
    const pool = new RasterPool(2, () => { const w = new FakeWorker(`w${workers.length}`); workers.push(w); return w; }, here);
    const pngs = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((s) => pool.png(request(s))));
    expect(pngs.map(text).map((t) => t.split(':')[1])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => w.jobs.length >= 2)).toBe(true);
    pool.close();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('draws every figure in this thread when no worker will start', async () => {
    const pool = new RasterPool(2, () => { throw new Error('no workers here'); }, here);
    expect((await Promise.all(['a', 'b'].map((s) => pool.png(request(s))))).map(text)).toEqual(['here:a', 'here:b']);
  });

  it('draws the figure of a worker that died in this thread, and the rest with the workers left', async () => {
    let n = 0;
    const pool = new RasterPool(2, () => new FakeWorker(`w${n}`, n++ === 0 ? () => 'die' : undefined), here);
    const pngs = (await Promise.all(['a', 'b', 'c', 'd'].map((s) => pool.png(request(s))))).map(text);
    expect(pngs.map((t) => t.split(':')[1])).toEqual(['a', 'b', 'c', 'd']);
    expect(pngs[0]).toBe('here:a');
    expect(pngs.slice(1).every((t) => t.startsWith('w1:'))).toBe(true);
  });

  it('fails the figure the rasterizer refuses, with its reason, and goes on with the others', async () => {
    const pool = new RasterPool(1, () => new FakeWorker('w', (job) => (job.request.svg === 'bad' ? { id: job.id, error: 'SVG data parsing failed' } : { id: job.id, png: bytes('ok') })), here);
    const bad = pool.png(request('bad'));
    const good = pool.png(request('good'));
    await expect(bad).rejects.toThrow('SVG data parsing failed');
    expect(text(await good)).toBe('ok');
  });
});
