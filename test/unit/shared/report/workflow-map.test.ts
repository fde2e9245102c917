import { describe, expect, it } from 'vitest';
import { route } from '../../../../shared/report/figures/workflow-map';

describe('routing connectors on the map', () => {
  it('goes sideways with one vertical jog when the target is to the right', () => {
    expect(route({ x: 0, y: 0, w: 100, h: 50 }, { x: 200, y: 100, w: 100, h: 50 })).toEqual([[100, 25], [150, 25], [150, 125], [200, 125]]);
  });

  it('goes down between the boxes when they overlap horizontally', () => {
    expect(route({ x: 0, y: 0, w: 100, h: 50 }, { x: 20, y: 100, w: 100, h: 50 })).toEqual([[50, 50], [50, 75], [70, 75], [70, 100]]);
  });
});
