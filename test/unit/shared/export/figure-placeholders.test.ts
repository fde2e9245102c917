/** The stand-ins a DOCX carries for its figures' PNGs and SVGs while they are drawn (docx/figurePlaceholders.ts). */
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { placeholderFigure, pngPlaceholder, svgPlaceholder, svgPlaceholderFigure } from '../../../../shared/export/docx/figurePlaceholders';

describe('a figure PNG stand-in', () => {
  it('is a PNG, different for each figure, and says which figure it stands for', () => {
    const ids = [1, 2, 37, 100000];
    const stand = ids.map(pngPlaceholder);
    for (const s of stand) expect([...s.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(new Set(stand.map((s) => s.join(','))).size).toBe(ids.length);
    expect(stand.map(placeholderFigure)).toEqual(ids);
  });

  it('is never taken for a real picture, or a real picture for one', () => {
    const real = pngPlaceholder(3).slice(0, 70);
    expect(placeholderFigure(real)).toBeNull();
    const longer = new Uint8Array(200);
    longer.set(pngPlaceholder(3));
    expect(placeholderFigure(longer)).toBeNull();
    const edited = pngPlaceholder(3);
    edited[20] = 2;
    expect(placeholderFigure(edited)).toBeNull();
  });
});

describe('a figure SVG stand-in', () => {
  it('is an SVG, different for each figure, and says which figure it stands for', () => {
    const ids = [1, 2, 37, 100000];
    const stand = ids.map(svgPlaceholder);
    for (const s of stand) expect(new TextDecoder().decode(s)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*\/>$/);
    expect(new Set(stand.map((s) => s.join(','))).size).toBe(ids.length);
    expect(stand.map(svgPlaceholderFigure)).toEqual(ids);
  });

  it('is never taken for a real drawing, or a real drawing for one', () => {
    const drawing = '<svg xmlns="http://www.w3.org/2000/svg" id="sprintbook-figure-3"><rect width="1" height="1"/></svg>';
    expect(svgPlaceholderFigure(strToU8(drawing))).toBeNull();
    expect(svgPlaceholderFigure(strToU8('<svg xmlns="http://www.w3.org/2000/svg" id="figure-3"/>'))).toBeNull();
    expect(svgPlaceholderFigure(pngPlaceholder(3))).toBeNull();
    expect(placeholderFigure(svgPlaceholder(3))).toBeNull();
  });
});
