// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { linkFile, storedFileLink } from '../../../../renderer/db/fileLinks';
import { putWorkbook } from '../../../../renderer/db/library';
import { writeWorkbook } from '../../../../renderer/db/rows';
import { template } from '../helpers';
import { fakeDb } from './fakeDb';

describe('file links on the workbook rows', () => {
  let db: SprintbookDb;
  beforeEach(() => {
    db = fakeDb();
  });
  afterEach(() => db.close());

  it('keeps the handle, the name and the revision the file holds', async () => {
    const w = template('blank');
    await putWorkbook(db, w, 1);
    await linkFile(db, w.id, { handle: 'h-1', name: 'triage.sprintbook' }, 1);
    expect(await storedFileLink(db, w.id)).toEqual({ handle: 'h-1', name: 'triage.sprintbook', revision: 1 });
  });

  it('is not a change of the workbook: linking never makes a tab editing it stale', async () => {
    const w = template('blank');
    await putWorkbook(db, w, 1);
    await linkFile(db, w.id, { handle: 'h-1', name: 'triage.sprintbook' }, 1);
    expect((await db.workbooks.get(w.id))!.revision).toBe(1);
    expect((await writeWorkbook(db, { ...w, title: 'Edited' }, 2, 1)).ok).toBe(true);
  });

  it('has nothing to link for a workbook that is not stored, and says there is no link', async () => {
    await linkFile(db, 'wb-missing', { handle: 'h-1', name: 'x.sprintbook' }, null);
    expect(await storedFileLink(db, 'wb-missing')).toBeNull();
    expect(await db.workbooks.count()).toBe(0);
  });
});
