/** The PNG scanline deflate: whatever the pixels, a standard zlib stream that inflates to exactly them. */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { codeLengths, zlibScanlines } from '../../../../shared/export/figure/raster/deflate';

/** The scanlines the stream must hold: filter byte 0, then r, g, b of each pixel. */
function scanlines(pixels: Uint32Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array((width * 3 + 1) * height);
  let o = 0;
  for (let y = 0; y < height; y++) {
    out[o++] = 0;
    for (let x = 0; x < width; x++) {
      const v = pixels[y * width + x]!;
      out[o++] = v & 255; out[o++] = (v >> 8) & 255; out[o++] = v >>> 16;
    }
  }
  return out;
}

/** node:zlib checks the header and the Adler-32 as well as the data. */
function roundTrips(pixels: Uint32Array, width: number, height: number): void {
  const z = zlibScanlines(pixels, width, height);
  expect(Buffer.from(inflateSync(z)).equals(Buffer.from(scanlines(pixels, width, height)))).toBe(true);
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

describe('the scanline deflate', () => {
  it('round-trips noise, which has nothing to match', () => {
    const next = lcg(1);
    const px = Uint32Array.from({ length: 97 * 61 }, () => next() & 0xffffff);
    roundTrips(px, 97, 61);
  });

  it('round-trips one colour, in runs far longer than a match', () => {
    roundTrips(new Uint32Array(700 * 40).fill(0xffffff), 700, 40);
  });

  it('round-trips repeated rows, tiles and a few colours, as diagrams have', () => {
    const next = lcg(7);
    const w = 300, h = 120;
    const px = new Uint32Array(w * h);
    const palette = [0xffffff, 0x4d3217, 0xe2efdc, 0x2933f1, 0x808080];
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const tile = ((x % 13) * 7 + (y % 5) * 3) % 11;
        px[y * w + x] = y % 17 === 3 ? px[(y - 1) * w + x]! : tile < 5 ? palette[tile]! : (next() % 3 === 0 ? next() & 0xffffff : palette[0]!);
      }
    }
    roundTrips(px, w, h);
  });

  it('round-trips the edge cases: one pixel, one row, one column', () => {
    roundTrips(Uint32Array.of(0x123456), 1, 1);
    roundTrips(Uint32Array.from({ length: 1000 }, (_, i) => (i >> 4) * 0x010203), 1000, 1);
    roundTrips(Uint32Array.from({ length: 1000 }, (_, i) => (i >> 3) & 1 ? 0 : 0xffffff), 1, 1000);
  });

  it('round-trips rows longer than deflate looks back (no match with the row above is possible)', () => {
    const w = 12_000, h = 3;
    const px = new Uint32Array(w * h);
    for (let i = 0; i < px.length; i++) px[i] = ((i % w) >> 5) & 1 ? 0x102030 : 0xfefdfc;
    roundTrips(px, w, h);
  });

  it('compresses a flat diagram to a small fraction of its pixels', () => {
    const w = 400, h = 300;
    const px = new Uint32Array(w * h).fill(0xffffff);
    for (let y = 40; y < 80; y++) px.fill(0x4d3217, y * w + 50, y * w + 350);
    expect(zlibScanlines(px, w, h).length).toBeLessThan(w * h * 3 / 200);
  });

  it('is deterministic', () => {
    const next = lcg(3);
    const px = Uint32Array.from({ length: 200 * 50 }, () => (next() % 4 === 0 ? next() & 0xffffff : 0xffffff));
    expect(zlibScanlines(px, 200, 50)).toEqual(zlibScanlines(px, 200, 50));
  });
});

describe('Huffman code lengths', () => {
  /** Kraft sum 1: a complete prefix code, which every inflater accepts. */
  const kraft = (lengths: Uint8Array): number => lengths.reduce((s, l) => s + (l ? 2 ** -l : 0), 0);

  it('stay within the limit even for frequencies that would make a very deep tree', () => {
    const fib = [1, 1];
    while (fib.length < 40) fib.push(fib[fib.length - 1]! + fib[fib.length - 2]!);
    const lengths = codeLengths(fib, 15);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(15);
    expect(kraft(lengths)).toBe(1);
  });

  it('make a complete code of one bit each when only one symbol is used', () => {
    const freq = new Uint32Array(30);
    freq[4] = 9;
    const lengths = codeLengths(freq, 15);
    expect(lengths[4]).toBe(1);
    expect(kraft(lengths)).toBe(1);
  });
});
