/** Value axes of the charts (shared/report/figures/axis.ts): round ticks that cover every value. */
import { describe, expect, it } from 'vitest';
import { coveringTicks, niceTicks } from '../../../../../shared/report/figures/axis';

describe('the ticks of a value axis', () => {
  it('are round values inside the range', () => {
    expect(niceTicks(0, 4.4, 4)).toEqual([0, 2, 4]);
    expect(niceTicks(0, 50, 3)).toEqual([0, 20, 40]);
  });

  it('reach a labelled value above the highest and below the lowest, so no bar or point lies past the last label', () => {
    expect(coveringTicks(0, 4.4, 4)).toEqual([0, 2, 4, 6]);
    expect(coveringTicks(0, 50, 3)).toEqual([0, 20, 40, 60]);
    expect(coveringTicks(3.7, 4.4, 4)).toEqual([3.6, 3.8, 4, 4.2, 4.4]);
    expect(coveringTicks(-0.3, 52, 3)).toEqual([-20, 0, 20, 40, 60]);
  });

  it('add nothing where a tick sits on the end already, nor past the largest number', () => {
    expect(coveringTicks(3.8, 4.4, 4)).toEqual(niceTicks(3.8, 4.4, 4));
    expect(coveringTicks(-Number.MAX_VALUE, Number.MAX_VALUE, 4).every(Number.isFinite)).toBe(true);
  });
});
