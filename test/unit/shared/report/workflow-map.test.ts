import { describe, expect, it } from 'vitest';
import { clipPolyline, route } from '../../../../shared/report/figures/workflow-map';

describe('routing connectors on the map', () => {
  it('goes sideways with one vertical jog when the target is to the right', () => {
    expect(route({ x: 0, y: 0, w: 100, h: 50 }, { x: 200, y: 100, w: 100, h: 50 })).toEqual([[100, 25], [150, 25], [150, 125], [200, 125]]);
  });

  it('goes down between the boxes when they overlap horizontally', () => {
    expect(route({ x: 0, y: 0, w: 100, h: 50 }, { x: 20, y: 100, w: 100, h: 50 })).toEqual([[50, 50], [50, 75], [70, 75], [70, 100]]);
  });
});

describe('cutting a connector at the edges of a strip', () => {
  it('keeps a line that stays inside whole', () => {
    expect(clipPolyline([[10, 0], [50, 0], [50, 40], [90, 40]], 0, 100)).toEqual([[[10, 0], [50, 0], [50, 40], [90, 40]]]);
  });

  it('cuts a line that leaves the strip at the edge', () => {
    expect(clipPolyline([[10, 0], [150, 0], [150, 40], [190, 40]], 0, 100)).toEqual([[[10, 0], [100, 0]]]);
  });

  it('keeps the part of a line that enters from the left', () => {
    expect(clipPolyline([[-50, 0], [50, 0], [50, 40], [90, 40]], 0, 100)).toEqual([[[0, 0], [50, 0], [50, 40], [90, 40]]]);
  });

  it('drops a line entirely outside', () => {
    expect(clipPolyline([[120, 0], [150, 0], [150, 40]], 0, 100)).toEqual([]);
  });
});
