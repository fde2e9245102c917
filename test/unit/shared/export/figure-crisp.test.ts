/**
 * The PNG fallback's SVG draws square rectangles and lines that run only across or down without
 * anti-aliasing (sharper, and a quarter less rasterizing); anything curved or slanted keeps it,
 * and the SVG a reader scales carries no such hint.
 */
import { describe, expect, it } from 'vitest';
import { figureToSvg } from '../../../../shared/export/figure/svg';
import { svgMeasuredText } from '../../../../shared/export/figure/svgText';
import type { Figure } from '../../../../shared/report/types';

const stroke = { color: '#333333', width: 1 };
const FIGURE: Figure = {
  width: 200, height: 100,
  shapes: [
    { kind: 'rect', x: 10, y: 10, w: 50, h: 20, fill: '#eeeeee', stroke },
    { kind: 'rect', x: 70, y: 10, w: 50, h: 20, radius: 6, fill: '#eeeeee', stroke },
    { kind: 'polyline', points: [[10, 50], [60, 50], [60, 90]], stroke, arrow: true },
    { kind: 'polyline', points: [[100, 50], [150, 90]], stroke },
  ],
};

const crispOf = (svg: string): string[] => [...svg.matchAll(/<(\w+) shape-rendering="crispEdges"/g)].map((m) => m[1]!);

describe('crisp edges in a figure’s SVG', () => {
  it('marks the square rectangle and the right-angled connector’s shaft, not the rounded one, the diagonal or the arrowhead', () => {
    expect(crispOf(figureToSvg(FIGURE, svgMeasuredText(() => 10, 'sans-serif'), { title: 'F', crisp: true }))).toEqual(['rect', 'polyline']);
  });

  it('marks nothing unless asked', () => {
    expect(crispOf(figureToSvg(FIGURE, svgMeasuredText(() => 10, 'sans-serif'), { title: 'F' }))).toEqual([]);
  });
});
