import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLoadProblems } from '../../../../shared/format/problems';
import { CURRENT_SCHEMA_VERSION, type Workbook } from '../../../../shared/model';
import { openedRow } from '../../../../electron/node/cli/portfolio-row';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { deleteWorkbook, putWorkbook, restoreDeleted } from '../../../../renderer/db/library';
import { rowOf } from '../../../../renderer/db/records';
import { writeWorkbook } from '../../../../renderer/db/rows';
import { portfolioLine } from '../../../../renderer/features/library/portfolioLines';
import { fakeDb } from './fakeDb';
import { upgradedLegacyDb } from './legacyDb';
import { template } from '../helpers';
import { stopWorkbook } from '../verdicts';
import { invoice11 } from './examples';

const EXAMPLES: readonly [string, () => Workbook][] = [
  ['the support-triage starter (ready)', () => template('support-triage')],
  ['the blank starter (not ready)', () => template('blank')],
  ['the invoice example with a kill criterion triggered (stop)', stopWorkbook],
  ['the invoice example of rules 1.1', invoice11],
];
const DAYS = ['2000-01-01', '2026-11-23', '2026-12-08', '2099-01-01'];

/** What `sprintbook portfolio` prints of `w` on `today`, less the file's path and refusal. */
function cliRow(w: Workbook, today: string) {
  const { path: _p, refusal: _r, ...row } = openedRow('x.sprintbook', w, findLoadProblems(w), today);
  return row;
}
function libraryRow(entry: Parameters<typeof portfolioLine>[0], today: string) {
  const { id: _i, newer: _n, ...line } = portfolioLine(entry, today, CURRENT_SCHEMA_VERSION);
  return line;
}

describe('the library summary of a workbook', () => {
  let db: SprintbookDb;
  beforeEach(() => {
    db = fakeDb();
  });
  afterEach(() => {
    db.close();
  });

  for (const [name, make] of EXAMPLES) {
    it(`of ${name} shows what sprintbook portfolio shows, whatever the day`, async () => {
      const w = make();
      await putWorkbook(db, w, 1000);
      const entry = (await db.summaries.get(w.id))!;
      for (const today of DAYS) expect(libraryRow(entry, today)).toEqual(cliRow(w, today));
    });
  }

  it('is written with every save, at the row revision it was made from', async () => {
    const w = template('support-triage');
    await putWorkbook(db, w, 1000);
    const edited = { ...w, title: 'Renamed', organization: 'Northwind' };
    const written = await writeWorkbook(db, edited, 2000, 1);
    expect(written).toEqual({ ok: true, revision: 2 });
    expect(await db.summaries.get(w.id)).toMatchObject({ title: 'Renamed', organization: 'Northwind', savedAt: 2000, revision: 2 });
    expect((await db.summaries.get(w.id))!.portfolio!.organization).toBe('Northwind');
  });

  it('goes with a deleted workbook and comes back with Undo', async () => {
    const w = template('support-triage');
    await putWorkbook(db, w, 1000);
    const deleted = (await deleteWorkbook(db, w.id))!;
    expect(await db.summaries.count()).toBe(0);
    await restoreDeleted(db, deleted);
    expect(await db.summaries.get(w.id)).toMatchObject({ title: w.title, revision: 2 });
  });
});

describe('a library kept before summaries existed', () => {
  it('gets a summary for every workbook when the database upgrades, the same as a save would write', async () => {
    const ws = EXAMPLES.map(([, make], i) => ({ ...make(), id: `wb-old-${i}` }));
    const db = await upgradedLegacyDb(ws.map((w, i) => ({ ...rowOf(w, 1000 + i), revision: 3 })));
    try {
      expect(await db.summaries.count()).toBe(ws.length);
      for (const w of ws) {
        const entry = (await db.summaries.get(w.id))!;
        expect(entry.revision).toBe(3);
        expect(libraryRow(entry, '2026-11-23')).toEqual(cliRow(w, '2026-11-23'));
      }
    } finally {
      db.close();
    }
  });

  it('lists a workbook from a newer Sprintbook without facts this version cannot tell', async () => {
    const w = template('blank');
    const db = await upgradedLegacyDb([{ ...rowOf(w, 1000), schemaVersion: CURRENT_SCHEMA_VERSION + 1, text: '{"from":"the future"}' }]);
    try {
      const entry = (await db.summaries.get(w.id))!;
      expect(entry.portfolio).toBeNull();
      expect(portfolioLine(entry, '2026-11-23', CURRENT_SCHEMA_VERSION)).toMatchObject({ verdict: 'unknown', newer: true, title: w.title });
    } finally {
      db.close();
    }
  });
});
