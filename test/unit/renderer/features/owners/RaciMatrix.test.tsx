// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateWorkbook, BENCH_SIZE } from '../../../../fixtures/generate';
import { state, template } from '../../helpers';
import { watchRenders } from '../../profiled';
import { keepRaci, renderOwners } from './ownersFixture';
import { targetOf } from '../../../../../renderer/state/navigation';

// Each row of the matrix inside React's <Profiler>, named by its subject.
const log = vi.hoisted(() => ({ entries: null as string[] | null }));
vi.mock('../../../../../renderer/features/owners/raci/RaciRow', async (original) => {
  const real = await original<typeof import('../../../../../renderer/features/owners/raci/RaciRow')>();
  const { profiled } = await import('../../profiled');
  return { ...real, RaciRow: profiled(real.RaciRow, ({ subjectId }) => subjectId, log) };
});

afterEach(() => {
  log.entries = null;
  cleanup();
});

const cell = (person: string, subject: string) => screen.getByRole('button', { name: new RegExp(`^${person} on “${subject}”: `) });
const row = (subject: string) => screen.getByRole('row', { name: new RegExp(subject) });
const rule = (subject: string) => row(subject).querySelector('.raci-rule')!.textContent;
const tabStops = () => [...document.querySelectorAll<HTMLElement>('button.raci-cell')].filter((b) => b.tabIndex === 0);

describe('the RACI matrix', () => {
  it('cycles a cell through R, A, C, I and empty, one click each, and names the role', () => {
    renderOwners();
    const refund = 'Issue a goodwill refund or credit';
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      fireEvent.click(cell('Maya Chen', refund));
      names.push(cell('Maya Chen', refund).getAttribute('aria-label')!);
    }
    expect(names).toEqual(['Responsible', 'Accountable', 'Consulted', 'Informed', 'no role'].map((r) => `Maya Chen on “${refund}”: ${r}`));
    expect(state().past).toHaveLength(5);
  });

  it('checks "exactly one A, at least one R" live in each decision’s row, in words', () => {
    renderOwners(keepRaci(template('support-triage'), (r) => !(r.subjectId === 'd-send' && r.role === 'R')));
    const send = 'Send the reply to the customer';
    expect(rule(send)).toBe('No one responsible (R)');
    fireEvent.click(cell('Jonas Becker', send));
    expect(rule(send)).toBe('Sound: 1 A, 1 R');
    fireEvent.click(cell('Maya Chen', send));
    fireEvent.click(cell('Maya Chen', send));
    expect(rule(send)).toBe('2 accountable (A): needs exactly one');
    expect(screen.getByText(/Maya Chen: Accountable on “Send the reply to the customer”\. 2 accountable \(A\): needs exactly one\./)).toBeTruthy();
  });

  it('treats the rule as advice for metrics and roadmap items, said once someone is on the row', () => {
    renderOwners();
    expect(rule('Misrouted tickets')).toBe('Optional: not needed for readiness');
    expect(rule('Time to first response')).toBe('No one responsible (R)');
    expect(row('Time to first response').className).toContain('is-warn');
  });

  it('is one Tab stop, moved by the arrow keys; R, A, C, I set a cell and Delete clears it', () => {
    renderOwners();
    expect(tabStops()).toHaveLength(1);
    const start = cell('Maya Chen', 'Classify the ticket\'s topic, product and language');
    act(() => start.focus());
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('Daniel Okoro', 'Classify the ticket\'s topic, product and language'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const priority = cell('Daniel Okoro', 'Suggest the ticket\'s priority');
    expect(document.activeElement).toBe(priority);
    expect(tabStops()).toEqual([priority]);
    fireEvent.keyDown(priority, { key: 'c' });
    expect(priority.getAttribute('aria-label')).toMatch(/: Consulted$/);
    fireEvent.keyDown(priority, { key: 'Delete' });
    expect(priority.getAttribute('aria-label')).toMatch(/: no role$/);
    fireEvent.keyDown(priority, { key: 'End' });
    expect(document.activeElement).toBe(cell('Tomasz Kowalski', 'Suggest the ticket\'s priority'));
  });

  it('re-renders only the clicked row', () => {
    renderOwners();
    const rendered = watchRenders(log);
    fireEvent.click(cell('Maya Chen', 'Draft a reply from the knowledge base'));
    fireEvent.click(cell('Priya Nair', 'Draft a reply from the knowledge base'));
    expect(new Set(rendered())).toEqual(new Set(['d-draft']));
  });

  it('lists an entry naming someone not in People apart, and removes it', () => {
    const w = template('support-triage');
    renderOwners({ ...w, raci: [...w.raci, { subjectId: 'd-send', personId: 'p-gone', role: 'I' }] });
    const notice = screen.getByRole('region', { name: 'RACI entries that name nobody' });
    expect(within(notice).getByText('unknown person “p-gone”: Informed (I) on “Send the reply to the customer”')).toBeTruthy();
    fireEvent.click(within(notice).getByRole('button', { name: 'Remove' }));
    expect(state().workbook!.raci).toEqual(w.raci);
    expect(screen.queryByRole('region', { name: 'RACI entries that name nobody' })).toBeNull();
  });
});

describe('the RACI matrix at 300 decisions × 60 people', () => {
  const big = () => generateWorkbook({ ...BENCH_SIZE, people: 60 });

  it('renders only the rows in view, each with a cell per person', () => {
    renderOwners(big());
    const grid = screen.getByRole('grid', { name: 'RACI matrix' });
    const rows = grid.querySelectorAll('tbody tr.raci-row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]!.querySelectorAll('button.raci-cell')).toHaveLength(60);
    expect(grid.getAttribute('aria-rowcount')).toBe(String(1 + 300 + 100 + 100 + 3));
  });

  it('moves the keyboard focus to rows that were not rendered yet', () => {
    renderOwners(big());
    const first = document.querySelector<HTMLButtonElement>('button.raci-cell[tabindex="0"]')!;
    expect(first.getAttribute('aria-label')).toBe('Person 0 on “Decision 0”: Accountable');
    act(() => first.focus());
    for (let i = 0; i < 5; i++) fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Person 0 on “Decision 50”: no role');
    expect(tabStops()).toEqual([document.activeElement]);
  });

  it('brings a far cell into view when asked for it, and focuses it', () => {
    renderOwners(big());
    act(() => state().requestFocus(targetOf(state().workbook!, '/raci/501/personId'))); // the second entry of decision 250: person 11 is responsible
    expect(document.activeElement!.getAttribute('aria-label')).toBe('Person 11 on “Decision 250”: Responsible');
    expect(document.activeElement!.textContent).toBe('R');
  });
});
