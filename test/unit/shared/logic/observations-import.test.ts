import { describe, expect, it } from 'vitest';
import { parseObservations, readObservations } from '../../../../shared/logic';

describe('importing observations', () => {
  it('reads a CSV of date and value with a header row', () => {
    expect(parseObservations('date,value\n2026-11-06,8.5\n2026-11-13,7.1\n')).toEqual({
      ok: true, observations: [{ date: '2026-11-06', value: 8.5 }, { date: '2026-11-13', value: 7.1 }],
    });
  });

  it('reads rows pasted from a spreadsheet, separated by tabs, with notes', () => {
    expect(parseObservations('2026-11-06\t8.5\tholiday week\r\n2026-11-13\t7.1')).toEqual({
      ok: true, observations: [{ date: '2026-11-06', value: 8.5, note: 'holiday week' }, { date: '2026-11-13', value: 7.1 }],
    });
  });

  it('reads European CSV with semicolons and decimal commas', () => {
    const r = parseObservations('Date;Value\n2026-11-06;6,4\n2026-11-13;1.234,5');
    expect(r).toEqual({ ok: true, observations: [{ date: '2026-11-06', value: 6.4 }, { date: '2026-11-13', value: 1234.5 }] });
  });

  it('keeps a quoted note that contains the separator', () => {
    const r = parseObservations('2026-11-06,8.5,"late, but counted"');
    expect(r.ok && r.observations[0]!.note).toBe('late, but counted');
  });

  it('reports every bad row by its line and imports nothing', () => {
    expect(parseObservations('date,value\n2026-11-06,8.5\n2026-13-01,7\n\n2026-11-20,seven\n2026-11-27')).toEqual({
      ok: false,
      errors: [
        { line: 3, message: '"2026-13-01" is not a date YYYY-MM-DD' },
        { line: 5, message: '"seven" is not a number' },
        { line: 6, message: 'needs a date and a value' },
      ],
    });
  });

  it('says so when there is nothing to import', () => {
    expect(parseObservations('date,value\n\n')).toEqual({ ok: false, errors: [{ line: 1, message: 'no observations found: expected lines of date and value' }] });
  });

  it('refuses numbers that are not finite', () => {
    expect(parseObservations('2026-11-06,1e999').ok).toBe(false);
  });
});

describe('reading observations in the workbook\'s locale', () => {
  it('reads dates in the locale\'s order, and ISO dates always', () => {
    const rows = (text: string, locale: string) => readObservations(text, { locale }).observations.map((o) => o.date);
    expect(rows('31/12/2026\t5\n2026-12-30\t4', 'en-GB')).toEqual(['2026-12-31', '2026-12-30']);
    expect(rows('31.12.2026\t5\n1.2.2027\t4', 'de-DE')).toEqual(['2026-12-31', '2027-02-01']);
    expect(rows('12/31/2026\t5\n2026-12-30\t4', 'en-US')).toEqual(['2026-12-31', '2026-12-30']);
  });

  it('refuses a date in another order than the locale\'s, saying how to write it', () => {
    expect(readObservations('12/31/2026\t5', { locale: 'en-GB' }).errors).toEqual([
      { line: 1, message: '"12/31/2026" is not a date: write 31/12/2026 (day/month/year) or 2026-12-31' },
    ]);
    expect(readObservations('31/12/2026\t5', { locale: 'en-US' }).errors[0]!.message).toContain('12/31/2026 (month/day/year)');
  });

  it('reads numbers in the locale\'s decimal style', () => {
    const values = (text: string, locale: string) => readObservations(text, { locale }).observations.map((o) => o.value);
    expect(values('2026-11-06\t6,4\n2026-11-13\t1.234,5\n2026-11-20\t12 %', 'de-DE')).toEqual([6.4, 1234.5, 12]);
    expect(values('2026-11-06\t6.4\n2026-11-13\t1,234.5', 'en-US')).toEqual([6.4, 1234.5]);
    expect(readObservations('2026-11-06\t6,4', { locale: 'en-US' }).errors).toEqual([{ line: 1, message: '"6,4" is not a number: write it as 1,234.5' }]);
    expect(readObservations('2026-11-06\tsix', { locale: 'de-DE' }).errors[0]!.message).toBe('"six" is not a number: write it as 1.234,5');
  });

  it('skips a header row of any words, and says which line it was', () => {
    const r = readObservations('Week ending\tQ1 tickets reopened (%)\n06/11/2026\t8,5', { locale: 'de-DE' });
    expect(r).toEqual({ observations: [{ date: '2026-11-06', value: 8.5 }], errors: [], headerLine: 1 });
  });

  it('does not take a first data row with a typo for a header', () => {
    expect(readObservations('2026-13-01\tseven\n2026-11-13\t7', { locale: 'en-GB' })).toEqual({
      observations: [{ date: '2026-11-13', value: 7 }],
      errors: [{ line: 1, message: '"2026-13-01" is not a date: write 31/12/2026 (day/month/year) or 2026-12-31' }],
    });
  });

  it('gives the good rows and the bad ones with their lines, where parseObservations gives nothing', () => {
    const text = 'date\tvalue\n2026-11-06\t8.5\n2026-11-13\tseven\n\n2026-11-20\t7.1';
    expect(readObservations(text, { locale: 'en-US' })).toEqual({
      observations: [{ date: '2026-11-06', value: 8.5 }, { date: '2026-11-20', value: 7.1 }],
      errors: [{ line: 3, message: '"seven" is not a number: write it as 1,234.5' }],
      headerLine: 1,
    });
    expect(parseObservations(text, { locale: 'en-US' })).toEqual({ ok: false, errors: [{ line: 3, message: '"seven" is not a number: write it as 1,234.5' }] });
  });
});
