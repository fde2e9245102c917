/**
 * What Chromium does with a date field (checked in test/e2e/dates.test.ts), for jsdom, which
 * has no date segments: a date that is not on the calendar (31 February), or not complete,
 * makes the value '' with validity.badInput. Typed over a stored date that is a change event;
 * typed into an empty field there is none, and only blur can ask.
 */
import { fireEvent } from '@testing-library/react';

function holdBadInput(input: HTMLInputElement): void {
  const real = input.validity;
  Object.defineProperty(input, 'validity', {
    configurable: true,
    get: () => ({ valid: false, valueMissing: real.valueMissing, badInput: true }),
  });
}

/** Types an impossible date over what the field shows. */
export function typeImpossibleDate(input: HTMLInputElement): void {
  holdBadInput(input);
  if (input.value !== '') fireEvent.change(input, { target: { value: '' } });
  fireEvent.blur(input);
}

/** Types a real date: the field gives it as YYYY-MM-DD. */
export function typeDate(input: HTMLInputElement, date: string): void {
  delete (input as unknown as { validity?: unknown }).validity;
  fireEvent.change(input, { target: { value: date } });
}
