import { describe, expect, it } from 'vitest';
import { laneNameSize } from '../../../../../renderer/features/map/canvas/laneNameSize';

describe('the size of a lane name', () => {
  it('stays at 13 px when every word fits the header', () => {
    expect(laneNameSize('Tier-1 agent', 88)).toBe(13);
    expect(laneNameSize('Triage assistant', 88)).toBe(13);
  });

  it('gets smaller when one word is too long to fit, so the word is never broken', () => {
    const size = laneNameSize('Underwriters', 88);
    expect(size).toBeLessThan(13);
    expect(12 * size * 0.62).toBeLessThanOrEqual(88);
  });

  it('never goes below 9 px', () => {
    expect(laneNameSize('Donaudampfschifffahrtsgesellschaftskapitän', 88)).toBe(9);
  });
});
