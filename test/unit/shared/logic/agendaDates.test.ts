import { describe, expect, it } from 'vitest';
import { isWorkingDay, sprintDayDates, sprintDayOn, sprintToday } from '../../../../shared/logic/agendaDates';

// 2026-11-02 is a Monday; 2026-11-07/08 and 11-14/15 are weekends.
describe('the sprint calendar', () => {
  it('knows Monday to Friday from the weekend', () => {
    expect(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'].every(isWorkingDay)).toBe(true);
    expect(isWorkingDay('2026-11-07')).toBe(false);
    expect(isWorkingDay('2026-11-08')).toBe(false);
  });

  it('gives the ten days working dates, skipping the weekend between day 5 and day 6', () => {
    expect(sprintDayDates('2026-11-02')).toEqual([
      '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06',
      '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13',
    ]);
  });

  it('starts a sprint set on a Wednesday on Wednesday and crosses the weekend after day 3', () => {
    const dates = sprintDayDates('2026-11-04');
    expect(dates[0]).toBe('2026-11-04');
    expect(dates[2]).toBe('2026-11-06');
    expect(dates[3]).toBe('2026-11-09');
    expect(dates[9]).toBe('2026-11-17');
  });

  it('begins a sprint whose start date is a Saturday on the Monday after', () => {
    expect(sprintDayDates('2026-11-07')[0]).toBe('2026-11-09');
  });

  it('crosses a month and a year end', () => {
    expect(sprintDayDates('2026-12-28')).toEqual([
      '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01',
      '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08',
    ]);
  });

  it('has no dates without a valid start date', () => {
    expect(sprintDayDates(undefined)).toEqual([]);
    expect(sprintDayDates('2026-02-30')).toEqual([]);
  });
});

describe('today is day N', () => {
  it('counts working days: Friday is day 5, the Monday after is day 6, the last Friday day 10', () => {
    expect(sprintDayOn('2026-11-02', '2026-11-02')).toBe(1);
    expect(sprintDayOn('2026-11-02', '2026-11-06')).toBe(5);
    expect(sprintDayOn('2026-11-02', '2026-11-09')).toBe(6);
    expect(sprintDayOn('2026-11-02', '2026-11-13')).toBe(10);
  });

  it('says how many working days are left before the sprint', () => {
    expect(sprintToday('2026-11-02', '2026-10-29')).toEqual({ kind: 'before', firstDate: '2026-11-02', workingDaysUntil: 2 });
    expect(sprintDayOn('2026-11-02', '2026-11-01')).toBeNull();
  });

  it('calls the weekend in the middle a weekend between day 5 and day 6, not a sprint day', () => {
    expect(sprintToday('2026-11-02', '2026-11-07')).toEqual({ kind: 'weekend', lastDay: 5, nextDay: 6 });
    expect(sprintDayOn('2026-11-02', '2026-11-08')).toBeNull();
  });

  it('is over after day 10, weekend or not', () => {
    expect(sprintToday('2026-11-02', '2026-11-14')).toEqual({ kind: 'after', lastDate: '2026-11-13' });
    expect(sprintToday('2026-11-02', '2026-11-16')).toEqual({ kind: 'after', lastDate: '2026-11-13' });
  });

  it('has no day without a start date', () => {
    expect(sprintToday(undefined, '2026-11-02')).toEqual({ kind: 'no-start' });
    expect(sprintDayOn(undefined, '2026-11-02')).toBeNull();
  });
});
