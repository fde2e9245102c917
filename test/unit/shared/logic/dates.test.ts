import { describe, it, expect } from 'vitest';
import { addDays, compareDates, dayNumber, daysBetween, isValidDate } from '../../../../shared/logic/dates';

describe('isValidDate', () => {
  it('accepts a real calendar date', () => {
    expect(isValidDate('2026-10-05')).toBe(true);
  });

  it('accepts the 29th of February only in a leap year', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
  });

  it('rejects days and months that do not exist', () => {
    expect(isValidDate('2026-04-31')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-00-10')).toBe(false);
    expect(isValidDate('2026-01-00')).toBe(false);
  });

  it('rejects other spellings, date-times and non-strings', () => {
    expect(isValidDate('2026-1-5')).toBe(false);
    expect(isValidDate('2026-01-05T00:00:00Z')).toBe(false);
    expect(isValidDate(' 2026-01-05')).toBe(false);
    expect(isValidDate(undefined)).toBe(false);
    expect(isValidDate(20260105)).toBe(false);
  });
});

describe('addDays', () => {
  it('adds days within a month', () => {
    expect(addDays('2026-10-05', 14)).toBe('2026-10-19');
  });

  it('crosses month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('knows leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('goes backwards for negative days', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', -365)).toBe('2025-01-01');
  });

  it('does not move on zero days', () => {
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15');
  });

  it('agrees with UTC calendar arithmetic over many years', () => {
    const start = Date.UTC(1999, 0, 1);
    for (let n = 0; n < 12000; n += 37) {
      expect(addDays('1999-01-01', n)).toBe(new Date(start + n * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it('throws on something that is not a date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('compareDates and daysBetween', () => {
  it('orders dates by the calendar', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBeLessThan(0);
    expect(compareDates('2026-02-01', '2026-01-31')).toBeGreaterThan(0);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
  });

  it('counts the days from one date to another', () => {
    expect(daysBetween('2026-10-05', '2026-10-19')).toBe(14);
    expect(daysBetween('2026-10-19', '2026-10-05')).toBe(-14);
  });

  it('numbers 1970-01-01 as day zero', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});
