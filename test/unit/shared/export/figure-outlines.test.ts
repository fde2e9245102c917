/**
 * The DOCX's figure pictures draw their text as glyph outlines (figure/svgOutlines.ts), so the
 * rasterizer needs no fonts. The outlines must draw every label in every script, where the PDF
 * puts it, and look like the same text drawn from the fonts.
 */
import { Resvg } from '@resvg/resvg-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRasterizer, svgToPng } from '../../../../shared/export/figure/png';
import { figureToSvg } from '../../../../shared/export/figure/svg';
import { svgOutlinedText } from '../../../../shared/export/figure/svgOutlines';
import { svgShapedText } from '../../../../shared/export/figure/svgText';
import { layoutTextShape } from '../../../../shared/export/figure/textLayout';
import type { Typesetter } from '../../../../shared/export/fonts/typesetter';
import type { Figure, TextShape } from '../../../../shared/report/types';
import { FONTS, typesetterForFigures } from './fixtures';
import { pngSize } from './helpers';

const LABELS = [
  'Approve invoice', 'Ελληνικά', 'Кириллица', 'שלום עולם', 'مرحبا بالعالم', '审批发票', '請求書の承認', '송장 승인',
  'อนุมัติใบแจ้งหนี้', 'चालान स्वीकृत', 'Ready ✅ 🚀',
];

/** One label per row, 14 pt, black on white, every other one bold. */
const FIGURE: Figure = {
  width: 300, height: LABELS.length * 24 + 8,
  shapes: LABELS.map((text, i): TextShape => ({ kind: 'text', x: 10, y: 6 + i * 24, text, size: 14, color: '#000000', bold: i % 2 === 1 })),
};

let fonts: Typesetter;
beforeAll(async () => {
  fonts = await typesetterForFigures(FIGURE);
  await loadRasterizer(() => FONTS.rasterizer());
}, 60_000);

/** Pixels of `svg` at 2 px per point, RGBA, drawn with `fontBuffers` (none: outlines only). */
function pixels(svg: string, fontBuffers: Uint8Array[] = []): Uint8Array {
  const r = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: '#ffffff', font: { fontBuffers, loadSystemFonts: false } });
  try {
    const image = r.render();
    try { return new Uint8Array(image.pixels); } finally { image.free(); }
  } finally { r.free(); }
}

/** How many pixels of a row band are darker than mid-grey. */
function inkIn(p: Uint8Array, top: number, bottom: number): number {
  const width = FIGURE.width * 2;
  let ink = 0;
  for (let y = Math.max(0, Math.floor(top * 2)); y < Math.ceil(bottom * 2); y++) for (let x = 0; x < width; x++) if (p[(y * width + x) * 4]! < 128) ink++;
  return ink;
}

describe('figure text as outlines', () => {
  it('has no text element, and every glyph it draws is defined in the same SVG', () => {
    const svg = figureToSvg(FIGURE, svgOutlinedText(fonts), { title: 'Labels' });
    expect(svg).not.toContain('<text');
    const used = new Set([...svg.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!));
    const defined = new Set([...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
  });

  it('defines each glyph once per figure, and again in the next figure that uses it', () => {
    const outlines = svgOutlinedText(fonts);
    const first = figureToSvg(FIGURE, outlines, { title: 'First' });
    const second = figureToSvg(FIGURE, outlines, { title: 'Second' });
    const ids = (svg: string): string[] => [...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids(first)).size).toBe(ids(first).length);
    expect(ids(second)).toEqual(ids(first));
  });

  it.each(LABELS.map((label, i) => [label, i]))('draws “%s” where the PDF sets it', (_label, i) => {
    const shape = FIGURE.shapes[i] as TextShape;
    const [line] = layoutTextShape(shape, fonts);
    const p = pixels(figureToSvg(FIGURE, svgOutlinedText(fonts), { title: 'Labels' }));
    // Ink within the line's ascent and descent, none in the gap above it.
    expect(inkIn(p, line!.baseline - fonts.ascent * shape.size, line!.baseline + fonts.descent * shape.size)).toBeGreaterThan(40);
    expect(inkIn(p, shape.y - 4, shape.y)).toBe(0);
  });

  it('looks like the same labels drawn from the fonts', () => {
    const outlined = pixels(figureToSvg(FIGURE, svgOutlinedText(fonts), { title: 'Labels' }));
    const faces = [...fonts.faces.values()].map((f) => f.bytes);
    const fromFonts = pixels(figureToSvg(FIGURE, svgShapedText(fonts), { title: 'Labels' }), faces);
    // Only the Latin, Greek and Cyrillic rows: resvg shapes the others its own way, the reason for outlines.
    const rows = 3 * 24 * 2 * FIGURE.width * 2 * 4;
    let diff = 0, ink = 0;
    for (let i = 0; i < rows; i += 4) {
      diff += Math.abs(outlined[i]! - fromFonts[i]!) / 255;
      ink += (255 - fromFonts[i]!) / 255;
    }
    expect(ink).toBeGreaterThan(1000);
    expect(diff / ink).toBeLessThan(0.1);
  });

  it('rasterizes with no fonts at all into a PNG of the asked size', () => {
    const png = svgToPng(figureToSvg(FIGURE, svgOutlinedText(fonts), { title: 'Labels' }), FIGURE, 2).png;
    expect(pngSize(png)).toEqual({ width: 600, height: FIGURE.height * 2 });
  });
});
