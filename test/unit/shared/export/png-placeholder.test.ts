/** The stand-ins a DOCX carries for its figures' PNGs while they are drawn (docx/pngPlaceholder.ts). */
import { describe, expect, it } from 'vitest';
import { placeholderFigure, pngPlaceholder } from '../../../../shared/export/docx/pngPlaceholder';

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
