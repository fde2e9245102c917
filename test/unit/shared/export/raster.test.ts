/** The pure-TypeScript rasterizer and PNG encoder behind DOCX figures. */
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../../../shared/report/types';
import type { Typesetter } from '../../../../shared/export/fonts/typesetter';
import { rasterizeFigure } from '../../../../shared/export/figure/raster/index';
import { Rasterizer } from '../../../../shared/export/figure/raster/rasterizer';
import { layoutTextShape } from '../../../../shared/export/figure/textLayout';
import { arrowFor, dashPolyline } from '../../../../shared/export/figure/geometry';
import { bigFigure, smallFigure, typesetterForTexts } from './fixtures';

let fonts: Typesetter;
beforeAll(async () => {
  const labels = [smallFigure(), bigFigure(60)].flatMap((f) => f.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : [])));
  fonts = await typesetterForTexts([...labels, 'ЖЖЖ', 'one two', 'A long node label that wraps onto more lines than allowed', '…', 'مرحلة التوسع', 'फ़ॉन्ट']);
});

/** Decodes an 8-bit RGB PNG (any filter types) back to pixels; node:zlib checks the stream's Adler-32 too. */
function decode(png: Uint8Array): { width: number; height: number; at(x: number, y: number): [number, number, number] } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let off = 8;
  let width = 0, height = 0;
  const idat: Uint8Array[] = [];
  while (off < png.length) {
    const len = view.getUint32(off);
    const type = String.fromCharCode(...png.subarray(off + 4, off + 8));
    if (type === 'IHDR') { width = view.getUint32(off + 8); height = view.getUint32(off + 12); }
    if (type === 'IDAT') idat.push(png.subarray(off + 8, off + 8 + len));
    off += 12 + len;
  }
  const raw = new Uint8Array(inflateSync(Buffer.concat(idat)));
  const stride = width * 3;
  expect(raw.length).toBe((stride + 1) * height);
  const rgb = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    expect(filter).toBeLessThanOrEqual(4);
    for (let i = 0; i < stride; i++) {
      const a = i >= 3 ? rgb[y * stride + i - 3]! : 0;
      const b = y > 0 ? rgb[(y - 1) * stride + i]! : 0;
      const c = i >= 3 && y > 0 ? rgb[(y - 1) * stride + i - 3]! : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      rgb[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + predictor) & 255;
    }
  }
  return { width, height, at: (x, y) => [rgb[(y * width + x) * 3]!, rgb[(y * width + x) * 3 + 1]!, rgb[(y * width + x) * 3 + 2]!] };
}

describe('figure rasterizing', () => {
  it('writes a valid PNG of the figure at the requested pixel density', () => {
    const out = rasterizeFigure(smallFigure(), fonts, 2);
    expect([...out.png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const img = decode(out.png);
    expect([img.width, img.height]).toEqual([1040, 360]);
  });

  it('fills shapes with their colours and leaves the background white', () => {
    const fig: Figure = {
      width: 100, height: 50, shapes: [
        { kind: 'rect', x: 10, y: 10, w: 30, h: 30, fill: '#ff0000' },
        { kind: 'ellipse', cx: 75, cy: 25, rx: 15, ry: 15, fill: '#0000ff', stroke: { color: '#000000', width: 2 } },
      ],
    };
    const img = decode(rasterizeFigure(fig, fonts, 2).png);
    expect(img.at(50, 50)).toEqual([255, 0, 0]);
    expect(img.at(150, 50)).toEqual([0, 0, 255]);
    expect(img.at(150, 20)).toEqual([0, 0, 0]); // on the ellipse's stroke (top at y = 10 pt)
    expect(img.at(2, 2)).toEqual([255, 255, 255]);
    // Anti-aliased edge: a black rectangle covering three quarters of a pixel leaves a quarter of its white.
    const edge = decode(rasterizeFigure({ width: 10, height: 10, shapes: [{ kind: 'rect', x: 2.25, y: 0, w: 5, h: 10, fill: '#000000' }] }, fonts, 1).png);
    expect(edge.at(2, 5)[0]).toBeGreaterThanOrEqual(60);
    expect(edge.at(2, 5)[0]).toBeLessThanOrEqual(68);
  });

  it('joins an arrowhead to its shaft whichever way the line runs', () => {
    // Shaft and head are painted as one path: a shaft wound the other way than the head would
    // cancel it where they overlap (the shaft ends 11.2 px before the tip, the head is 14 px long).
    const directions: [number, number, number, number][] = [[10, 50, 90, 50], [90, 50, 10, 50], [50, 10, 50, 90], [50, 90, 50, 10]];
    for (const [x0, y0, x1, y1] of directions) {
      for (const dash of [undefined, [6, 2]]) {
        const fig: Figure = {
          width: 100, height: 100,
          shapes: [{ kind: 'polyline', points: [[x0, y0], [x1, y1]], arrow: true, stroke: { color: '#0000ff', width: 4, ...(dash ? { dash } : {}) } }],
        };
        const img = decode(rasterizeFigure(fig, fonts, 1).png);
        const ux = Math.sign(x1 - x0), uy = Math.sign(y1 - y0);
        const [px, py] = [Math.floor(x1 - ux * 12.6), Math.floor(y1 - uy * 12.6)];
        expect(img.at(px, py), `${x0},${y0} → ${x1},${y1}${dash ? ' dashed' : ''}`).toEqual([0, 0, 255]);
      }
    }
  });

  it('draws text glyphs in the text colour', () => {
    const fig: Figure = { width: 60, height: 20, shapes: [{ kind: 'text', x: 2, y: 2, text: 'ЖЖЖ', size: 14, color: '#00aa00', bold: true }] };
    const img = decode(rasterizeFigure(fig, fonts, 2).png);
    let green = 0;
    for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (img.at(x, y).join() === '0,170,0') green++;
    expect(green).toBeGreaterThan(50);
  });

  it('draws a right-to-left label with its shaped glyphs, right to left', () => {
    const shape = { kind: 'text', x: 2, y: 2, text: 'مرحلة التوسع', size: 14, color: '#aa0000' } as const;
    const [placed] = layoutTextShape(shape, fonts);
    expect(placed!.line.runs.map((r) => [r.face.family.id, r.rtl])).toEqual([['arabic', true]]);
    const img = decode(rasterizeFigure({ width: 120, height: 24, shapes: [shape] }, fonts, 2).png);
    let red = 0;
    for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (img.at(x, y)[0] > 150 && img.at(x, y)[1] < 100) red++;
    expect(red).toBeGreaterThan(100);
  });

  it('clips shapes that reach past the figure, including edges ending exactly on its border', () => {
    const fig: Figure = {
      width: 40, height: 20, shapes: [
        { kind: 'polygon', points: [[-10, 0], [40, 10], [60, 20], [20, 25]], fill: '#336699' },
        { kind: 'polyline', points: [[50, 5], [40, 5], [-5, 15]], stroke: { color: '#000000', width: 2 }, arrow: true },
      ],
    };
    const img = decode(rasterizeFigure(fig, fonts, 1).png);
    expect([img.width, img.height]).toEqual([40, 20]);
  });

  it('gives the same bytes for the same figure', () => {
    expect(rasterizeFigure(smallFigure(), fonts, 2).png).toEqual(rasterizeFigure(smallFigure(), fonts, 2).png);
  });

  it('draws the same image on a reused canvas as on a fresh one, whatever was drawn before', () => {
    const canvas = new Rasterizer(1, 1);
    const big = rasterizeFigure(bigFigure(60), fonts, 1.5, { canvas }).png;
    const small = rasterizeFigure(smallFigure(), fonts, 1.3, { canvas }).png;
    expect(small).toEqual(rasterizeFigure(smallFigure(), fonts, 1.3).png);
    expect(rasterizeFigure(bigFigure(60), fonts, 1.5, { canvas }).png).toEqual(big);
  });

  it('states the displayed resolution in the PNG, so the image knows its printed size', () => {
    const png = rasterizeFigure(smallFigure(), fonts, 1, { displayScale: 0.5 }).png;
    const view = new DataView(png.buffer, png.byteOffset);
    let off = 8;
    while (String.fromCharCode(...png.subarray(off + 4, off + 8)) !== 'pHYs') off += 12 + view.getUint32(off);
    // 1 pixel per figure point, shown at half size: 2 pixels per displayed point, 144 per inch.
    expect(Math.round(view.getUint32(off + 8) * 0.0254)).toBe(144);
  });
});

describe('figure geometry shared by PDF and DOCX', () => {
  it('centres wrapped lines vertically in a box when given its height', () => {
    const shape = { kind: 'text', x: 0, y: 100, text: 'one two', size: 10, color: '#000000', maxWidth: 25, boxHeight: 60 } as const;
    const lines = layoutTextShape(shape, fonts);
    const unboxed = layoutTextShape({ ...shape, boxHeight: undefined }, fonts);
    expect(lines).toHaveLength(2);
    // Two lines of 12 points in a 60-point box leave 18 points above and below.
    expect(lines[0]!.baseline - unboxed[0]!.baseline).toBeCloseTo(18, 6);
  });

  it('puts the arrowhead tip on the last point and pulls the shaft back', () => {
    const arrow = arrowFor({ kind: 'polyline', points: [[0, 0], [100, 0]], stroke: { color: '#000000', width: 1 }, arrow: true })!;
    expect(arrow.head[0]).toEqual([100, 0]);
    expect(arrow.shaft[arrow.shaft.length - 1]![0]).toBeLessThan(100);
  });

  it('cuts dashes of the pattern length', () => {
    const dashes = dashPolyline([[0, 0], [20, 0]], [4, 2]);
    expect(dashes).toHaveLength(4);
    expect(dashes[0]).toEqual([[0, 0], [4, 0]]);
  });

  it('wraps, clamps and centres a label the same way for both renderers', () => {
    const lines = layoutTextShape({ kind: 'text', x: 50, y: 0, text: 'A long node label that wraps onto more lines than allowed', size: 8, color: '#000000', align: 'center', maxWidth: 80, maxLines: 2 }, fonts);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.text.endsWith('…')).toBe(true);
    for (const l of lines) {
      expect(l.width).toBeLessThanOrEqual(80);
      expect(l.x + l.width / 2).toBeCloseTo(50, 6);
    }
  });
});
