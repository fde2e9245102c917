// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OverviewScreen } from '../../../../renderer/features/overview/OverviewScreen';
import { openInFreshStore, state, template } from '../helpers';

afterEach(cleanup);

describe('the Overview screen', () => {
  beforeEach(() => openInFreshStore(template('support-triage')));

  it('edits the pilot in the store as you type, as one undo entry per field', () => {
    render(<OverviewScreen />);
    const name = screen.getByRole('textbox', { name: 'Pilot name' });
    fireEvent.change(name, { target: { value: 'Ticket triage' } });
    fireEvent.change(name, { target: { value: 'Ticket triage v2' } });
    expect(state().workbook!.pilot.name).toBe('Ticket triage v2');
    expect(state().past).toHaveLength(1);
  });

  it('shows a value typed elsewhere (undo) in the field', () => {
    render(<OverviewScreen />);
    const name = screen.getByRole('textbox', { name: 'Pilot name' }) as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Changed' } });
    act(() => state().undo());
    expect(name.value).toBe('Ticket triage assistant');
  });

  it('refuses an invalid locale with the reason, keeping the last valid one in the workbook', () => {
    render(<OverviewScreen />);
    const locale = screen.getByRole('combobox', { name: 'Locale' });
    fireEvent.change(locale, { target: { value: 'not a locale' } });
    expect(screen.getByText(/Not a language tag/)).toBeTruthy();
    expect(state().workbook!.locale).toBe('en-US');
    fireEvent.change(locale, { target: { value: 'de-DE' } });
    expect(state().workbook!.locale).toBe('de-DE');
  });

  it('never lets the title go blank: the file format needs one', () => {
    render(<OverviewScreen />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    fireEvent.change(title, { target: { value: '   ' } });
    expect(screen.getByText('A workbook needs a title.')).toBeTruthy();
    expect(state().workbook!.title).toBe(template('support-triage').title);
  });

  it('places the pilot on the stall arc with a radio button', () => {
    render(<OverviewScreen />);
    fireEvent.click(screen.getByRole('radio', { name: /Friction/ }));
    expect(state().workbook!.pilot.stage).toBe('friction');
  });

  it('adds a person and focuses the new row\'s name', () => {
    render(<OverviewScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    const people = state().workbook!.people;
    expect(people.at(-1)!.name).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: `Name of person ${people.length}` }));
  });

  it('refuses to remove someone still named in the workbook, and says where', () => {
    render(<OverviewScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Maya Chen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Maya Chen is still named in the workbook' });
    expect(within(dialog).getByText('Facilitator of the sprint')).toBeTruthy();
    expect(within(dialog).getByText('/sprint/facilitatorId')).toBeTruthy();
    expect(state().workbook!.people.some((p) => p.name === 'Maya Chen')).toBe(true);
  });

  it('removes someone nobody refers to, with Undo in the toast', () => {
    openInFreshStore({ ...template('blank'), people: [{ id: 'p-1', name: 'Ana Ruiz' }] });
    render(<OverviewScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ana Ruiz' }));
    expect(state().workbook!.people).toEqual([]);
    const toast = state().toasts.at(-1)!;
    expect(toast.message).toBe('Removed Ana Ruiz.');
    act(() => toast.action!.run());
    expect(state().workbook!.people).toHaveLength(1);
  });

  it('shows the agenda with progress read from the workbook', () => {
    render(<OverviewScreen />);
    expect(screen.getByText('9 of 10 days done')).toBeTruthy();
    expect(screen.getAllByText('Done: the workbook shows it').length).toBeGreaterThan(0);
  });

  it('lists the problems found on opening, with their paths', () => {
    const w = template('support-triage');
    openInFreshStore({ ...w, sprint: { ...w.sprint, facilitatorId: 'p-gone' } });
    state().openWorkbook(state().workbook!, { problems: [{ message: 'The sprint facilitator refers to person "p-gone", which does not exist.', path: '/sprint/facilitatorId', question: 'owners' }] });
    render(<OverviewScreen />);
    const banner = screen.getByRole('region', { name: 'Problems found when opening' });
    expect(within(banner).getByText('Opened with 1 problem')).toBeTruthy();
    expect(within(banner).getByText('/sprint/facilitatorId')).toBeTruthy();
  });

  it('focuses the field a readiness link asked for', () => {
    state().requestFocus('/pilot/outcome');
    render(<OverviewScreen />);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Outcome so far' }));
  });
});
