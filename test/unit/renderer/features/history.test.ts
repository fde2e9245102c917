// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../../../shared/format';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { summarize } from '../../../../renderer/db/records';
import { listSnapshots } from '../../../../renderer/db/snapshots';
import { restoreSnapshot } from '../../../../renderer/features/history/restore';
import { setServices } from '../../../../renderer/db/services';
import { setTitle } from '../../../../renderer/state/commands';
import { fakeDb } from '../db/fakeDb';
import { fakeHost } from '../fakeHost';
import { openInFreshStore, state, template, testEditor } from '../helpers';

describe('restoring a snapshot from History', () => {
  let db: SprintbookDb;
  beforeEach(() => {
    db = fakeDb();
    setServices({ db, host: fakeHost(), autosave: { flush: async () => undefined, dispose: () => undefined } });
  });
  afterEach(() => {
    setServices(null);
    db.close();
  });

  it('keeps the current version as a snapshot first, then restores as an undoable edit', async () => {
    const w = template('blank');
    openInFreshStore(w);
    state().execute(setTitle('Current'));
    const old = { ...w, title: 'Yesterday' };
    await restoreSnapshot(testEditor(), { workbookId: w.id, takenAt: 1000, reason: 'periodic', title: old.title, text: serializeWorkbook(old), summary: summarize(old) });
    expect(state().workbook!.title).toBe('Yesterday');
    expect((await listSnapshots(db, w.id)).map((s) => [s.title, s.reason])).toEqual([['Current', 'before-restore']]);
    state().undo();
    expect(state().workbook!.title).toBe('Current');
  });
});
