// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../../render';
import { afterEach, describe, expect, it } from 'vitest';
import { MetricsScreen } from '../../../../../renderer/features/metrics/MetricsScreen';
import { openInFreshStore, state, template } from '../../helpers';
import { targetOf } from '../../../../../renderer/state/navigation';
import { pick } from '../../pick';

afterEach(cleanup);

const triage = () => template('support-triage');

describe('the Metrics screen', () => {
  it('adds a metric from the KPI library and opens it with its baseline value focused', () => {
    openInFreshStore(template('blank'));
    render(<MetricsScreen />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Add metric' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Add a metric' });
    fireEvent.click(within(dialog).getByRole('radio', { name: /Rework rate/ }));
    expect(within(dialog).getByText(/reopened, corrected or redone/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add metric' }));
    expect(state().workbook!.metrics).toMatchObject([{ name: 'Rework rate', kind: 'rework-rate', unit: '%', direction: 'decrease' }]);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Baseline value' }));
  });

  it('shows the KPI library\'s costs in the workbook\'s currency, and adds them in it', () => {
    openInFreshStore({ ...template('blank'), currency: 'EUR' });
    render(<MetricsScreen />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Add metric' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Add a metric' });
    const cost = within(dialog).getByRole('radio', { name: /Cost per unit of work/ });
    expect(cost.closest('label')!.querySelector('.library-meta')!.textContent).toMatch(/^EUR · /);
    expect(within(dialog).queryByText(/^USD · /)).toBeNull();
    fireEvent.click(cost);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add metric' }));
    expect(state().workbook!.metrics).toMatchObject([{ kind: 'cost-per-unit', unit: 'EUR' }]);
  });

  it('takes a baseline, target and kill criterion as typed, and waits for the value before the details', () => {
    openInFreshStore(template('blank'));
    render(<MetricsScreen />);
    fireEvent.click(screen.getByRole('button', { name: /Add Cycle time/ }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Add metric' }));
    expect((screen.getByRole('textbox', { name: 'Source' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Baseline value' }), { target: { value: '6,2' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Source' }), { target: { value: 'Ticket timestamps' } });
    fireEvent.change(screen.getByLabelText('Measured from'), { target: { value: '2026-08-01' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Target value' }), { target: { value: '2.5' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Kill threshold' }), { target: { value: '5.5' } });
    expect(state().workbook!.metrics[0]).toMatchObject({
      baseline: { value: 6.2, source: 'Ticket timestamps', from: '2026-08-01' }, target: { value: 2.5 }, kill: { threshold: 5.5 },
    });
  });

  it('keeps a baseline with details when its value is emptied, and says how to remove it', () => {
    openInFreshStore(triage());
    render(<MetricsScreen />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Baseline value' }), { target: { value: '' } });
    expect(screen.getByText('Enter a number, or use “Remove baseline”.')).toBeTruthy();
    expect(state().workbook!.metrics[0]!.baseline?.value).toBe(6.2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove baseline' }));
    expect(state().workbook!.metrics[0]!.baseline).toBeUndefined();
  });

  it('shows each missing kind of measure as a gap, and adds it from the library', () => {
    const w = triage();
    openInFreshStore({ ...w, metrics: w.metrics.filter((m) => m.kind !== 'cost-per-unit'), roadmap: [], raci: [] });
    render(<MetricsScreen />);
    const kinds = screen.getByRole('list', { name: 'Expected kinds of metric' });
    expect(within(kinds).getAllByText(/^Covered by/)).toHaveLength(3);
    expect(within(kinds).getByText('Gap: no metric measures this')).toBeTruthy();
    fireEvent.click(within(kinds).getByRole('button', { name: 'Add Cost per unit of work' }));
    expect((within(screen.getByRole('dialog')).getByRole('radio', { name: /Cost per unit of work/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('turns the status red, in words, when an observation breaches the kill threshold', () => {
    openInFreshStore(triage());
    render(<MetricsScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Misrouted tickets' }));
    const add = screen.getByRole('form', { name: 'Add an observation' });
    fireEvent.change(within(add).getByLabelText('Date'), { target: { value: '2027-01-08' } });
    fireEvent.change(within(add).getByRole('textbox', { name: 'Value (%)' }), { target: { value: '12.9' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add observation' }));
    const row = screen.getByRole('row', { name: /Misrouted tickets/ });
    expect(within(row).getByText('Red: kill threshold breached')).toBeTruthy();

    // Measured on the evaluation date: the kill criterion is triggered.
    fireEvent.change(within(add).getByLabelText('Date'), { target: { value: '2027-01-29' } });
    fireEvent.change(within(add).getByRole('textbox', { name: 'Value (%)' }), { target: { value: '13.1' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add observation' }));
    expect(within(row).getByText('Stop and redesign')).toBeTruthy();
    expect(screen.getAllByText(/Kill criterion triggered: Switch classification back to manual queue assignment\./).length).toBeGreaterThan(0);
  });

  it('imports the good rows of a pasted column and lists each bad line, which stays in the box to fix', () => {
    openInFreshStore(triage());
    render(<MetricsScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Paste from a spreadsheet' }));
    const box = screen.getByRole('textbox', { name: 'Dates and values, one per line' });
    fireEvent.change(box, { target: { value: 'Week ending\tHours\n01/04/2027\t5.9\n2027-01-11\tabout 5\n02/30/2027\t5.1\n01/18/2027\t1,234.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add pasted observations' }));
    expect(state().workbook!.metrics[0]!.observations).toEqual([{ date: '2027-01-04', value: 5.9 }, { date: '2027-01-18', value: 1234.5 }]);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Imported 2 observations; 2 lines of the pasted rows not imported.');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Line 3: "about 5" is not a number: write it as 1,234.5',
      'Line 4: "02/30/2027" is not a date: write 12/31/2026 (month/day/year) or 2026-12-31',
    ]);
    expect((screen.getByRole('textbox', { name: 'Dates and values, one per line' }) as HTMLTextAreaElement).value).toBe('2027-01-11\tabout 5\n02/30/2027\t5.1');
  });

  it('reads a pasted column in the workbook\'s locale: day first and decimal commas in de-DE', () => {
    openInFreshStore({ ...triage(), locale: 'de-DE' });
    render(<MetricsScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Paste from a spreadsheet' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Dates and values, one per line' }), { target: { value: 'Datum\tStunden\n31.12.2026\t5,9\n07.01.2027\t1.234,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add pasted observations' }));
    expect(state().workbook!.metrics[0]!.observations).toEqual([{ date: '2026-12-31', value: 5.9 }, { date: '2027-01-07', value: 1234.5 }]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(state().toasts.at(-1)?.message).toBe('Imported 2 observations into Time to first response (line 1 was read as a header).');
  });

  it('imports a pasted column as one step that Undo takes back', () => {
    openInFreshStore(triage());
    render(<MetricsScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Paste from a spreadsheet' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Dates and values, one per line' }),
      { target: { value: 'date\tvalue\n2027-01-04\t5.9\n2027-01-11\t5.1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add pasted observations' }));
    expect(state().workbook!.metrics[0]!.observations).toEqual([{ date: '2027-01-04', value: 5.9 }, { date: '2027-01-11', value: 5.1 }]);
    expect(screen.getByRole('row', { name: /Time to first response/ }).textContent).toContain('5.1 hours');
    act(() => state().undo());
    expect(state().workbook!.metrics[0]!.observations).toEqual([]);
  });

  it('edits and deletes an observation in place', () => {
    const w = triage();
    openInFreshStore({ ...w, metrics: w.metrics.map((m, i) => (i === 0 ? { ...m, observations: [{ date: '2027-01-04', value: 5.9 }] } : m)) });
    render(<MetricsScreen />);
    const value = screen.getByRole('textbox', { name: /^Value of observation 1/ });
    fireEvent.change(value, { target: { value: '4.8' } });
    expect(state().workbook!.metrics[0]!.observations[0]!.value).toBe(4.8);
    fireEvent.click(screen.getByRole('button', { name: /^Delete observation 1/ }));
    expect(state().workbook!.metrics[0]!.observations).toEqual([]);
  });

  it('opens the metric a readiness link points at, with the field focused', () => {
    const w = triage();
    openInFreshStore({ ...w, metrics: w.metrics.map((m, i) => (i === 2 ? { ...m, kill: undefined } : m)) });
    state().requestFocus(targetOf(state().workbook!, '/metrics/2/kill'));
    render(<MetricsScreen />);
    expect(screen.getByRole('heading', { level: 2, name: 'Reopened tickets' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Kill threshold' }));
    expect(state().selection).toEqual({ kind: 'metric', id: 'm-reopened' });
  });

  it('adds a new person as the owner in one undoable step', () => {
    openInFreshStore(triage());
    render(<MetricsScreen />);
    const people = state().workbook!.people.length;
    pick(screen.getByRole('combobox', { name: 'Owner' }), 'new person', 'Add a new person…');
    fireEvent.change(screen.getByRole('textbox', { name: 'Owner: name of the new person' }), { target: { value: 'Ana Ruiz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    const w = state().workbook!;
    expect(w.people).toHaveLength(people + 1);
    expect(w.metrics[0]!.ownerId).toBe(w.people.at(-1)!.id);
    act(() => state().undo());
    expect(state().workbook!.people).toHaveLength(people);
  });

  it('describes both charts in words for assistive technology', () => {
    const w = triage();
    openInFreshStore({ ...w, metrics: w.metrics.map((m, i) => (i === 0 ? { ...m, observations: [{ date: '2027-01-04', value: 5.9 }] } : m)) });
    render(<MetricsScreen />);
    expect(screen.getByRole('img', { name: /Every metric between its baseline and its target/ })).toBeTruthy();
    const chart = screen.getByRole('img', { name: /Time to first response: observations against baseline, target and kill threshold/ });
    expect(chart.textContent).toMatch(/1 observation from .*Latest 5\.9 hours.*Baseline 6\.2 hours\. Target 2\.5 hours\. Kill threshold 5\.5 hours\. Status: Red: kill threshold breached\./);
  });
});
