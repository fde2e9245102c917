import { describe, expect, it } from 'vitest';
import { presenterHash, presenterWorkbookId } from '../../../../renderer/state/presenterRoute';
import { localToday, shortDayDate, sprintCalendar } from '../../../../renderer/state/sprintCalendar';

const sprint = (startDate?: string) => ({ sprint: { ...(startDate ? { startDate } : {}), days: [] }, locale: 'en-GB' });

describe('the sprint calendar in words', () => {
  it('says which day today is, with its date in the workbook’s locale', () => {
    expect(sprintCalendar(sprint('2026-11-02'), '2026-11-10')).toMatchObject({ todayDay: 7, sentence: 'Today is day 7 of 10 (Tue 10 Nov).' });
  });

  it('says how long until the start, what the weekend sits between, and when it ended', () => {
    expect(sprintCalendar(sprint('2026-11-02'), '2026-10-30').sentence).toBe('The sprint starts on Mon 2 Nov, in 1 working day.');
    expect(sprintCalendar(sprint('2026-11-02'), '2026-11-08').sentence).toBe('Weekend: day 5 is behind you, day 6 is on Mon 9 Nov.');
    expect(sprintCalendar(sprint('2026-11-02'), '2026-12-01').sentence).toBe('The sprint ended on Fri 13 Nov.');
  });

  it('asks for a start date when there is none', () => {
    expect(sprintCalendar(sprint(), '2026-11-10')).toMatchObject({ dates: [], todayDay: null, sentence: expect.stringMatching(/^Set the sprint start date/) });
  });

  it('reads a date as the calendar day it names, and today as the local date', () => {
    expect(shortDayDate('2026-11-02', 'de-DE')).toBe('Mo., 2. Nov.');
    expect(shortDayDate('2026-11-02', 'not a locale!')).toBe('Mon, Nov 2');
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the presenter view’s address', () => {
  it('names the workbook, and nothing else passes for one', () => {
    expect(presenterWorkbookId(presenterHash('wb-1'))).toBe('wb-1');
    expect(presenterWorkbookId('#/w/wb-1/map')).toBeNull();
    expect(presenterWorkbookId('#/present/%E0%A4%A')).toBeNull();
    expect(presenterWorkbookId('#/present/../../etc')).toBeNull();
  });
});
