/**
 * The size a figure is set at: never larger than drawn on a portrait page, shrunk to fit its
 * room, and grown to fill a landscape page it has to itself (a small workflow map), by at most
 * a third or so, so its 7-point labels read at about 9.
 */
import { describe, expect, it } from 'vitest';
import { blockScale } from '../../../../shared/export/figure/geometry';
import type { FigureBlock } from '../../../../shared/report';

const block = (width: number, height: number, orientation?: 'portrait' | 'landscape'): FigureBlock => ({
  type: 'figure', figure: { width, height, shapes: [] }, caption: 'A map', altText: 'A map', ...(orientation ? { orientation } : {}),
});

describe('a figure on its page', () => {
  it('keeps its drawn size on a portrait page with room to spare', () => {
    expect(blockScale(block(300, 200), 480, 700)).toBe(1);
  });

  it('shrinks to fit the room when it is larger, whatever the page', () => {
    expect(blockScale(block(960, 200), 480, 700)).toBe(0.5);
    expect(blockScale(block(1500, 400, 'landscape'), 750, 500)).toBe(0.5);
  });

  it('grows on a landscape page, by at most 1.35', () => {
    expect(blockScale(block(400, 200, 'landscape'), 750, 500)).toBe(1.35);
  });

  it('grows on a landscape page only as far as the page is tall', () => {
    expect(blockScale(block(500, 400, 'landscape'), 750, 480)).toBeCloseTo(1.2);
  });
});
