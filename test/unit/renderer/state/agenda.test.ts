import { describe, expect, it } from 'vitest';
import { agendaProgress, AGENDA, sprintDayOn } from '../../../../renderer/state/agenda';
import { deriveProblems, deriveReadiness, deriveSchedule } from '../../../../renderer/state/selectors';
import type { Workbook } from '../../../../shared/model';
import { template } from '../helpers';

const progress = (w: Workbook) => agendaProgress(w, deriveReadiness(w), deriveSchedule(w), deriveProblems(w));
const day = (w: Workbook, n: number) => progress(w).find((d) => d.day === n)!;

describe('agenda progress', () => {
  it('follows the ten days of templates/agenda.json', () => {
    expect(AGENDA.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('leaves every day open on a blank workbook, saying what is missing', () => {
    const days = progress(template('blank'));
    expect(days.every((d) => d.status === 'open')).toBe(true);
    expect(days[0]!.missing).toBe('Name the pilot');
    expect(days[3]!.missing).toBe('No decisions recorded yet');
    expect(days[9]!.missing).toBe('No documents exported yet');
  });

  it('marks day 1 done once the pilot is named and people are entered', () => {
    const blank = template('blank');
    const named = { ...blank, pilot: { name: 'Triage', stakeholders: [] } };
    expect(day(named, 1).missing).toBe('Add the people in the room');
    expect(day({ ...named, people: [{ id: 'p-1', name: 'Maya' }] }, 1).status).toBe('done');
  });

  it('marks the question days done when their question has no blocker (the worked example)', () => {
    const w = template('support-triage');
    for (const n of [2, 3, 4, 5, 6, 7, 8, 9]) expect(day(w, n).status, `day ${n}`).toBe('done');
  });

  it('counts the blockers left on a question day, even one ticked by hand', () => {
    const w = template('support-triage');
    const broken = { ...w, ownership: { ...w.ownership, workflowOwnerId: undefined, governanceOwnerId: undefined } } as Workbook;
    expect(day(broken, 8)).toMatchObject({ status: 'ticked', missing: '2 blockers left' });
  });

  it('marks day 10 done once documents were exported', () => {
    const w = template('support-triage');
    expect(day(w, 10).status).not.toBe('done');
    expect(day({ ...w, audit: [{ at: '2026-11-13T10:00:00Z', action: 'exported' }] }, 10).status).toBe('done');
  });

  it('shows a day ticked by hand as ticked while the workbook does not show it, with its notes', () => {
    const blank = template('blank');
    const w = { ...blank, sprint: { days: [{ day: 4, done: true, notes: 'Inventory on paper', blocks: [] }] } };
    expect(day(w, 4)).toMatchObject({ status: 'ticked', ticked: true, notes: 'Inventory on paper' });
  });
});

describe('which sprint day it is', () => {
  it('counts weekdays from the start date', () => {
    // 2026-11-02 is a Monday.
    expect(sprintDayOn('2026-11-02', '2026-11-02')).toBe(1);
    expect(sprintDayOn('2026-11-02', '2026-11-06')).toBe(5);
    expect(sprintDayOn('2026-11-02', '2026-11-09')).toBe(6);
    expect(sprintDayOn('2026-11-02', '2026-11-13')).toBe(10);
  });

  it('is no day before the start, after day 10, on a weekend before day 1, or without a start date', () => {
    expect(sprintDayOn('2026-11-02', '2026-11-01')).toBeNull();
    expect(sprintDayOn('2026-11-02', '2026-11-16')).toBeNull();
    expect(sprintDayOn('2026-10-31', '2026-11-01')).toBeNull();
    expect(sprintDayOn(undefined, '2026-11-02')).toBeNull();
  });
});
