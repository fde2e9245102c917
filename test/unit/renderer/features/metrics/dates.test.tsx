// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../../render';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../../../renderer/components/format';
import { MetricsScreen } from '../../../../../renderer/features/metrics/MetricsScreen';
import { openInFreshStore, state, template } from '../../helpers';
import { typeDate, typeImpossibleDate } from '../../dateInput';

afterEach(cleanup);

const metric = () => state().workbook!.metrics[0]!;
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const errorOf = (input: HTMLElement) => input.closest('.field')!.querySelector('.field-error')?.textContent ?? null;
const warningOf = (input: HTMLElement) => input.closest('.field')!.querySelector('.field-warning')?.textContent ?? null;

describe('the dates of a metric', () => {
  // The worked example's first metric: baseline 2026-08-01 to 2026-09-30, target by 2027-03-31.
  beforeEach(() => {
    openInFreshStore(template('support-triage'));
    render(<MetricsScreen />);
  });

  it('refuses a baseline period that would end before it starts, keeping what was typed and the stored date', () => {
    const to = field('Measured to');
    typeDate(to, '2026-07-15');
    expect(metric().baseline!.to).toBe('2026-09-30');
    expect(to.value).toBe('2026-07-15');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(to)).toBe(`The period would end before it starts (${formatDate('2026-08-01')}). Not stored: the workbook keeps ${formatDate('2026-09-30')}.`);
    expect(state().past).toHaveLength(0);
  });

  it('refuses a start after the end, and stores it once the end has moved past it', () => {
    const from = field('Measured from');
    typeDate(from, '2026-10-05');
    expect(metric().baseline!.from).toBe('2026-08-01');
    expect(errorOf(from)).toMatch(/^The period would start after it ends \(.+\): move “Measured to” first\. Not stored: the workbook keeps /);
    typeDate(field('Measured to'), '2026-12-31');
    expect(metric().baseline).toMatchObject({ from: '2026-10-05', to: '2026-12-31' });
    expect(errorOf(from)).toBeNull();
  });

  it('never deletes a stored date when an impossible one is typed over it', () => {
    for (const label of ['Measured from', 'Measured to', 'Reach it by', 'Evaluate on']) {
      const before = structuredClone(metric());
      const input = field(label);
      typeImpossibleDate(input);
      expect(metric()).toEqual(before);
      // React left the field alone: the browser still shows the typing, and says why beside it.
      expect(input.value).toBe('');
      expect(errorOf(input)).toMatch(/^Not a date on the calendar, or not complete yet: the workbook keeps /);
    }
    expect(state().past).toHaveLength(0);
  });

  it('gives back the date from before the edit when typing ends on an impossible one', () => {
    const by = field('Reach it by');
    fireEvent.focus(by);
    // Chromium, typing 02/31/2027 over 03/31/2027: the month is typed first, a real date for a keystroke.
    typeDate(by, '2027-02-28');
    expect(metric().target!.by).toBe('2027-02-28');
    typeImpossibleDate(by);
    expect(metric().target!.by).toBe('2027-03-31');
    expect(by.value).toBe('');
    expect(errorOf(by)).toBe(`Not a date on the calendar, or not complete yet: the workbook keeps ${formatDate('2027-03-31')}.`);
  });

  it('still removes a date that is cleared on purpose', () => {
    typeDate(field('Evaluate on'), '');
    expect(metric().kill!.evaluateOn).toBeUndefined();
  });

  it('shows where the target date is typed that it is on or before the end of the baseline period', () => {
    const by = field('Reach it by');
    expect(warningOf(by)).toBeNull();
    typeDate(by, '2026-09-30');
    expect(metric().target!.by).toBe('2026-09-30');
    expect(warningOf(by)).toBe(`On or before the end of the baseline period (${formatDate('2026-09-30')}): a target is reached after today’s workflow was measured. Readiness warns about it.`);
    expect(by.getAttribute('aria-invalid')).toBeNull();
    typeDate(by, '2026-10-01');
    expect(warningOf(by)).toBeNull();
  });

  it('keeps a refused date, and why, when another change is undone', () => {
    const to = field('Measured to');
    typeDate(field('Measured from'), '2026-08-15');
    typeDate(to, '2026-01-01');
    act(() => state().undo());
    expect(metric().baseline!.from).toBe('2026-08-01');
    expect(to.value).toBe('2026-01-01');
    expect(errorOf(to)).toMatch(/^The period would end before it starts/);
  });
});

describe('the date of an observation', () => {
  beforeEach(() => {
    const w = template('support-triage');
    openInFreshStore({ ...w, metrics: w.metrics.map((m, i) => (i === 0 ? { ...m, observations: [{ date: '2027-01-04', value: 5.9 }] } : m)) });
    render(<MetricsScreen />);
  });

  const dateOfFirst = () => screen.getByLabelText(/^Date of observation 1/) as HTMLInputElement;

  it('cannot be cleared, nor replaced by an impossible date', () => {
    typeDate(dateOfFirst(), '');
    expect(metric().observations[0]!.date).toBe('2027-01-04');
    expect(errorOf(dateOfFirst())).toBe(`An observation needs a date. Clearing it does not remove it: the workbook keeps ${formatDate('2027-01-04')}.`);
    typeImpossibleDate(dateOfFirst());
    expect(metric().observations[0]!.date).toBe('2027-01-04');
    expect(errorOf(dateOfFirst())).toMatch(/^Not a date on the calendar/);
  });

  it('is refused at once in the new observation row when impossible, and nothing is added', () => {
    const add = screen.getByRole('form', { name: 'Add an observation' });
    const date = within(add).getByLabelText('Date') as HTMLInputElement;
    typeImpossibleDate(date);
    expect(errorOf(date)).toBe('Not a date on the calendar, or not complete yet.');
    fireEvent.change(within(add).getByRole('textbox', { name: /^Value/ }), { target: { value: '5' } });
    fireEvent.submit(add);
    expect(metric().observations).toHaveLength(1);
  });
});
