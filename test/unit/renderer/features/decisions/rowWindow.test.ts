import { describe, expect, it } from 'vitest';
import { rowTop, rowWindow } from '../../../../../renderer/features/decisions/register/rowWindow';

const rows = (n: number, h = 100) => Array.from({ length: n }, () => h);

describe('the window of register rows to render', () => {
  it('renders the rows in view and a margin beyond, with spacers for the rest', () => {
    expect(rowWindow(rows(300), 0, 600, 200)).toEqual({ start: 0, end: 8, above: 0, below: 29200 });
    expect(rowWindow(rows(300), 5000, 600, 200)).toEqual({ start: 48, end: 58, above: 4800, below: 24200 });
  });

  it('keeps the spacers and rows adding up to the whole height, whatever the scroll', () => {
    const heights = [120, 80, 150, 90, 100, 60, 200, 100];
    for (const scrollTop of [0, 100, 333, 700, 900]) {
      const w = rowWindow(heights, scrollTop, 150, 50);
      const rendered = heights.slice(w.start, w.end).reduce((a, b) => a + b, 0);
      expect(w.above + rendered + w.below).toBe(900);
      expect(w.above).toBe(rowTop(heights, w.start));
    }
  });

  it('renders every row when the view has no bounds (nothing laid out)', () => {
    expect(rowWindow(rows(12), 0, Number.POSITIVE_INFINITY, 250)).toEqual({ start: 0, end: 12, above: 0, below: 0 });
  });

  it('says where a row starts from the heights before it', () => {
    expect(rowTop([120, 80, 150], 0)).toBe(0);
    expect(rowTop([120, 80, 150], 2)).toBe(200);
    expect(rowTop([120, 80, 150], 3)).toBe(350);
  });
});
