/**
 * The pool that draws a DOCX's figure PNGs in workers (figure/rasterPool.ts), with workers
 * played by fakes: figures are spread over the workers the moment they are asked for, by the
 * work each worker has waiting, and each answer reaches its figure; a worker that will not
 * start, or dies, costs no figure (this thread draws the one it was drawing, the workers left
 * the rest); a figure the rasterizer refuses fails as it would in this thread.
 */
import { describe, expect, it } from 'vitest';
import type { RasterRequest } from '../../../../shared/export/figure/png';
import { RasterPool, type RasterJobMessage, type RasterPort, type RasterReply } from '../../../../shared/export/figure/rasterPool';
import type { Rasterizer } from '../../../../shared/export/figure/rasterizer';

const request = (svg: string, pixels = 100): RasterRequest => ({ svg, options: {}, pixels });
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

  it('sends every figure at once, without waiting for a worker to answer the one before', () => {
    const workers: FakeWorker[] = [];
    // Workers that never answer: whatever they were sent, they were sent up front.
    const pool = new RasterPool(2, () => { const w = new FakeWorker(`w${workers.length}`, () => 'die'); w.post = (m) => { w.jobs.push(m.request.svg); }; workers.push(w); return w; }, here);
    for (const s of ['a', 'b', 'c', 'd', 'e', 'f']) void pool.png(request(s));
    expect(workers.map((w) => w.jobs)).toEqual([['a', 'c', 'e'], ['b', 'd', 'f']]);
  });

  it('gives each figure to the worker with the least work waiting, pixels and SVG alike', () => {
    const workers: FakeWorker[] = [];
    const pool = new RasterPool(2, () => { const w = new FakeWorker(`w${workers.length}`); w.post = (m) => { w.jobs.push(m.request.svg); }; workers.push(w); return w; }, here);
    void pool.png(request('map', 1_000_000));
    for (const s of ['chart1', 'chart2', 'chart3']) void pool.png(request(s, 200_000));
    void pool.png(request('x'.repeat(700_000), 0));
    expect(workers[0]!.jobs).toEqual(['map']);
    expect(workers[1]!.jobs.map((j) => j.slice(0, 6))).toEqual(['chart1', 'chart2', 'chart3', 'xxxxxx']);
  });

  it('draws every figure in this thread when no worker will start', async () => {
    const pool = new RasterPool(2, () => { throw new Error('no workers here'); }, here);
    expect((await Promise.all(['a', 'b'].map((s) => pool.png(request(s))))).map(text)).toEqual(['here:a', 'here:b']);
  });

  it('draws the figure a worker died on in this thread, and gives the ones it had waiting to the workers left', async () => {
    let n = 0;
    const workers: FakeWorker[] = [];
    const pool = new RasterPool(2, () => { const w = new FakeWorker(`w${n}`, n++ === 0 ? () => 'die' : undefined); workers.push(w); return w; }, here);
    const pngs = (await Promise.all(['a', 'b', 'c', 'd'].map((s) => pool.png(request(s))))).map(text);
    expect(pngs.map((t) => t.split(':')[1])).toEqual(['a', 'b', 'c', 'd']);
    expect(workers[0]!.jobs).toEqual(['a', 'c']);
    expect(pngs[0]).toBe('here:a');
    expect(pngs.slice(1).every((t) => t.startsWith('w1:'))).toBe(true);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('fails the figure the rasterizer refuses, with its reason, and goes on with the others', async () => {
    const pool = new RasterPool(1, () => new FakeWorker('w', (job) => (job.request.svg === 'bad' ? { id: job.id, error: 'SVG data parsing failed' } : { id: job.id, png: bytes('ok') })), here);
    const bad = pool.png(request('bad'));
    const good = pool.png(request('good'));
    await expect(bad).rejects.toThrow('SVG data parsing failed');
    expect(text(await good)).toBe('ok');
  });
});
