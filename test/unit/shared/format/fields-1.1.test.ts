import { describe, expect, it } from 'vitest';
import { expectOpened, expectRefused, load, minimalRaw } from './helpers';

const at = '2026-10-07T11:20:00+02:00';

describe('the fields added in 1.1', () => {
  it('open with their values, and default to empty lists where a file leaves them out', () => {
    const { workbook } = expectOpened(load(minimalRaw()));
    expect(workbook.pilot.stakeholders).toEqual([]);
    expect(workbook.parkingLot).toEqual([]);
    expect(workbook.signoffs).toEqual([]);
    const days = expectOpened(load({ ...minimalRaw(), sprint: { days: [{ day: 1, done: false }] } })).workbook.sprint.days;
    expect(days[0]!.blocks).toEqual([]);
  });

  it('refuse a block of no minutes or of more than a working day, and a fraction of a minute', () => {
    const raw = { ...minimalRaw(), sprint: { days: [{ day: 1, done: false, blocks: [
      { title: 'a', minutes: 0 }, { title: 'b', minutes: 481 }, { title: 'c', minutes: 2.5 }, { title: 'd', minutes: 480, done: true },
    ] }] } };
    expect(expectRefused(load(raw)).faults).toEqual([
      { path: '/sprint/days/0/blocks/0/minutes', message: '"minutes" must be at least 1 minute' },
      { path: '/sprint/days/0/blocks/1/minutes', message: '"minutes" must be at most 480 minutes' },
      { path: '/sprint/days/0/blocks/2/minutes', message: '"minutes" must be a whole number of minutes' },
    ]);
  });

  it('refuse a parking-lot item with an unknown status or a raisedAt without a time zone', () => {
    const raw = { ...minimalRaw(), parkingLot: [{ id: 'pk', text: 'Q', raisedAt: '2026-10-07T11:20:00', status: 'parked' }] };
    expect(expectRefused(load(raw)).faults.map((f) => f.path)).toEqual(['/parkingLot/0/raisedAt', '/parkingLot/0/status']);
  });

  it('count a parking-lot id among the ids that must be unique across the workbook', () => {
    const raw = { ...minimalRaw(), people: [{ id: 'x', name: 'A' }], parkingLot: [{ id: 'x', text: 'Q', raisedAt: at, status: 'open' }] };
    expect(expectRefused(load(raw)).faults).toEqual([
      { path: '/parkingLot/0/id', message: 'The id "x" is already used at /people/0/id; ids must be unique across the workbook' },
    ]);
  });

  it('open with a problem under owners when a converted item or a sign-off names a record that does not exist', () => {
    const raw = {
      ...minimalRaw(),
      people: [{ id: 'p-1', name: 'A' }],
      parkingLot: [
        { id: 'pk-1', text: 'Became a person', raisedAt: at, status: 'converted', convertedTo: 'p-1' },
        { id: 'pk-2', text: 'Lost', raisedAt: at, status: 'converted', convertedTo: 'd-gone' },
      ],
      signoffs: [{ personId: 'p-1', date: '2026-10-16', decision: 'accept' }, { personId: 'p-gone', date: '2026-10-16', decision: 'reject' }],
    };
    expect(expectOpened(load(raw)).problems).toEqual([
      { message: 'Parking-lot item "Lost" refers to record "d-gone", which does not exist.', path: '/parkingLot/1/convertedTo', subjectId: 'pk-2', question: 'owners' },
      { message: 'Sign-off 2 refers to person "p-gone", which does not exist.', path: '/signoffs/1/personId', subjectId: undefined, question: 'owners' },
    ]);
  });
});

describe('a baseline period in reverse (rules 1.1)', () => {
  const metric = (baseline: object) => ({ id: 'm-1', name: 'Cycle time', kind: 'cycle-time', unit: 'h', direction: 'decrease', baseline });

  it('opens with a problem under baselines at its end date', () => {
    const { problems } = expectOpened(load({ ...minimalRaw(), metrics: [metric({ value: 5, from: '2026-08-31', to: '2026-07-01' })] }));
    expect(problems).toEqual([{
      message: 'The baseline period of metric "Cycle time" ends (2026-07-01) before it starts (2026-08-31).',
      path: '/metrics/0/baseline/to', subjectId: 'm-1', question: 'baselines',
    }]);
  });

  it('is no problem when it starts and ends on the same day, or has only one end', () => {
    expect(expectOpened(load({ ...minimalRaw(), metrics: [metric({ value: 5, from: '2026-07-01', to: '2026-07-01' })] })).problems).toEqual([]);
    expect(expectOpened(load({ ...minimalRaw(), metrics: [metric({ value: 5, to: '2026-07-01' })] })).problems).toEqual([]);
  });
});
