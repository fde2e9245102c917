import { beforeEach, describe, expect, it } from 'vitest';
import {
  addEscalationStep, cycleRaciRole, moveEscalationStep, nextRaciRole, removeEscalationStep, removeRaciEntry,
  setMeasurementCadence, setOwnershipPerson, setRaciRole, withNewPerson,
} from '../../../../renderer/state/commands';
import { openInFreshStore, state, template } from '../helpers';

const ownership = () => state().workbook!.ownership;
const raci = () => state().workbook!.raci;
const cell = (subjectId: string, personId: string) => raci().filter((r) => r.subjectId === subjectId && r.personId === personId);

describe('ownership commands', () => {
  beforeEach(() => openInFreshStore(template('support-triage')));

  it('name and clear the workflow and governance owners', () => {
    state().execute(setOwnershipPerson('workflowOwnerId', 'p-ops'));
    expect(ownership().workflowOwnerId).toBe('p-ops');
    state().execute(setOwnershipPerson('governanceOwnerId', ''));
    expect('governanceOwnerId' in ownership()).toBe(false);
  });

  it('set and clear the measurement cadence', () => {
    state().execute(setMeasurementCadence('monthly'));
    expect(ownership().measurementCadence).toBe('monthly');
    state().execute(setMeasurementCadence(undefined));
    expect('measurementCadence' in ownership()).toBe(false);
  });

  it('add someone to the end of the escalation path, only once', () => {
    state().execute(addEscalationStep('p-privacy'));
    expect(ownership().escalationPath).toEqual(['p-t1-lead', 'p-ops', 'p-vp-support', 'p-privacy']);
    const w = state().workbook;
    expect(state().execute(addEscalationStep('p-ops'))).toBe(false);
    expect(state().workbook).toBe(w);
  });

  it('add a new person and put them on the path as one undo step', () => {
    const before = state().workbook!;
    state().execute(withNewPerson('Ana Ruiz', addEscalationStep));
    const ana = state().workbook!.people.at(-1)!;
    expect(ana.name).toBe('Ana Ruiz');
    expect(ownership().escalationPath.at(-1)).toBe(ana.id);
    state().undo();
    expect(state().workbook).toBe(before);
  });

  it('move a step to another place as one undo step, however far', () => {
    state().execute(moveEscalationStep(0, 2, 'p-t1-lead'));
    expect(ownership().escalationPath).toEqual(['p-ops', 'p-vp-support', 'p-t1-lead']);
    expect(state().past).toHaveLength(1);
    expect(state().past.at(-1)!.label).toBe('Reorder escalation path');
    state().undo();
    expect(ownership().escalationPath).toEqual(['p-t1-lead', 'p-ops', 'p-vp-support']);
  });

  it('move or remove nothing when the step no longer holds the person the click was about', () => {
    const w = state().workbook;
    expect(state().execute(moveEscalationStep(0, 2, 'p-ops'))).toBe(false);
    expect(state().execute(removeEscalationStep(1, 'p-t1-lead'))).toBe(false);
    expect(state().workbook).toBe(w);
    state().execute(removeEscalationStep(1, 'p-ops'));
    expect(ownership().escalationPath).toEqual(['p-t1-lead', 'p-vp-support']);
  });
});

describe('RACI commands', () => {
  beforeEach(() => openInFreshStore(template('support-triage')));

  it('cycle a cell through R, A, C, I and empty', () => {
    const seen: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      state().execute(cycleRaciRole('d-refund', 'p-facilitator'));
      seen.push(cell('d-refund', 'p-facilitator')[0]?.role ?? null);
    }
    expect(seen).toEqual(['R', 'A', 'C', 'I', null]);
    expect(nextRaciRole(null)).toBe('R');
    expect(nextRaciRole('I')).toBeNull();
  });

  it('keep one entry per person and subject: a role replaces the one before, in its place', () => {
    const at = raci().findIndex((r) => r.subjectId === 'd-classify' && r.personId === 'p-agent');
    state().execute(setRaciRole('d-classify', 'p-agent', 'C'));
    expect(cell('d-classify', 'p-agent')).toEqual([{ subjectId: 'd-classify', personId: 'p-agent', role: 'C' }]);
    expect(raci().findIndex((r) => r.subjectId === 'd-classify' && r.personId === 'p-agent')).toBe(at);
    expect(raci()).toHaveLength(template('support-triage').raci.length);
  });

  it('put a new entry after the other entries of its subject, so the file keeps them together', () => {
    state().execute(setRaciRole('d-classify', 'p-billing', 'I'));
    const subjects = raci().map((r) => r.subjectId);
    expect(subjects.slice(0, 4)).toEqual(['d-classify', 'd-classify', 'd-classify', 'd-classify']);
    expect(raci()[3]).toEqual({ subjectId: 'd-classify', personId: 'p-billing', role: 'I' });
  });

  it('leave one entry when a file listed a pair twice', () => {
    const w = template('support-triage');
    openInFreshStore({ ...w, raci: [...w.raci, { subjectId: 'd-classify', personId: 'p-agent', role: 'A' }] });
    state().execute(cycleRaciRole('d-classify', 'p-agent'));
    expect(cell('d-classify', 'p-agent')).toEqual([{ subjectId: 'd-classify', personId: 'p-agent', role: 'A' }]);
  });

  it('change nothing when the cell already holds the role, or is cleared while empty', () => {
    const w = state().workbook;
    expect(state().execute(setRaciRole('d-classify', 'p-ops', 'A'))).toBe(false);
    expect(state().execute(setRaciRole('d-classify', 'p-billing', null))).toBe(false);
    expect(state().workbook).toBe(w);
  });

  it('make each click one undo step', () => {
    state().execute(cycleRaciRole('d-send', 'p-billing'));
    state().execute(cycleRaciRole('d-send', 'p-billing'));
    expect(state().past).toHaveLength(2);
    state().undo();
    expect(cell('d-send', 'p-billing')[0]?.role).toBe('R');
  });

  it('remove an entry that names nobody, only while it is still that entry', () => {
    const w = template('support-triage');
    const ghost = { subjectId: 'd-classify', personId: 'p-ghost', role: 'R' } as const;
    openInFreshStore({ ...w, raci: [ghost, ...w.raci] });
    expect(state().execute(removeRaciEntry(0, { ...ghost, role: 'A' }))).toBe(false);
    state().execute(removeRaciEntry(0, ghost));
    expect(raci()).toEqual(w.raci);
  });
});
