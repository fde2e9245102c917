import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../../../renderer/features/decisions/common/amount';

describe('reading an amount of money', () => {
  const us = amountParser('en-US');
  const de = amountParser('de-DE');

  it('reads plain and grouped amounts as the workbook’s locale writes them', () => {
    expect(us('10000')).toEqual({ ok: true, value: 10000 });
    expect(us('10,000')).toEqual({ ok: true, value: 10000 });
    expect(us('1,250.50')).toEqual({ ok: true, value: 1250.5 });
    expect(de('10.000')).toEqual({ ok: true, value: 10000 });
    expect(de('1.250,5')).toEqual({ ok: true, value: 1250.5 });
  });

  it('ignores a currency sign or code around the number', () => {
    expect(us('$750')).toEqual({ ok: true, value: 750 });
    expect(us('750 USD')).toEqual({ ok: true, value: 750 });
    expect(de('750 €')).toEqual({ ok: true, value: 750 });
  });

  it('reads nothing typed as no amount', () => {
    expect(us('  ')).toEqual({ ok: true, value: undefined });
  });

  it('refuses grouping out of place rather than guess a number a thousand times off', () => {
    expect(us('10,00')).toEqual({ ok: false, error: '“10,00” is not an amount: write it like 12,345.5.' });
    expect(de('10,000.5')).toMatchObject({ ok: false });
    expect(us('.5')).toMatchObject({ ok: false });
    expect(us('about 5')).toMatchObject({ ok: false });
  });

  it('falls back to the default locale for an unknown one', () => {
    expect(amountParser('not a locale')('1,000')).toEqual({ ok: true, value: 1000 });
  });
});
