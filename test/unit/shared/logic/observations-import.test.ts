import { describe, expect, it } from 'vitest';
import { parseObservations } from '../../../../shared/logic';

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
