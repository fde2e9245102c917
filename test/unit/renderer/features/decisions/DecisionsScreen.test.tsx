// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../../render';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../../shared/model';
import { DecisionsScreen } from '../../../../../renderer/features/decisions/DecisionsScreen';
import { addDecision, blankDecision } from '../../../../../renderer/state/commands';
import { openInFreshStore, state, template, testEditor } from '../../helpers';
import { targetOf, type NavTarget } from '../../../../../renderer/state/navigation';
import { pick } from '../../pick';

afterEach(cleanup);

const triage = () => template('support-triage');
const decision = (id: string) => state().workbook!.decisions.find((d) => d.id === id)!;
const register = () => screen.getByRole('table', { name: /Decision register/ });
const rowOf = (title: RegExp) => within(register()).getByRole('row', { name: title });

/** The worked example with a decision the map created a moment ago: unclassified, nothing named. */
function withFreshDecision(): Workbook {
  const w = triage();
  return {
    ...w,
    decisions: [...w.decisions, {
      ...blankDecision('d-route', 'Escalate the ticket to tier 2'), nodeId: 'n-escalate', action: 'classify',
      factors: { reversible: true, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false },
    }],
  };
}

function show(w: Workbook = triage()) {
  openInFreshStore(w);
  state().navigate({ screen: 'workbook', workbookId: w.id, stage: 'decisions' });
  return render(<DecisionsScreen />);
}

const open = (title: string) => fireEvent.click(within(register()).getByRole('button', { name: title }));

describe('the decision register', () => {
  it('shows every decision with its action, factors, suggested and adopted tier, mode, controls and people', () => {
    show();
    const row = rowOf(/Issue a goodwill refund or credit/);
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual([
      'Approve spend', 'Not reversibleReaches customers$750 at stakePersonal data', 'High', 'HighHuman only',
      'Audit logHuman decisionDual approvalAccess control', 'Owner Tomasz KowalskiOverride Tomasz KowalskiEscalate Daniel Okoro', 'Ready',
    ]);
    expect(within(register()).getAllByRole('row')).toHaveLength(1 + 5);
  });

  it('filters by text, by tier, by what needs attention and by workflow node, and says how many are shown', () => {
    show(withFreshDecision());
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: 'reply' } });
    expect(within(register()).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('button')[0]!.textContent))
      .toEqual(['Draft a reply from the knowledge base', 'Send the reply to the customer']);
    expect(screen.getByText('2 of 6 decisions')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Adopted tier' }), { target: { value: 'high' } });
    expect(screen.getByText('2 of 6 decisions')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Adopted tier' }), { target: { value: 'all' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Needs attention only (1)' }));
    expect(within(register()).getAllByRole('row').slice(1).map((r) => r.getAttribute('data-id'))).toEqual(['d-route']);

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    pick(screen.getByRole('combobox', { name: 'Workflow node' }), 'refund or credit', 'Issue a refund or credit?');
    expect(within(register()).getAllByRole('row').slice(1).map((r) => r.getAttribute('data-id'))).toEqual(['d-refund']);
  });

  it('sorts by a column, both ways, and says so to assistive technology', () => {
    show(withFreshDecision());
    fireEvent.click(within(register()).getByRole('button', { name: 'Status' }));
    expect(within(register()).getByRole('columnheader', { name: /Status/ }).getAttribute('aria-sort')).toBe('descending');
    expect(within(register()).getAllByRole('row')[1]!.getAttribute('data-id')).toBe('d-route');
    fireEvent.click(within(register()).getByRole('button', { name: 'Decision' }));
    fireEvent.click(within(register()).getByRole('button', { name: 'Decision' }));
    expect(within(register()).getByRole('columnheader', { name: /Decision/ }).getAttribute('aria-sort')).toBe('descending');
    expect(within(register()).getAllByRole('row')[1]!.getAttribute('data-id')).toBe('d-prioritize');
  });

  it('adds a decision and opens it with its title focused; removing it is undone from the toast', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Add decision' }));
    const added = state().workbook!.decisions.at(-1)!;
    expect(added).toMatchObject({ title: '', action: 'classify' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Close a duplicate ticket' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Close a duplicate ticket' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove decision' }));
    expect(state().workbook!.decisions.some((d) => d.id === added.id)).toBe(false);
    const toast = state().toasts.at(-1)!;
    expect(toast.message).toBe('Removed Close a duplicate ticket.');
    act(() => toast.action!.run());
    expect(decision(added.id).title).toBe('Close a duplicate ticket');
  });
});

describe('the guided classification', () => {
  it('updates the suggested tier and its reasons as the questions are answered, in the workbook’s currency', () => {
    show(withFreshDecision());
    open('Escalate the ticket to tier 2');
    const suggestion = screen.getByRole('status', { name: 'Suggested tier' });
    expect(suggestion.textContent).toContain('Low tier');
    fireEvent.click(screen.getByRole('radio', { name: /^Route/ }));
    expect(suggestion.textContent).toContain('Medium tier');
    expect(suggestion.textContent).toContain('Action “route” starts at medium.');

    const money = within(screen.getByRole('group', { name: 'How much money is at stake per decision?' })).getByRole('textbox');
    fireEvent.change(money, { target: { value: '12,000' } });
    expect(suggestion.textContent).toContain('High tier');
    expect(suggestion.textContent).toContain('Financial exposure $12,000 is at or above the high threshold $10,000: high.');

    fireEvent.change(money, { target: { value: '-3' } });
    expect(screen.getByText('Enter an amount of 0 or more.')).toBeTruthy();
    expect(decision('d-route').factors.financialExposure).toBe(12000);
    fireEvent.change(money, { target: { value: '12,00' } });
    expect(screen.getByText('“12,00” is not an amount: write it like 12,345.5.')).toBeTruthy();
    expect(decision('d-route').factors.financialExposure).toBe(12000);

    fireEvent.change(money, { target: { value: '0' } });
    const rights = screen.getByRole('group', { name: 'Does it decide about a person’s rights or eligibility?' });
    fireEvent.click(within(rights).getByRole('radio', { name: 'Yes' }));
    expect(suggestion.textContent).toContain("Affects a person's rights or eligibility: high.");
    expect(decision('d-route').factors).toMatchObject({ affectsRights: true, financialExposure: 0 });
  });

  it('adopts the suggested tier, adds its required controls, and shows the audit record', () => {
    show(withFreshDecision());
    open('Escalate the ticket to tier 2');
    fireEvent.click(screen.getByRole('radio', { name: /^Route/ }));
    expect(screen.getByText('Adopting adds the required controls Audit log, Human confirmation.')).toBeTruthy();
    const adopt = screen.getByRole('button', { name: 'Adopt medium, as suggested' });
    adopt.focus();
    fireEvent.click(adopt);
    expect(decision('d-route')).toMatchObject({ tier: 'medium', controls: ['audit-log', 'human-confirmation'] });
    const adopted = screen.getByRole('button', { name: 'Medium tier adopted' });
    expect(adopted.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(adopted);
    expect(screen.getByText(/Recorded .* by Maya Chen: medium \(suggested medium\)\. Required controls added: audit-log, human-confirmation\./)).toBeTruthy();
    expect(state().workbook!.audit.at(-1)).toMatchObject({ action: 'tier-adopted', actorId: 'p-facilitator', subjectId: 'd-route' });
  });

  it('refuses another tier without a reason, with the message at the reason field, and records it with one', () => {
    show();
    open('Issue a goodwill refund or credit');
    const before = state().workbook;
    fireEvent.click(screen.getByRole('radio', { name: /^Medium/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Adopt medium instead of high' }));
    const reason = screen.getByRole('textbox', { name: 'Why medium rather than high?' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);
    expect(screen.getByRole('alert').textContent).toBe(
      'The rules suggest high. Write why this decision should be medium instead: the reason goes into the audit trail and the governance model.');
    expect(state().workbook).toBe(before);

    fireEvent.change(reason, { target: { value: 'Refunds are capped at $750 and Billing approves each one.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Adopt medium instead of high' }));
    expect(decision('d-refund')).toMatchObject({ tier: 'medium', tierReason: 'Refunds are capped at $750 and Billing approves each one.' });
    expect(state().workbook!.audit.at(-1)).toMatchObject({
      action: 'tier-adopted', actorId: 'p-facilitator', at: '2026-11-02T09:00:00Z',
      detail: expect.stringMatching(/^medium \(suggested high\): Refunds are capped at \$750 and Billing approves each one\./),
    });
    expect(rowOf(/Issue a goodwill refund/).textContent).toContain('Departs, with a reason');
  });
});

describe('controls', () => {
  it('asks before a required control is removed, then shows it missing as a readiness blocker', () => {
    show();
    open('Send the reply to the customer');
    const required = screen.getByRole('checkbox', { name: 'Human decision' });
    fireEvent.click(required);
    const dialog = screen.getByRole('alertdialog', { name: 'Remove a required control?' });
    expect(dialog.textContent).toContain('Human decision is required for the high tier.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(decision('d-send').controls).toContain('human-decision');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Human decision' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove anyway' }));
    expect(decision('d-send').controls).not.toContain('human-decision');
    expect(screen.getByText('Missing: a readiness blocker')).toBeTruthy();
    const needs = screen.getByRole('region', { name: 'What readiness still needs' });
    expect(needs.textContent).toContain('Decision "Send the reply to the customer" lacks required controls: human-decision.');
    expect(rowOf(/Send the reply to the customer/).textContent).toContain('Missing: Human decision');
  });

  it('adds a catalog control in one click and a control of one’s own, refusing a repeat', () => {
    show();
    open('Send the reply to the customer');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kill switch' }));
    const own = screen.getByRole('textbox', { name: 'Add a control of your own' });
    fireEvent.change(own, { target: { value: 'Weekly calibration with Legal' } });
    fireEvent.keyDown(own, { key: 'Enter' });
    fireEvent.change(own, { target: { value: 'kill switch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add control' }));
    expect(screen.getByText('“Kill switch” is already a control of this decision.')).toBeTruthy();
    expect(decision('d-send').controls.slice(-2)).toEqual(['kill-switch', 'Weekly calibration with Legal']);
  });
});

describe('people, policy and links', () => {
  it('names the person who can override, adding someone new on the spot in one undo step', () => {
    show(withFreshDecision());
    open('Escalate the ticket to tier 2');
    const people = state().workbook!.people.length;
    pick(screen.getByRole('combobox', { name: 'Can override' }), 'new person', 'Add a new person…');
    fireEvent.change(screen.getByRole('textbox', { name: 'Can override: name of the new person' }), { target: { value: 'Ana Ruiz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    const w = state().workbook!;
    expect(decision('d-route').overrideById).toBe(w.people.at(-1)!.id);
    act(() => state().undo());
    expect(state().workbook!.people).toHaveLength(people);
  });

  it('refuses thresholds that break the policy at the field, and re-suggests every tier when they change', () => {
    show();
    const medium = screen.getByRole('textbox', { name: 'At least medium from' });
    const high = screen.getByRole('textbox', { name: 'High from' });
    fireEvent.change(high, { target: { value: '500' } });
    expect(screen.getByText('The high threshold must not be below the medium threshold ($1,000).')).toBeTruthy();
    fireEvent.change(medium, { target: { value: 'ten' } });
    expect(screen.getByText('“ten” is not an amount: write it like 12,345.5.')).toBeTruthy();
    expect(state().workbook!.policy).toEqual({ mediumExposure: 1000, highExposure: 10000 });

    fireEvent.change(medium, { target: { value: '100' } });
    expect(state().workbook!.policy).toEqual({ mediumExposure: 100, highExposure: 500 });
    // The refund ($750 at stake) was already high; the same rules now also say so for money alone.
    open('Issue a goodwill refund or credit');
    expect(screen.getByRole('status', { name: 'Suggested tier' }).textContent).toContain('Financial exposure $750 is at or above the high threshold $500: high.');
  });

  it('turns a decision adopted below its new suggestion into one that needs attention', () => {
    const w = triage();
    show({ ...w, decisions: w.decisions.map((d) => (d.id === 'd-classify' ? { ...d, factors: { ...d.factors, financialExposure: 300 } } : d)) });
    expect(screen.getByRole('checkbox', { name: 'Needs attention only (0)' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'At least medium from' }), { target: { value: '200' } });
    expect(screen.getByRole('checkbox', { name: 'Needs attention only (1)' })).toBeTruthy();
    const attention = screen.getByRole('list', { name: /Needs attention/ });
    expect(attention.textContent).toContain('is classified low, but the suggested tier is medium, and no reason is recorded.');
    fireEvent.click(within(attention).getByRole('button', { name: 'Classify the ticket\'s topic, product and language' }));
    expect(state().selection).toEqual({ kind: 'decision', id: 'd-classify' });
  });

  it('opens the decision a readiness link points at, with the field focused', () => {
    const w = triage();
    openInFreshStore({ ...w, decisions: w.decisions.map((d) => (d.id === 'd-draft' ? { ...d, escalateToId: undefined } : d)) });
    state().requestFocus(targetOf(state().workbook!, '/decisions/2/escalateToId'));
    render(<DecisionsScreen />);
    expect(screen.getByRole('heading', { level: 2, name: 'Draft a reply from the knowledge base' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Escalate to' }));
    expect(state().selection).toEqual({ kind: 'decision', id: 'd-draft' });
  });

  it('jumps from a row to its node on the map', () => {
    show();
    const asked: NavTarget[] = [];
    // This screen stays mounted in the test and takes the request itself: record it as it is made.
    const stop = testEditor().focus.subscribe((s) => { if (s.request) asked.push(s.request.target); });
    fireEvent.click(within(rowOf(/Issue a goodwill refund/)).getByRole('button', { name: 'Show “Issue a refund or credit?” on the map' }));
    const index = state().workbook!.workflow.nodes.findIndex((n) => n.id === 'n-refund');
    expect(state().route).toMatchObject({ screen: 'workbook', stage: 'map' });
    stop();
    expect(asked).toEqual([targetOf(state().workbook!, `/workflow/nodes/${index}`)]);
  });

  it('keeps a decision made on the map linked to its node, and names the node in the register', () => {
    show();
    act(() => { state().execute(addDecision({ ...blankDecision('d-esc', 'Escalate to tier 2'), nodeId: 'n-escalate' })); });
    expect(rowOf(/Escalate to tier 2/).textContent).toContain('Escalate to tier 2');
    expect(within(rowOf(/Escalate to tier 2/)).getByRole('button', { name: 'Show “Escalate to tier 2” on the map' })).toBeTruthy();
  });
});
