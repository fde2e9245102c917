// @vitest-environment jsdom
/** Named snapshots: taken on demand, one at the end of each sprint day, and never pruned. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../../renderer/db/autosave';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { putWorkbook } from '../../../../renderer/db/library';
import { endOfDayName, takeNamedSnapshot } from '../../../../renderer/db/namedSnapshots';
import { listSnapshots, snapshotNow, SNAPSHOTS_PER_WORKBOOK } from '../../../../renderer/db/snapshots';
import type { Workbook } from '../../../../shared/model';
import { template } from '../helpers';
import { fakeDb } from './fakeDb';

/** An instant on this machine's calendar (the rule follows the local date). */
const at = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();

describe('named snapshots', () => {
  let db: SprintbookDb;
  beforeEach(() => { db = fakeDb(); });
  afterEach(() => db.close());

  const sprintStartingMonday = (): Workbook => {
    const w = template('blank');
    return { ...w, sprint: { ...w.sprint, startDate: '2026-11-02' } };
  };

  it('are named after the sprint day of the date, or the date outside the ten days', () => {
    expect(endOfDayName('2026-11-02', '2026-11-02')).toBe('End of day 1');
    expect(endOfDayName('2026-11-02', '2026-11-09')).toBe('End of day 6'); // the weekend is skipped
    expect(endOfDayName('2026-11-02', '2026-12-01')).toBe('End of 2026-12-01');
    expect(endOfDayName(undefined, '2026-11-03')).toBe('End of 2026-11-03');
  });

  it('keep the version a day ended with, on the first save of the next day, once', async () => {
    const w = sprintStartingMonday();
    await putWorkbook(db, w, at(11, 3, 9));
    expect((await writeWorkbook(db, { ...w, title: 'Tuesday evening' }, at(11, 3, 17, 30), 1)).ok).toBe(true);
    expect((await writeWorkbook(db, { ...w, title: 'Wednesday morning' }, at(11, 4, 9), 2)).ok).toBe(true);
    expect((await writeWorkbook(db, { ...w, title: 'Wednesday later' }, at(11, 4, 9, 20), 3)).ok).toBe(true);
    const named = (await listSnapshots(db, w.id)).filter((s) => s.name !== undefined);
    expect(named.map((s) => [s.name, s.title, s.takenAt, s.reason])).toEqual([['End of day 2', 'Tuesday evening', at(11, 3, 17, 30), 'end-of-day']]);
  });

  it('are not taken while the day goes on', async () => {
    const w = sprintStartingMonday();
    await putWorkbook(db, w, at(11, 3, 9));
    for (let m = 1; m <= 5; m++) await writeWorkbook(db, { ...w, title: `Edit ${m}` }, at(11, 3, 9, m * 10), m);
    expect((await listSnapshots(db, w.id)).filter((s) => s.name !== undefined)).toEqual([]);
  });

  it('take the open workbook under the name typed, and refuse a blank name', async () => {
    const w = sprintStartingMonday();
    await takeNamedSnapshot(db, { ...w, title: 'Now' }, '  Before the steering meeting ', 5000);
    const [row] = await listSnapshots(db, w.id);
    expect([row!.name, row!.reason, row!.title]).toEqual(['Before the steering meeting', 'named', 'Now']);
    await expect(takeNamedSnapshot(db, w, '   ', 6000)).rejects.toThrow(/needs a name/);
  });

  it(`are never pruned, however many rolling ones come after (at most ${SNAPSHOTS_PER_WORKBOOK} of those)`, async () => {
    const w = sprintStartingMonday();
    await takeNamedSnapshot(db, w, 'Kick-off', 1000);
    for (let i = 0; i < SNAPSHOTS_PER_WORKBOOK + 3; i++) await snapshotNow(db, { ...w, title: `v${i}` }, 'periodic', 2000 + i);
    const snapshots = await listSnapshots(db, w.id);
    expect(snapshots.filter((s) => s.reason === 'periodic')).toHaveLength(SNAPSHOTS_PER_WORKBOOK);
    expect(snapshots.at(-1)!.name).toBe('Kick-off');
  });
});
