// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { state, template, testEditor } from '../../helpers';
import { keepRaci, renderOwners, unownedMetric } from './ownersFixture';
import { targetOf, type NavTarget } from '../../../../../renderer/state/navigation';
import { pick } from '../../pick';

afterEach(cleanup);

const answers = () => screen.getByRole('list', { name: 'The four ownership answers' });
const tile = (label: string) => within(answers()).getByText(label).closest('li')!;

describe('the Owners stage: can you name them?', () => {
  it('says question 4 is answered when every owner is named', () => {
    renderOwners();
    const section = screen.getByRole('region', { name: 'Can you name them?' });
    expect(within(section).getByText('Answered')).toBeTruthy();
    expect(within(tile('Workflow owner')).getByText('Daniel Okoro')).toBeTruthy();
    expect(within(tile('Escalation path')).getByText('Lucía Romero → Sam Whitfield → Daniel Okoro')).toBeTruthy();
  });

  it('shows which of the four answers are missing, and takes you to the field that names one', () => {
    renderOwners(template('blank'));
    for (const label of ['Workflow owner', 'Governance owner', 'Measurement cadence', 'Escalation path']) {
      expect(within(tile(label)).getByText('Missing')).toBeTruthy();
    }
    expect(within(tile('Measurement cadence')).getByText(/No measurement cadence is set\./)).toBeTruthy();
    fireEvent.click(within(tile('Measurement cadence')).getByRole('button', { name: 'Name one' }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Measurement cadence' }));
    fireEvent.click(within(tile('Escalation path')).getByRole('button', { name: 'Name one' }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Add the first person' }));
  });

  it('lists a metric without an owner and names one on the spot', () => {
    renderOwners(unownedMetric(template('support-triage'), 'm-cost'));
    const section = screen.getByRole('region', { name: 'Can you name them?' });
    expect(within(section).getByText('1 blocker')).toBeTruthy();
    expect(within(section).getByText('Metric "Cost per ticket" has no owner.')).toBeTruthy();
    expect(within(section).getByRole('link', { name: /Fix in Metrics › Owner/ })).toBeTruthy();
    pick(within(section).getByRole('combobox', { name: 'Owner of metric “Cost per ticket”' }), 'Kowalski', /Tomasz Kowalski/);
    expect(state().workbook!.metrics.find((m) => m.id === 'm-cost')!.ownerId).toBe('p-billing');
    expect(within(section).getByText('Answered')).toBeTruthy();
  });

  it('lists a decision whose RACI row breaks the rule, and shows its row in the matrix', () => {
    renderOwners(keepRaci(template('support-triage'), (r) => !(r.subjectId === 'd-send' && r.role === 'R')));
    const section = screen.getByRole('region', { name: 'Can you name them?' });
    expect(within(section).getByText('Decision "Send the reply to the customer" has no one responsible (R) in the RACI.')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Show in the RACI' }));
    expect(document.activeElement).toBe(screen.getByRole('rowheader', { name: /Send the reply to the customer/ }));
  });
});

describe('the Owners stage: ownership', () => {
  it('names the workflow and governance owners and the cadence', () => {
    renderOwners(template('support-triage'));
    pick(screen.getByRole('combobox', { name: 'Workflow owner' }), 'Whitfield', /Sam Whitfield/);
    pick(screen.getByRole('combobox', { name: 'Governance owner' }), 'nobody', 'Nobody yet');
    fireEvent.change(screen.getByRole('combobox', { name: 'Measurement cadence' }), { target: { value: 'biweekly' } });
    expect(state().workbook!.ownership).toMatchObject({ workflowOwnerId: 'p-ops', measurementCadence: 'biweekly' });
    expect(state().workbook!.ownership.governanceOwnerId).toBeUndefined();
    expect(within(tile('Governance owner')).getByText('Missing')).toBeTruthy();
    expect(within(tile('Measurement cadence')).getByText('Every two weeks')).toBeTruthy();
  });

  it('reorders the escalation path with Up and Down, each one undo step', () => {
    renderOwners();
    fireEvent.click(screen.getByRole('button', { name: 'Move Lucía Romero down' }));
    expect(state().workbook!.ownership.escalationPath).toEqual(['p-ops', 'p-t1-lead', 'p-vp-support']);
    const steps = within(screen.getByRole('list', { name: 'Escalation path, first to last' })).getAllByRole('listitem');
    expect(steps.map((s) => within(s).getByText(/Romero|Whitfield|Okoro/).textContent)).toEqual(['Sam Whitfield', 'Lucía Romero', 'Daniel Okoro']);
    act(() => state().undo());
    expect(state().workbook!.ownership.escalationPath).toEqual(['p-t1-lead', 'p-ops', 'p-vp-support']);
  });

  it('adds to the escalation path only people not on it yet, and removes from it', () => {
    renderOwners();
    const add = screen.getByRole('combobox', { name: 'Add the next person' });
    fireEvent.change(add, { target: { value: 'Romero' } });
    expect(document.getElementById(add.getAttribute('aria-controls')!)!.textContent).toContain('No match');
    pick(add, 'Grace', /Grace Adeyemi/);
    expect(state().workbook!.ownership.escalationPath.at(-1)).toBe('p-privacy');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Grace Adeyemi from the escalation path' }));
    expect(state().workbook!.ownership.escalationPath).toEqual(['p-t1-lead', 'p-ops', 'p-vp-support']);
  });

  it('says so when the path names someone who is not in People', () => {
    const w = template('support-triage');
    renderOwners({ ...w, ownership: { ...w.ownership, escalationPath: ['p-t1-lead', 'p-gone'] } });
    expect(screen.getByText('Unknown person “p-gone”')).toBeTruthy();
    expect(within(tile('Escalation path')).getByText('Problem')).toBeTruthy();
  });
});

describe('the Owners stage: people', () => {
  it('adds a person with role, team and email', () => {
    renderOwners(template('blank'));
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    fireEvent.change(document.activeElement!, { target: { value: 'Ana Ruiz' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Role of Ana Ruiz' }), { target: { value: 'Claims lead' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Team of Ana Ruiz' }), { target: { value: 'Claims' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Email of Ana Ruiz' }), { target: { value: 'ana@example.com' } });
    expect(state().workbook!.people).toMatchObject([{ name: 'Ana Ruiz', role: 'Claims lead', team: 'Claims', email: 'ana@example.com' }]);
  });

  it('refuses to remove someone still named, says where, and each place takes you there', () => {
    renderOwners();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Lucía Romero' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Lucía Romero is still named in the workbook' });
    expect(within(dialog).getByRole('link', { name: /Owner of metric “Misrouted tickets” · Metrics › Owner/ })).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: /Step 1 of the escalation path · Owners/ })).toBeTruthy();
    expect(state().workbook!.people.some((p) => p.id === 'p-t1-lead')).toBe(true);

    // A RACI entry: the matrix cell itself, on this stage.
    fireEvent.click(within(dialog).getByRole('link', { name: /Accountable for decision “Suggest the ticket's priority” in the RACI/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: "Lucía Romero on “Suggest the ticket's priority”: Accountable" }));

    fireEvent.click(screen.getByRole('button', { name: 'Remove Lucía Romero' }));
    fireEvent.click(screen.getByRole('link', { name: /Step 1 of the escalation path/ }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Lucía Romero, step 1 of 3' }));

    // Elsewhere: that stage, asked to focus the field (this test keeps the Owners screen shown).
    const asked: NavTarget[] = [];
    const stop = testEditor().focus.subscribe((s) => { if (s.request) asked.push(s.request.target); });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Lucía Romero' }));
    fireEvent.click(screen.getByRole('link', { name: /Owner of metric “Misrouted tickets”/ }));
    stop();
    expect(state().route).toMatchObject({ screen: 'workbook', stage: 'metrics' });
    expect(asked).toEqual([targetOf(state().workbook!, '/metrics/1/ownerId')]);
  });
});
