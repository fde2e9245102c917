// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { render } from '../../render';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../../shared/model';
import { RoadmapScreen } from '../../../../../renderer/features/roadmap/RoadmapScreen';
import { deriveSchedule } from '../../../../../renderer/state/selectors';
import { openInFreshStore, state, template } from '../../helpers';
import { targetOf } from '../../../../../renderer/state/navigation';

afterEach(cleanup);

const triage = () => template('support-triage');
const item = (id: string) => state().workbook!.roadmap.find((r) => r.id === id)!;
const timing = (id: string) => deriveSchedule(state().workbook!).items.find((s) => s.itemId === id)!;

/** The worked example with the misrouting kill criterion triggered. */
function triggered(): Workbook {
  const w = triage();
  return { ...w, metrics: w.metrics.map((m) => (m.id === 'm-misroute' ? { ...m, observations: [{ date: '2027-02-05', value: 13.4 }] } : m)) };
}

describe('the Roadmap screen', () => {
  it('sums the schedule up: its length, its dates and its critical path', () => {
    openInFreshStore(triage());
    render(<RoadmapScreen />);
    expect(screen.getByText('19 weeks')).toBeTruthy();
    expect(screen.getByText(/from Nov 16, 2026/)).toBeTruthy();
    expect(screen.getByText(/Log every AI suggestion and agent action in the helpdesk → Confidence threshold/)).toBeTruthy();
  });

  it('draws the Gantt with phases as bands and the weeks on every bar’s end', () => {
    openInFreshStore(triage());
    render(<RoadmapScreen />);
    const gantt = screen.getByRole('region', { name: 'Gantt chart of the roadmap' });
    expect(within(gantt).getAllByRole('heading', { level: 3 }).map((h) => h.firstChild?.textContent)).toEqual(['Foundation', 'Pilot hardening', 'Controlled rollout', 'Scale']);
    expect(within(gantt).getByRole('slider', { name: 'Weeks of Log every AI suggestion and agent action in the helpdesk' }).getAttribute('aria-valuenow')).toBe('3');
    expect(within(gantt).getAllByText('Critical').length).toBeGreaterThan(0);
  });

  it('changes weeks from the keyboard on a bar’s end, and the schedule follows', () => {
    openInFreshStore(triage());
    render(<RoadmapScreen />);
    const handle = screen.getByRole('slider', { name: 'Weeks of Log every AI suggestion and agent action in the helpdesk' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(item('r-logging').weeks).toBe(5);
    expect(timing('r-threshold').startWeek).toBe(5);
    expect(screen.getByText('21 weeks')).toBeTruthy();
  });

  it('marks a blocked item with the metric that blocks it', () => {
    openInFreshStore(triggered());
    render(<RoadmapScreen />);
    const row = screen.getByRole('button', { name: 'Auto-execute classification on all English queues' }).closest('.gantt-row') as HTMLElement;
    expect(within(row).getByText(/Blocked by Misrouted tickets/)).toBeTruthy();
    expect(screen.getByText(/2 items are blocked by a triggered kill criterion/)).toBeTruthy();
  });

  it('moves the schedule when a dependency is added in the editor', () => {
    openInFreshStore(triage());
    render(<RoadmapScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Weekly sampling review of tags and drafts' }));
    expect(timing('r-sampling').startWeek).toBe(3);
    fireEvent.change(screen.getByRole('combobox', { name: 'Add a dependency' }), { target: { value: 'r-threshold' } });
    expect(item('r-sampling').dependsOn).toEqual(['r-threshold']);
    expect(timing('r-sampling').startWeek).toBe(5);
    expect(screen.getByText(/Week 5 · /)).toBeTruthy();
  });

  it('refuses a dependency that would close a cycle, naming the cycle, and changes nothing', () => {
    const w = triage();
    openInFreshStore({ ...w, roadmap: w.roadmap.map((r) => (r.id === 'r-dashboard' ? { ...r, dependsOn: ['r-logging'] } : r)) });
    render(<RoadmapScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Log every AI suggestion and agent action in the helpdesk' }));
    const before = state().workbook;
    fireEvent.change(screen.getByRole('combobox', { name: 'Add a dependency' }), { target: { value: 'r-dashboard' } });
    expect(screen.getByRole('alert').textContent!.trim()).toBe(
      'Refused. That would make a cycle: "Log every AI suggestion and agent action in the helpdesk" → "Weekly KPI dashboard from helpdesk timestamps" → "Log every AI suggestion and agent action in the helpdesk". An item cannot wait, even indirectly, for itself.');
    expect(state().workbook).toBe(before);
  });

  it('does not offer an item of a later phase to wait for', () => {
    openInFreshStore(triage());
    render(<RoadmapScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Confidence threshold and fallback to the general queue' }));
    const options = within(screen.getByRole('combobox', { name: 'Add a dependency' })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('Weekly KPI dashboard from helpdesk timestamps (Foundation)');
    expect(options.some((o) => o?.includes('(Controlled rollout)'))).toBe(false);
  });

  it('previews a suggested roadmap and adds items one by one, keeping the existing ones', () => {
    openInFreshStore(triage());
    const existing = state().workbook!.roadmap.map((r) => r.id);
    render(<RoadmapScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Suggest a roadmap' }));
    const dialog = screen.getByRole('dialog', { name: 'Suggested roadmap' });
    expect(within(dialog).getByText(/Your 9 existing items stay as they are/)).toBeTruthy();
    expect(state().workbook!.roadmap).toHaveLength(9);
    const adds = within(dialog).getAllByRole('button', { name: /^Add “/ });
    fireEvent.click(adds[0]!);
    expect(state().workbook!.roadmap).toHaveLength(10);
    expect(within(dialog).getByText('Added')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /^Add the other \d+$/ }));
    expect(state().workbook!.roadmap.slice(0, 9).map((r) => r.id)).toEqual(existing);
    expect(state().workbook!.roadmap.length).toBe(9 + adds.length);
  });

  it('offers the same data as a list, with keyboard buttons to reorder', () => {
    openInFreshStore(triage());
    render(<RoadmapScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'List' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader').length).toBe(9);
    fireEvent.click(within(table).getByRole('button', { name: 'Move Log every AI suggestion and agent action in the helpdesk down' }));
    expect(state().workbook!.roadmap.slice(0, 3).map((r) => r.id)).toEqual(['r-dashboard', 'r-logging', 'r-privacy']);
    fireEvent.change(within(table).getByRole('textbox', { name: 'Weeks of Weekly KPI dashboard from helpdesk timestamps' }), { target: { value: '4' } });
    expect(item('r-dashboard').weeks).toBe(4);
  });

  it('opens the item a readiness link points at, with the field focused', () => {
    const w = triage();
    openInFreshStore({ ...w, roadmap: w.roadmap.map((r, i) => (i === 4 ? { ...r, ownerId: undefined } : r)) });
    state().requestFocus(targetOf(state().workbook!, '/roadmap/4/ownerId'));
    render(<RoadmapScreen />);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Owner' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Weekly sampling review of tags and drafts' })).toBeTruthy();
  });

  it('removes an item with Undo at hand', () => {
    openInFreshStore(triage());
    render(<RoadmapScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Quarterly governance review (sending and refunds stay human-only)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove item' }));
    expect(state().workbook!.roadmap).toHaveLength(8);
    act(() => state().toasts.at(-1)!.action!.run());
    expect(state().workbook!.roadmap).toHaveLength(9);
  });
});
