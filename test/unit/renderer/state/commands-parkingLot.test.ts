import { beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import {
  addParkingItem, convertParkingItem, editParkingItem, PARKING_CONVERTED_ACTION, parkingTextProblem, removeDecision,
  removeParkingItem, reopenParkingItem, resolveParkingItem,
} from '../../../../renderer/state/commands';
import { openInFreshStore, state, template } from '../helpers';

const lot = () => state().workbook!.parkingLot;
const item = (id: string) => lot().find((p) => p.id === id)!;

describe('parking-lot commands', () => {
  beforeEach(() => {
    openInFreshStore(template('support-triage'));
  });

  it('park a question with its text trimmed, who raised it and when, open', () => {
    state().execute(addParkingItem({ text: '  Who signs off refunds over 500?  ', raisedBy: ' Ana ' }));
    const parked = lot().at(-1)!;
    expect(parked).toMatchObject({ text: 'Who signs off refunds over 500?', raisedBy: 'Ana', status: 'open', raisedAt: '2026-11-02T09:00:00Z' });
    expect(parked.id).toMatch(/^park-\d+$/);
  });

  it('keep the time the room gave and a free id the caller chose', () => {
    state().execute(addParkingItem({ text: 'From a phone', raisedAt: '2026-11-02T10:15:00+01:00', id: 'room-7' }));
    expect(item('room-7')).toMatchObject({ text: 'From a phone', raisedAt: '2026-11-02T10:15:00+01:00' });
    expect('raisedBy' in item('room-7')).toBe(false);
  });

  it('give a fresh id when the chosen one is taken by any record', () => {
    const personId = state().workbook!.people[0]!.id;
    state().execute(addParkingItem({ text: 'Clash', id: personId }));
    expect(lot().at(-1)!.id).not.toBe(personId);
  });

  it('refuse a blank question with a message that says what to do', () => {
    expect(parkingTextProblem('   ')).toMatch(/needs some text/);
    expect(() => addParkingItem({ text: ' \n ' })).toThrow(/needs some text/);
    expect(() => addParkingItem({ text: 'ok', raisedAt: 'yesterday' })).toThrow(/RFC 3339.*"yesterday"/);
    expect(parkingTextProblem('Why?')).toBeNull();
  });

  it('edit the text, ignore a blank text and clear who raised it', () => {
    state().execute(addParkingItem({ text: 'Old', raisedBy: 'Bo', id: 'q' }));
    state().execute(editParkingItem('q', { text: 'New wording' }));
    state().execute(editParkingItem('q', { text: '  ' }));
    state().execute(editParkingItem('q', { raisedBy: '' }));
    expect(item('q').text).toBe('New wording');
    expect('raisedBy' in item('q')).toBe(false);
  });

  it('resolve with a note, reopen keeping the note, and undo each step', () => {
    state().execute(addParkingItem({ text: 'Is the tone formal?', id: 'q' }));
    state().execute(resolveParkingItem('q', ' Yes, per the style guide '));
    expect(item('q')).toMatchObject({ status: 'resolved', resolution: 'Yes, per the style guide' });
    state().execute(reopenParkingItem('q'));
    expect(item('q')).toMatchObject({ status: 'open', resolution: 'Yes, per the style guide' });
    state().undo();
    expect(item('q').status).toBe('resolved');
    state().undo();
    expect(item('q').status).toBe('open');
  });

  it('remove an item, and bring it back with one undo', () => {
    state().execute(addParkingItem({ text: 'Drop me', id: 'q' }));
    const before = lot().length;
    state().execute(removeParkingItem('q'));
    expect(lot().length).toBe(before - 1);
    state().undo();
    expect(item('q').text).toBe('Drop me');
  });

  it('convert into a decision in one undo step: the record with the text, the link and an audit entry', () => {
    state().execute(addParkingItem({ text: 'Auto-close stale tickets?', id: 'q' }));
    const w0 = state().workbook!;
    const past = state().past.length;
    expect(state().execute(convertParkingItem('q', 'decision'))).toBe(true);
    const w = state().workbook!;
    const made = w.decisions.at(-1)!;
    expect(w.decisions.length).toBe(w0.decisions.length + 1);
    expect(made).toMatchObject({ title: 'Auto-close stale tickets?', controls: [], logging: [] });
    expect(made.tier).toBeUndefined();
    expect(item('q')).toMatchObject({ status: 'converted', convertedTo: made.id });
    expect(w.audit.at(-1)).toMatchObject({ action: PARKING_CONVERTED_ACTION, subjectId: made.id, at: '2026-11-02T09:00:00Z' });
    expect(w.audit.at(-1)!.detail).toContain('Auto-close stale tickets?');
    expect(state().past.length).toBe(past + 1);

    state().undo();
    expect(state().workbook!.decisions).toEqual(w0.decisions);
    expect(state().workbook!.audit).toEqual(w0.audit);
    expect(item('q').status).toBe('open');
  });

  it('convert into a metric, a roadmap item and a person, each named by the text', () => {
    for (const [id, kind] of [['a', 'metric'], ['b', 'roadmap'], ['c', 'person']] as const) {
      state().execute(addParkingItem({ text: `Item ${id}`, id }));
      state().execute(convertParkingItem(id, kind));
    }
    const w = state().workbook!;
    expect(w.metrics.find((m) => m.id === item('a').convertedTo)).toMatchObject({ name: 'Item a', kind: 'custom', observations: [] });
    expect(w.roadmap.find((r) => r.id === item('b').convertedTo)).toMatchObject({ title: 'Item b', phase: 'foundation' });
    expect(w.people.find((p) => p.id === item('c').convertedTo)).toEqual({ id: item('c').convertedTo, name: 'Item c' });
  });

  it('leave a converted item alone when asked to convert or resolve it again', () => {
    state().execute(addParkingItem({ text: 'Once', id: 'q' }));
    state().execute(convertParkingItem('q', 'metric'));
    expect(state().execute(convertParkingItem('q', 'decision'))).toBe(false);
    expect(state().execute(resolveParkingItem('q', 'note'))).toBe(false);
  });

  it('write a workbook the loader takes back unchanged, and clear the link when the record goes', () => {
    state().execute(addParkingItem({ text: 'Round trip', raisedBy: 'Ana', id: 'q' }));
    state().execute(convertParkingItem('q', 'decision'));
    const loaded = loadWorkbook(serializeWorkbook(state().workbook!));
    expect(loaded.ok && loaded.problems).toEqual([]);
    expect(loaded.ok && loaded.workbook.parkingLot).toEqual(lot());

    state().execute(removeDecision(item('q').convertedTo!));
    expect('convertedTo' in item('q')).toBe(false);
    state().execute(reopenParkingItem('q'));
    expect(item('q').status).toBe('open');
  });
});
