/**
 * Where a connector's label goes: beside its own line, clear of nodes and labels, and clear of
 * every other connector's line when such a spot exists, so a label never reads as its
 * neighbour's.
 */
import { describe, expect, it } from 'vitest';
import { addRoute, Occupancy, place, placeClear, spotsAlong } from '../../../../../../shared/report/figures/map/place';

const BOUNDS = { x: 0, y: 0, w: 400, h: 400 };
/** A connector running straight down at x = 200. */
const OWN: [number, number][] = [[200, 50], [200, 250]];
const W = 40, H = 10;

describe('a connector label beside a neighbouring connector', () => {
  it('goes to the side of its line away from a neighbour running alongside', () => {
    const occupied = new Occupancy(BOUNDS), lines = new Occupancy(BOUNDS);
    addRoute(lines, 0, OWN);
    addRoute(lines, 1, [[204, 50], [204, 250]]);
    const box = place(occupied, spotsAlong(OWN, W, H), lines, 0)!;
    expect(box.x + box.w).toBeLessThanOrEqual(200);
  });

  it('takes the first spot, on the right, when no neighbour is near', () => {
    const occupied = new Occupancy(BOUNDS), lines = new Occupancy(BOUNDS);
    addRoute(lines, 0, OWN);
    addRoute(lines, 1, [[300, 50], [300, 250]]);
    expect(place(occupied, spotsAlong(OWN, W, H), lines, 0)!.x).toBe(202);
  });

  it('keeps off a neighbour drawn over its own line, as a hand-off into the same node would be', () => {
    const occupied = new Occupancy(BOUNDS), lines = new Occupancy(BOUNDS);
    addRoute(lines, 0, OWN);
    addRoute(lines, 1, [[200, 100], [200, 200]]);
    expect(placeClear(occupied, spotsAlong([[200, 100], [200, 200]], W, H), lines, 0)).toBeNull();
  });

  it('still finds a spot clear of nodes and labels when every spot crosses a connector, rather than none', () => {
    const occupied = new Occupancy(BOUNDS), lines = new Occupancy(BOUNDS);
    addRoute(lines, 0, OWN);
    for (const x of [190, 196, 204, 210]) addRoute(lines, x, [[x, 0], [x, 400]]);
    expect(placeClear(occupied, spotsAlong(OWN, W, H), lines, 0)).toBeNull();
    const box = place(occupied, spotsAlong(OWN, W, H), lines, 0);
    expect(box).not.toBeNull();
    expect(occupied.free(box!)).toBe(false);
  });
});
