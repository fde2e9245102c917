/**
 * The command line's rasterizer pool runs resvg in Node worker threads and draws exactly what
 * this thread draws: the same PNG bytes for the same figure.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { workerRasterizer } from '../../../../electron/node/rasterWorkers';
import { rasterRequest } from '../../../../shared/export/figure/png';
import { inThreadRasterizer } from '../../../../shared/export/figure/rasterizer';
import { FONTS } from '../../shared/export/fixtures';

const SVG = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">`
  + `<rect x="4" y="4" width="112" height="32" rx="6" fill="${colour}" stroke="#333333"/><polyline points="10,20 110,20" stroke="#ffffff" fill="none"/></svg>`;

// No drawing in this thread to fall back on: every PNG here comes from a worker.
const pool = await workerRasterizer(FONTS, 2, { png: () => Promise.reject(new Error('drawn in this thread, not by a worker')) });
afterAll(() => pool.close());

describe('figure PNGs drawn by worker threads', () => {
  it('are byte for byte the PNGs this thread draws', async () => {
    const requests = ['#0057b8', '#c0392b', '#2e7d32', '#6a1b9a'].map((c) => rasterRequest(SVG(c), { width: 120, height: 40 }, 2));
    const here = inThreadRasterizer(() => FONTS.rasterizer());
    const fromWorkers = await Promise.all(requests.map((r) => pool.png(r)));
    const fromHere = await Promise.all(requests.map((r) => here.png(r)));
    expect(fromWorkers.map((p) => Buffer.from(p).toString('base64'))).toEqual(fromHere.map((p) => Buffer.from(p).toString('base64')));
    expect(new Set(fromWorkers.map((p) => p.length)).size).toBeGreaterThan(1);
  });

  it('say what resvg refused', async () => {
    await expect(pool.png({ svg: '<svg', options: {} })).rejects.toThrow(/svg|xml|parse/i);
  });
});
