// @vitest-environment jsdom
/** The "What changed" dialog: a snapshot against now lists exactly the seeded changes, in words, and each jumps to its record. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeWorkbook } from '../../../../../shared/format';
import type { Workbook } from '../../../../../shared/model';
import type { SprintbookDb } from '../../../../../renderer/db/db';
import { takeNamedSnapshot } from '../../../../../renderer/db/namedSnapshots';
import { setServices } from '../../../../../renderer/db/services';
import { CompareDialog } from '../../../../../renderer/features/compare/CompareDialog';
import { fakeDb } from '../../db/fakeDb';
import { fakeHost, type FakeHost } from '../../fakeHost';
import { openInFreshStore, state, template } from '../../helpers';
import { render } from '../../render';

/** The seeded edits: a person added, a decision re-tiered with a reason, a metric's unit changed, a roadmap item removed. */
function edited(w: Workbook): Workbook {
  return {
    ...w,
    people: [...w.people, { id: 'p-ada', name: 'Ada Lovelace' }],
    decisions: w.decisions.map((d) => (d.id === 'd-prioritize' ? { ...d, tier: 'high', tierReason: 'Customers see the priority' } : d)),
    metrics: w.metrics.map((m) => (m.id === 'm-cost' ? { ...m, unit: 'EUR' } : m)),
    roadmap: w.roadmap.filter((r) => r.id !== 'r-review'),
  };
}

const records = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('compare-record'));
const lines = (li: HTMLElement) => [li.querySelector('.compare-record-head')!.textContent, ...within(li).queryAllByRole('listitem').map((f) => f.textContent)];

describe('What changed', () => {
  let db: SprintbookDb;
  let host: FakeHost;
  beforeEach(() => {
    db = fakeDb();
    host = fakeHost();
    setServices({ db, host, autosave: { flush: async () => undefined, dispose: () => undefined } });
  });
  afterEach(() => {
    cleanup();
    setServices(null);
    db.close();
  });

  it('lists exactly the records added, removed and changed since a snapshot, with their fields before and after', async () => {
    const before = template('support-triage');
    await takeNamedSnapshot(db, before, 'End of day 3', 1000);
    openInFreshStore(edited(before));
    render(<CompareDialog onClose={() => undefined} />);
    await waitFor(() => expect(records()).toHaveLength(4));
    expect(screen.getByRole('status').textContent).toBe('1 record added, 1 removed, 2 changed');
    expect(records().map(lines)).toEqual([
      ['AddedPerson “Ada Lovelace”'],
      ['ChangedDecision “Suggest the ticket\'s priority”', 'Tier: "medium" → "high"', 'Reason for the tier: set to "Customers see the priority"'],
      ['ChangedMetric “Cost per ticket”', 'Unit: "USD" → "EUR"'],
      ['RemovedRoadmap item “Quarterly governance review (sending and refunds stay human-only)”'],
    ]);
    const tiers = screen.getByRole('region', { name: 'Tier changes' });
    expect(tiers.textContent).toContain('“Suggest the ticket\'s priority”: medium → high (Customers see the priority)');
    const readiness = screen.getByRole('region', { name: 'Readiness before and after' });
    expect(readiness.textContent).toMatch(/Before: Ready to scale → After: Not ready: \d+ blockers?/);
  });

  it('jumps from a changed field to its record on its stage, and closes', async () => {
    const before = template('support-triage');
    await takeNamedSnapshot(db, before, 'Start', 1000);
    const { app } = openInFreshStore(edited(before));
    app.getState().navigate({ screen: 'workbook', workbookId: before.id, stage: 'overview' });
    const onClose = vi.fn();
    render(<CompareDialog onClose={onClose} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Unit: "USD" → "EUR"' }));
    expect(onClose).toHaveBeenCalled();
    expect(state().route).toMatchObject({ stage: 'metrics' });
    expect(state().focusRequest?.target).toEqual({ recordId: 'm-cost', field: 'unit' });
    // A removed record has nowhere to go: it is listed, not linked.
    expect(screen.queryByRole('button', { name: /Quarterly governance review/ })).toBeNull();
  });

  it('compares a .sprintbook file with now, and gives the loader\'s message for a file it refuses', async () => {
    const now = template('support-triage');
    openInFreshStore(now);
    host.nextOpen = { ok: true, value: { handle: 'h', name: 'older.sprintbook', bytes: new TextEncoder().encode(serializeWorkbook({ ...now, title: 'Older title' })) } };
    render(<CompareDialog onClose={() => undefined} />);
    expect(await screen.findByText(/No snapshot to compare with yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Compare a file…' }));
    expect(await screen.findByText('Title: "Older title" → "Customer support — ticket triage AI, scale-up sprint"', { exact: false })).toBeTruthy();
    host.nextOpen = { ok: true, value: { handle: 'h2', name: 'broken.sprintbook', bytes: new TextEncoder().encode('{ not json') } };
    fireEvent.click(screen.getByRole('button', { name: 'Compare a file…' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^broken\.sprintbook cannot be compared: /);
  });
});
