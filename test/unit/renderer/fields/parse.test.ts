import { describe, expect, it } from 'vitest';
import { parseDateText, parseNumberText } from '../../../../renderer/fields/parse';

describe('reading a typed number', () => {
  it('accepts a decimal point or a decimal comma', () => {
    expect(parseNumberText('6.2')).toEqual({ ok: true, value: 6.2 });
    expect(parseNumberText(' 6,2 ')).toEqual({ ok: true, value: 6.2 });
    expect(parseNumberText('-3')).toEqual({ ok: true, value: -3 });
  });

  it('reads empty as "not set", unless the value is required', () => {
    expect(parseNumberText('')).toEqual({ ok: true, value: undefined });
    expect(parseNumberText('', { required: 'Use Remove.' })).toEqual({ ok: false, error: 'Use Remove.' });
  });

  it('refuses what is not a finite number, or breaks the rules of the field', () => {
    expect(parseNumberText('about 5').ok).toBe(false);
    expect(parseNumberText('1e999').ok).toBe(false);
    expect(parseNumberText('2.5', { integer: true })).toEqual({ ok: false, error: 'Enter a whole number.' });
    expect(parseNumberText('0', { min: 1 })).toEqual({ ok: false, error: 'Enter at least 1.' });
  });
});

describe('reading a date', () => {
  it('keeps real calendar dates only', () => {
    expect(parseDateText('2027-01-29')).toEqual({ ok: true, value: '2027-01-29' });
    expect(parseDateText('2027-02-30').ok).toBe(false);
    expect(parseDateText('')).toEqual({ ok: true, value: undefined });
  });
});
