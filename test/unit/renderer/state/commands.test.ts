import { beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import { command, runCommand } from '../../../../renderer/state/commands/command';
import {
  addPerson, recordExport, removeDecision, removePerson, setCurrency, setDayDone, setDayNotes, setFacilitator, setOrganization,
  setPilotName, setPilotStage, setTitle, updatePerson, newPersonId, restoreVersion, withNewPerson,
} from '../../../../renderer/state/commands';
import { personReferences } from '../../../../renderer/state/commands/references';
import { openInFreshStore, state, template } from '../helpers';

describe('running a command', () => {
  it('stamps updatedAt with the time of the change, without milliseconds', () => {
    const w = template('blank');
    const next = runCommand(w, setTitle('Claims triage'), new Date('2026-11-03T10:11:12.345Z'));
    expect(next.title).toBe('Claims triage');
    expect(next.updatedAt).toBe('2026-11-03T10:11:12Z');
  });

  it('returns the same workbook when nothing changes, so no-ops are cheap to spot', () => {
    const w = template('blank');
    expect(runCommand(w, setTitle(w.title), new Date())).toBe(w);
  });

  it('appends what a command writes to the audit trail, stamped with the same time', () => {
    const w = template('blank');
    const tierChange = command('Change tier', (wb, ctx) => {
      ctx.audit({ action: 'tier-changed', subjectId: 'd-1', detail: 'medium → high: refunds over policy' });
      return wb;
    });
    const next = runCommand(w, tierChange, new Date('2026-11-03T10:00:00Z'));
    expect(next.audit).toEqual([{ at: '2026-11-03T10:00:00Z', action: 'tier-changed', subjectId: 'd-1', detail: 'medium → high: refunds over policy' }]);
  });
});

describe('the workbook and pilot commands', () => {
  beforeEach(() => openInFreshStore());

  it('removes an optional field when it is cleared, rather than storing an empty string', () => {
    state().execute(setOrganization('Brightline'));
    expect(state().workbook!.organization).toBe('Brightline');
    state().execute(setOrganization(''));
    expect('organization' in state().workbook!).toBe(false);
  });

  it('keeps the pilot name (required by the format) even when it is empty', () => {
    state().execute(setPilotName(''));
    expect(state().workbook!.pilot).toHaveProperty('name', '');
  });

  it('places the pilot on the stall arc and takes it off again', () => {
    state().execute(setPilotStage('friction'));
    expect(state().workbook!.pilot.stage).toBe('friction');
    state().execute(setPilotStage(undefined));
    expect(state().workbook!.pilot.stage).toBeUndefined();
  });

  it('writes a workbook the format opens again after every kind of edit', () => {
    state().execute(setTitle('Claims triage'));
    state().execute(setCurrency('EUR'));
    state().execute(setDayDone(3, true));
    state().execute(setDayNotes(3, 'Side channel in team chat'));
    const reopened = loadWorkbook(serializeWorkbook(state().workbook!));
    expect(reopened.ok).toBe(true);
  });
});

describe('the sprint days', () => {
  beforeEach(() => openInFreshStore({ ...template('blank'), sprint: { days: [{ day: 2, done: false, blocks: [] }] } }));

  it('adds a day that the file did not list, keeping the days in order', () => {
    state().execute(setDayDone(1, true));
    expect(state().workbook!.sprint.days.map((d) => d.day)).toEqual([1, 2]);
    expect(state().workbook!.sprint.days[0]).toEqual({ day: 1, done: true, blocks: [] });
  });

  it('keeps notes per day and drops them when emptied', () => {
    state().execute(setDayNotes(2, 'Mapped the side channel'));
    expect(state().workbook!.sprint.days[0]!.notes).toBe('Mapped the side channel');
    state().execute(setDayNotes(2, ''));
    expect(state().workbook!.sprint.days[0]).toEqual({ day: 2, done: false, blocks: [] });
  });
});

describe('the people commands', () => {
  beforeEach(() => openInFreshStore(template('support-triage')));

  it('adds a person with an id unique across every record', () => {
    const w = state().workbook!;
    const id = newPersonId(w);
    state().execute(addPerson({ id, name: 'Ana Ruiz' }));
    expect(state().workbook!.people.at(-1)).toEqual({ id, name: 'Ana Ruiz' });
    expect(w.people.some((p) => p.id === id)).toBe(false);
  });

  it('edits one field and clears optional ones', () => {
    state().execute(updatePerson('p-agent', 'email', 'jonas@example.com'));
    expect(state().workbook!.people.find((p) => p.id === 'p-agent')!.email).toBe('jonas@example.com');
    state().execute(updatePerson('p-agent', 'email', ''));
    expect(state().workbook!.people.find((p) => p.id === 'p-agent')).not.toHaveProperty('email');
  });

  it('says everywhere a person is still named', () => {
    const refs = personReferences(state().workbook!, 'p-facilitator');
    expect(refs[0]).toEqual({ where: 'Facilitator of the sprint', path: '/sprint/facilitatorId' });
  });

  it('refuses to remove someone still referenced, and removes them once they are not', () => {
    expect(state().execute(removePerson('p-facilitator'))).toBe(false);
    expect(state().workbook!.people.some((p) => p.id === 'p-facilitator')).toBe(true);
    const w = state().workbook!;
    const unreferenced = w.people.find((p) => personReferences(w, p.id).length === 0);
    if (unreferenced) {
      expect(state().execute(removePerson(unreferenced.id))).toBe(true);
      expect(state().workbook!.people.some((p) => p.id === unreferenced.id)).toBe(false);
    }
  });

  it('adds someone while naming them, and one undo takes back both', () => {
    const before = state().workbook!;
    state().execute(withNewPerson('Mina Ode', (id) => setFacilitator(id)));
    const added = state().workbook!.people.at(-1)!;
    expect(added.name).toBe('Mina Ode');
    expect(state().workbook!.sprint.facilitatorId).toBe(added.id);
    state().undo();
    expect(state().workbook!.people).toEqual(before.people);
    expect(state().workbook!.sprint.facilitatorId).toBe(before.sprint.facilitatorId);
  });

  it('clears the facilitator, after which the person can go', () => {
    state().execute(setFacilitator(''));
    expect(personReferences(state().workbook!, 'p-facilitator').some((r) => r.path === '/sprint/facilitatorId')).toBe(false);
  });
});

describe('restoring and recording', () => {
  it('restores an earlier version under the same id and creation time', () => {
    const { editor } = openInFreshStore(template('blank'));
    const before = editor.workbook;
    const older = { ...template('support-triage'), id: 'other', createdAt: '2020-01-01T00:00:00Z' };
    editor.execute(restoreVersion(older, 'Restore'));
    expect(editor.workbook.id).toBe(before.id);
    expect(editor.workbook.createdAt).toBe(before.createdAt);
    expect(editor.workbook.title).toBe(older.title);
  });

  it('records an export in the audit trail', () => {
    openInFreshStore();
    state().execute(recordExport(['Governance model (PDF)']));
    expect(state().workbook!.audit.at(-1)).toMatchObject({ action: 'exported', detail: 'Governance model (PDF)' });
  });
});

describe('removals follow the table of references', () => {
  it('refuses to remove a person who signed off, and names the sign-off', () => {
    const w = template('support-triage');
    const person = w.people.find((p) => personReferences(w, p.id).length === 0) ?? w.people[0]!;
    openInFreshStore({ ...w, signoffs: [{ personId: person.id, role: 'Sponsor', date: '2026-11-20', decision: 'accept' }] });
    expect(personReferences(state().workbook!, person.id)).toContainEqual({ where: 'Sign-off 1', path: '/signoffs/0/personId' });
    expect(state().execute(removePerson(person.id))).toBe(false);
  });

  it('clears what a parking-lot item became when that decision is removed, so nothing dangles', () => {
    const w = template('support-triage');
    const decision = w.decisions[0]!;
    openInFreshStore({ ...w, parkingLot: [{ id: 'q-1', text: 'Refunds', raisedAt: '2026-11-02T09:00:00Z', status: 'converted', convertedTo: decision.id }] });
    expect(state().execute(removeDecision(decision.id))).toBe(true);
    expect(state().workbook!.parkingLot[0]).not.toHaveProperty('convertedTo');
    expect(loadWorkbook(serializeWorkbook(state().workbook!))).toMatchObject({ ok: true, problems: [] });
  });
});
