import { describe, expect, it } from 'vitest';
import { trendOf } from '../../../../shared/logic';

const obs = (...pairs: [string, number][]) => pairs.map(([date, value]) => ({ date, value }));

describe('the trend of a metric', () => {
  it('compares the latest observation with the one just before it by date, not by entry order', () => {
    const t = trendOf({ direction: 'decrease', observations: obs(['2026-03-03', 5], ['2026-03-01', 7], ['2026-03-02', 6]) });
    expect(t?.latest.value).toBe(5);
    expect(t?.previous.value).toBe(6);
    expect(t?.direction).toBe('down');
    expect(t?.better).toBe(true);
  });

  it('calls a rise better only for a metric where higher is better', () => {
    expect(trendOf({ direction: 'increase', observations: obs(['2026-01-01', 1], ['2026-01-02', 2]) })?.better).toBe(true);
    expect(trendOf({ direction: 'decrease', observations: obs(['2026-01-01', 1], ['2026-01-02', 2]) })?.better).toBe(false);
  });

  it('treats the later entry of the same day as the latest, as the scorecard does', () => {
    const t = trendOf({ direction: 'decrease', observations: obs(['2026-01-02', 9], ['2026-01-02', 4], ['2026-01-01', 4]) });
    expect(t?.latest.value).toBe(4);
    expect(t?.previous.value).toBe(9);
  });

  it('is flat, neither better nor worse, when the value did not move', () => {
    const t = trendOf({ direction: 'increase', observations: obs(['2026-01-01', 3], ['2026-01-02', 3]) });
    expect(t?.direction).toBe('flat');
    expect(t?.better).toBeNull();
  });

  it('has nothing to say with fewer than two observations', () => {
    expect(trendOf({ direction: 'increase', observations: obs(['2026-01-01', 3]) })).toBeNull();
    expect(trendOf({ direction: 'increase', observations: [] })).toBeNull();
  });
});
