// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../render';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OverviewScreen } from '../../../../renderer/features/overview/OverviewScreen';
import { AVAILABLE_STAGES } from '../../../../renderer/app/stages';
import { formatDate, formatValue } from '../../../../renderer/components/format';
import { AvailableStages } from '../../../../renderer/hooks/useAvailableStages';
import { typeDate, typeImpossibleDate } from '../dateInput';
import { pick } from '../pick';
import { useApp } from '../../../../renderer/state/appContext';
import { openInFreshStore, state, template } from '../helpers';
import { STOP, stopWorkbook } from '../verdicts';
import { targetOf } from '../../../../renderer/state/navigation';

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

  it('never lets an impossible date typed into the sprint start delete the stored one, and says why', () => {
    render(<OverviewScreen />);
    const start = screen.getByLabelText('Sprint starts on') as HTMLInputElement;
    const stored = state().workbook!.sprint.startDate!;
    typeImpossibleDate(start);
    expect(state().workbook!.sprint.startDate).toBe(stored);
    expect(start.value).toBe('');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(`Not a date on the calendar, or not complete yet: the workbook keeps ${formatDate(stored)}.`)).toBeTruthy();
    typeDate(start, '2026-11-09');
    expect(state().workbook!.sprint.startDate).toBe('2026-11-09');
    expect(start.getAttribute('aria-invalid')).toBeNull();
  });

  it('says so when an impossible date is typed into an empty sprint start, storing nothing', () => {
    const w = template('support-triage');
    openInFreshStore({ ...w, sprint: { ...w.sprint, startDate: undefined } });
    render(<OverviewScreen />);
    const start = screen.getByLabelText('Sprint starts on') as HTMLInputElement;
    typeImpossibleDate(start);
    expect(screen.getByText('Not a date on the calendar, or not complete yet: nothing is stored until it is one.')).toBeTruthy();
    expect(state().workbook!.sprint.startDate).toBeUndefined();
    expect(state().past).toHaveLength(0);
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

  it('finds the facilitator by typing part of a name, and adds a new person as one undo step', () => {
    render(<OverviewScreen />);
    const picker = screen.getByRole('combobox', { name: 'Facilitator' });
    const someone = state().workbook!.people[1]!;
    pick(picker, someone.name.split(' ')[0]!, new RegExp(`^${someone.name}`));
    expect(state().workbook!.sprint.facilitatorId).toBe(someone.id);
    const before = state().past.length;
    pick(picker, 'Rosa', 'Add a new person…');
    const name = screen.getByRole('textbox', { name: 'Facilitator: name of the new person' });
    fireEvent.change(name, { target: { value: 'Rosa Díaz' } });
    fireEvent.click(within(name.closest('.person-new') as HTMLElement).getByRole('button', { name: 'Add person' }));
    const rosa = state().workbook!.people.find((p) => p.name === 'Rosa Díaz')!;
    expect(state().workbook!.sprint.facilitatorId).toBe(rosa.id);
    expect(state().past.length).toBe(before + 1);
  });

  it('says when the facilitator names nobody among the people, on the field itself', () => {
    const w = template('support-triage');
    openInFreshStore({ ...w, sprint: { ...w.sprint, facilitatorId: 'p-gone' } });
    render(<OverviewScreen />);
    const picker = screen.getByRole('combobox', { name: 'Facilitator' });
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The facilitator “p-gone” is not among the people.')).toBeTruthy();
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
    state().requestFocus(targetOf(state().workbook!, '/pilot/outcome'));
    render(<OverviewScreen />);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Outcome so far' }));
  });
});

describe('the agenda under a stop', () => {
  const day = (n: number) => document.querySelector(`[data-focus="/agenda/day/${n}"]`) as HTMLElement;
  /** Overview while the route shows it, as the workbook window switches stages. */
  function Routed() {
    const stage = useApp((s) => (s.route.screen === 'workbook' ? s.route.stage : null));
    return stage === 'overview' ? <OverviewScreen /> : <p>{stage}</p>;
  }

  it('says on the baselines days and the read-out that a triggered kill criterion stops them, naming the metric', () => {
    openInFreshStore(stopWorkbook());
    state().navigate({ screen: 'workbook', workbookId: state().workbook!.id, stage: 'overview' });
    render(<AvailableStages.Provider value={AVAILABLE_STAGES}><Routed /></AvailableStages.Provider>);
    const stopped = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((n) => within(day(n)).queryByRole('note', { name: `Day ${n}: stop and redesign` }));
    expect(stopped).toEqual([6, 7, 10]);
    const note = within(day(6)).getByRole('note');
    expect(note.textContent).toContain('a triggered kill criterion blocks this question');
    expect(note.textContent).toContain(`${STOP.metric}: ${formatValue(4.4, '%')} on ${formatDate('2026-11-30')} (threshold ${formatValue(4, '%')})`);
    expect(within(day(10)).getByRole('note').textContent).toContain('the read-out’s verdict');
    fireEvent.click(within(note).getByRole('link', { name: STOP.blocked[0] }));
    expect(state().route).toMatchObject({ stage: 'roadmap' });
    expect(state().focusRequest?.target).toEqual(targetOf(state().workbook!, `/roadmap/${state().workbook!.roadmap.findIndex((r) => r.title === STOP.blocked[0])}`));
  });

  it('says nothing of a stop when no kill criterion is triggered', () => {
    openInFreshStore(template('blank'));
    render(<OverviewScreen />);
    expect(screen.queryAllByRole('note', { name: /stop and redesign/ })).toEqual([]);
  });
});
