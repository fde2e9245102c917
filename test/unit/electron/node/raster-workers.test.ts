/**
 * The command line's rasterizer pool runs resvg in Node worker threads, the native build where
 * it loads and the WebAssembly build otherwise, and either draws exactly what this thread
 * draws: the same PNG bytes for the same figure.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { nativeResvgAvailable, workerRasterizer, type ResvgBuild } from '../../../../electron/node/rasterWorkers';
import { rasterRequest } from '../../../../shared/export/figure/png';
import { inThreadRasterizer } from '../../../../shared/export/figure/rasterizer';
import { figureToSvg } from '../../../../shared/export/figure/svg';
import { svgOutlinedText } from '../../../../shared/export/figure/svgOutlines';
import type { Figure, Shape } from '../../../../shared/report/types';
import { FONTS, typesetterForFigures } from '../../shared/export/fixtures';

const SVG = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">`
  + `<rect x="4" y="4" width="112" height="32" rx="6" fill="${colour}" stroke="#333333"/><polyline points="10,20 110,20" stroke="#ffffff" fill="none"/>`
  + `<path d="M10 34 Q60 2 110 34" stroke="#111111" stroke-width="0.7" fill="none"/></svg>`;

// No drawing in this thread to fall back on: every PNG here comes from a worker.
const notHere = { png: () => Promise.reject(new Error('drawn in this thread, not by a worker')) };
const pools = new Map<ResvgBuild, Awaited<ReturnType<typeof workerRasterizer>>>();
const poolOf = async (build: ResvgBuild) => {
  if (!pools.has(build)) pools.set(build, await workerRasterizer(FONTS, { size: 2, fallback: notHere, build }));
  return pools.get(build)!;
};
afterAll(() => { for (const pool of pools.values()) pool.close(); });

const base64 = (pngs: readonly Uint8Array[]) => pngs.map((p) => Buffer.from(p).toString('base64'));

/** Boxes, curves and labels in every script, some bold, as a DOCX's figure PNG draws them (text as outlines, crisp edges). */
const LABELS = ['Approve invoice', 'Ελληνικά', 'Кириллица', 'שלום עולם', 'مرحبا بالعالم', '审批发票', '請求書の承認', '송장 승인', 'อนุมัติใบแจ้งหนี้', 'चालान स्वीकृत', 'Ready ✅ 🚀'];
const FIGURE: Figure = {
  width: 320, height: LABELS.length * 22 + 10,
  shapes: LABELS.flatMap((text, i): Shape[] => [
    { kind: 'rect', x: 4, y: 4 + i * 22, w: 150, h: 18, fill: i % 3 === 0 ? '#1f3a5f' : '#eef2f7', stroke: { color: '#5b6b7f', width: 0.75 }, radius: i % 2 === 0 ? 4 : 0 },
    { kind: 'text', x: 10, y: 8 + i * 22, text, size: 7.5 + (i % 4), color: i % 3 === 0 ? '#ffffff' : '#111111', bold: i % 2 === 1 },
    { kind: 'polyline', points: [[160, 13 + i * 22], [240, 13 + i * 22 + (i % 3) * 4], [316, 13 + i * 22]], stroke: { color: '#c0392b', width: 0.8, ...(i % 2 ? { dash: [2, 1] } : {}) }, arrow: i % 2 === 0 },
  ]),
};

describe('figure PNGs drawn by worker threads', () => {
  it('are the same bytes from resvg\'s native build as from its WebAssembly build, for a figure with every script, outlines and curves', async () => {
    const fonts = await typesetterForFigures(FIGURE);
    const request = rasterRequest(figureToSvg(FIGURE, svgOutlinedText(fonts), { title: 'Every script', crisp: true }), FIGURE, 2);
    const [native, wasm] = await Promise.all([poolOf('native'), poolOf('wasm')]);
    const [a, b] = await Promise.all([native.png(request), wasm.png(request)]);
    expect(a.length).toBeGreaterThan(10_000);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('come from the native build of resvg on this platform', () => {
    expect(nativeResvgAvailable()).toBe(true);
  });

  it.each<ResvgBuild>(['native', 'wasm'])('are byte for byte the PNGs this thread draws, with resvg\'s %s build', async (build) => {
    const pool = await poolOf(build);
    const requests = ['#0057b8', '#c0392b', '#2e7d32', '#6a1b9a'].map((c) => rasterRequest(SVG(c), { width: 120, height: 40 }, 2));
    const here = inThreadRasterizer(() => FONTS.rasterizer());
    const fromWorkers = await Promise.all(requests.map((r) => pool.png(r)));
    const fromHere = await Promise.all(requests.map((r) => here.png(r)));
    expect(base64(fromWorkers)).toEqual(base64(fromHere));
    expect(new Set(fromWorkers.map((p) => p.length)).size).toBeGreaterThan(1);
  });

  it.each<ResvgBuild>(['native', 'wasm'])('say what resvg\'s %s build refused', async (build) => {
    const pool = await poolOf(build);
    await expect(pool.png({ svg: '<svg', options: {}, pixels: 1 })).rejects.toThrow(/svg|xml|parse/i);
  });
});
