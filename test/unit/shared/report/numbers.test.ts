/**
 * How the documents print dates and numbers: in the workbook's locale, and readably and truthfully for
 * every finite number a workbook can hold, from 5 × 10⁻³²⁴ to 1.8 × 10³⁰⁸.
 */
import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../../../shared/report/locale';

const MAX = 1.7976931348623157e308;
const TINY = 5e-324;
const en = formatterFor({ locale: 'en-US', currency: 'USD' });
const de = formatterFor({ locale: 'de-DE', currency: 'EUR' });
/** Intl separates a number from its unit with no-break spaces; a reader sees spaces. */
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('ordinary numbers', () => {
  it('are written in full in the locale, as before', () => {
    expect(en.number(1234.5678)).toBe('1,234.57');
    expect(spaces(de.value(6.4, 'Minuten'))).toBe('6,4 Minuten');
    expect(spaces(de.value(4.412, '%'))).toBe('4,412 %');
    expect(en.money(9.4)).toBe('$9.40');
    // A minus sign (U+2212) opposite the plus sign, not a hyphen.
    expect(en.change(-37.5)).toBe('\u221237.5%');
    expect(en.number(999_999_999_999_999)).toBe('999,999,999,999,999');
  });
});

describe('dates', () => {
  it('never break between the day and the month', () => {
    expect(de.date('2026-12-07')).toBe('7.\u00a0Dezember 2026');
    expect(en.date('2026-12-07')).toBe('December\u00a07, 2026');
    expect(en.shortDate('2026-12-07')).toBe('Dec\u00a07, 2026');
  });
});

describe('values as the workbook holds them', () => {
  it('keep the digits they were entered with, so two different values never print alike', () => {
    expect(spaces(`${en.value(2.406, 'h')} breaches ${en.value(2.41, 'h')}`)).toBe('2.406 h breaches 2.41 h');
    // The unit never goes to the next line without its number.
    expect(en.value(2.406, 'h')).toBe('2.406\u00a0h');
    expect(`${spaces(de.value(2.406, '%'))} breaches ${spaces(de.value(2.41, '%'))}`).toBe('2,406 % breaches 2,41 %');
    expect(spaces(en.value(123456.789, 'EUR'))).toBe('123,456.789 EUR');
    expect(en.value(999_999_999_999_999, '')).toBe('999,999,999,999,999');
  });

  it('show a sum that binary floating point cannot hold exactly as the decimal a person typed', () => {
    expect(en.value(0.1 + 0.2, '')).toBe('0.3');
  });

  it('print small ordinary magnitudes as plain decimals', () => {
    expect(en.number(0.004)).toBe('0.004');
    expect(en.number(0.3, 0)).toBe('0.3');
    expect(en.number(0.005)).toBe('0.01');
    expect(en.value(0.0000012, '')).toBe('0.0000012');
    expect(en.money(0.004)).toBe('$0.004');
    expect(en.change(0.004)).toBe('+0.004%');
  });

  it('give derived statistics four significant digits and keep whole numbers whole', () => {
    expect(en.approxAll([2.4066666666666667], 'h').map(spaces)).toEqual(['2.407 h']);
    expect(en.approxAll([12345.678], '')).toEqual(['12,346']);
    expect(de.approxAll([3.14159], '%').map(spaces)).toEqual(['3,142 %']);
  });

  it('print statistics read together to the same fraction digits, set by the largest', () => {
    expect(en.approxAll([9.0233, 13.3333, 11.1783], 'minutes').map(spaces)).toEqual(['9.02 minutes', '13.33 minutes', '11.18 minutes']);
    expect(en.approxAll([0.0123, 0.5, 0.25], '')).toEqual(['0.0123', '0.5000', '0.2500']);
    expect(en.approxAll([-3.5, 9023.4, 4010], '')).toEqual(['-4', '9,023', '4,010']);
    expect(en.approxAll([1e-9, 2e-9], '')).toEqual(['1 × 10⁻⁹', '2 × 10⁻⁹']);
  });
});

describe('numbers at the ends of the doubles', () => {
  it('print the largest as a power of ten, with the locale’s decimal mark and currency', () => {
    expect(en.number(MAX)).toBe('1.8 × 10³⁰⁸');
    expect(en.number(-1e308)).toBe('-1 × 10³⁰⁸');
    expect(spaces(de.number(MAX))).toBe('1,8 × 10³⁰⁸');
    expect(en.money(MAX)).toBe('$1.8 × 10³⁰⁸');
    expect(spaces(de.money(-MAX))).toBe('-1,8 × 10³⁰⁸ €');
    expect(spaces(en.value(1e308, 'h'))).toBe('1 × 10³⁰⁸ h');
    expect(en.value(MAX, '%')).toBe('1.8 × 10³⁰⁸%');
    expect(en.change(MAX)).toBe('+1.8 × 10³⁰⁸%');
    expect(en.number(1e15)).toBe('1 × 10¹⁵');
  });

  it('print a number too small for the shown digits as a power of ten, never as 0', () => {
    expect(en.number(TINY)).toBe('5 × 10⁻³²⁴');
    expect(en.number(-TINY)).toBe('-5 × 10⁻³²⁴');
    expect(en.money(TINY)).toBe('$5 × 10⁻³²⁴');
    // Percentages are not divided by 100 first, which would turn 5 × 10⁻³²⁴ into 0.
    expect(en.value(TINY, '%')).toBe('5 × 10⁻³²⁴%');
    expect(en.change(-TINY)).toBe('\u22125 × 10⁻³²⁴%');
    expect(en.number(1e-7)).toBe('1 × 10⁻⁷');
    expect(spaces(en.value(1e-7, 'h'))).toBe('1 × 10⁻⁷ h');
  });

  it('print negative zero as zero', () => {
    expect(en.number(-0)).toBe('0');
    expect(en.money(-0)).toBe('$0');
    expect(en.value(-0, '%')).toBe('0%');
    expect(en.change(-0)).toBe('0%');
  });

  it('keep the locale’s digits, with the exponent after a caret where they are not 0–9', () => {
    const ar = formatterFor({ locale: 'ar-EG', currency: 'EGP' });
    expect(ar.number(1e308)).toBe('١ × ١٠^٣٠٨');
  });
});
