import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../renderer/components/format';
import { readDateDraft } from '../../../../renderer/hooks/useDateDraft';

const typed = (text: string) => ({ text, bad: false });

describe('reading what a date field holds', () => {
  it('takes a real date as typed, and an empty field as no date', () => {
    expect(readDateDraft(typed('2026-02-28'), '2026-03-02')).toEqual({ ok: true, value: '2026-02-28' });
    expect(readDateDraft(typed(''), '2026-03-02')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a date the browser could not give, saying which date the workbook keeps', () => {
    expect(readDateDraft({ text: '', bad: true }, '2026-03-02')).toEqual({
      ok: false, error: `Not a date on the calendar, or not complete yet: the workbook keeps ${formatDate('2026-03-02')}.`,
    });
    expect(readDateDraft({ text: '', bad: true }, undefined)).toEqual({
      ok: false, error: 'Not a date on the calendar, or not complete yet: nothing is stored until it is one.',
    });
  });

  it('refuses text that is no calendar date, and a year beyond four digits', () => {
    expect(readDateDraft(typed('2026-02-30'), undefined)).toMatchObject({ ok: false, error: expect.stringContaining('“2026-02-30” is not a date on the calendar') });
    expect(readDateDraft(typed('20266-01-01'), '2026-01-01')).toMatchObject({ ok: false, error: expect.stringMatching(/^Write the year with four digits: the workbook keeps /) });
  });

  it('refuses to clear a required date', () => {
    expect(readDateDraft(typed(''), '2026-11-30', { required: 'An observation needs a date.' })).toEqual({
      ok: false, error: `An observation needs a date. Clearing it does not remove it: the workbook keeps ${formatDate('2026-11-30')}.`,
    });
  });

  it('refuses a real date its check refuses, with the check’s reason', () => {
    const check = (d: string) => (d < '2026-08-01' ? 'The period would end before it starts.' : null);
    expect(readDateDraft(typed('2026-07-31'), '2026-09-30', { check })).toEqual({
      ok: false, error: `The period would end before it starts. Not stored: the workbook keeps ${formatDate('2026-09-30')}.`,
    });
    expect(readDateDraft(typed('2026-08-01'), '2026-09-30', { check })).toEqual({ ok: true, value: '2026-08-01' });
  });
});
