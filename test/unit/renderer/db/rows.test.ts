// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { deleteWorkbook, putWorkbook, readStored, renameWorkbook, restoreDeleted } from '../../../../renderer/db/library';
import { revisionOf } from '../../../../renderer/db/revisions';
import { writeWorkbook } from '../../../../renderer/db/rows';
import { setPageChannel } from '../../../../renderer/db/tabChannel';
import { template } from '../helpers';
import { fakeTabs } from './fakeChannel';
import { fakeDb } from './fakeDb';

const NOW = Date.parse('2026-11-02T09:00:00Z');

describe('the revision check on every write', () => {
  let db: SprintbookDb;
  beforeEach(() => {
    db = fakeDb();
  });
  afterEach(() => {
    setPageChannel(null);
    db.close();
  });

  const stored = async (id: string) => (await db.workbooks.get(id))!;

  it('writes over the revision the copy is based on, and counts the revision up', async () => {
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    expect((await stored(w.id)).revision).toBe(1);
    expect(await writeWorkbook(db, { ...w, title: 'Second' }, NOW + 1, 1)).toEqual({ ok: true, revision: 2 });
    expect(await stored(w.id)).toMatchObject({ title: 'Second', revision: 2 });
  });

  it('refuses a write based on an older revision, and leaves the newer row as it was', async () => {
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    // Two tabs read revision 1; tab B writes first.
    expect((await writeWorkbook(db, { ...w, title: 'Tab B' }, NOW + 1, 1)).ok).toBe(true);
    const refused = await writeWorkbook(db, { ...w, title: 'Tab A' }, NOW + 2, 1);
    expect(refused).toEqual({ ok: false, storedRevision: 2 });
    expect(await stored(w.id)).toMatchObject({ title: 'Tab B', revision: 2, savedAt: NOW + 1 });
  });

  it('lets exactly one of two writes based on the same revision through, however they interleave', async () => {
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    const outcomes = await Promise.all([
      writeWorkbook(db, { ...w, title: 'Tab A' }, NOW + 1, 1),
      writeWorkbook(db, { ...w, title: 'Tab B' }, NOW + 1, 1),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const winner = outcomes[0]!.ok ? 'Tab A' : 'Tab B';
    expect(await stored(w.id)).toMatchObject({ title: winner, revision: 2 });
  });

  it('refuses to write a workbook it never read over a stored one', async () => {
    const w = template('blank');
    await putWorkbook(db, { ...w, title: 'Stored' }, NOW);
    expect(await writeWorkbook(db, { ...w, title: 'From memory' }, NOW + 1, null)).toEqual({ ok: false, storedRevision: 1 });
    expect((await stored(w.id)).title).toBe('Stored');
  });

  it('puts back a workbook deleted elsewhere while this tab still edits it, rather than losing the edit', async () => {
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    await deleteWorkbook(db, w.id);
    expect(await writeWorkbook(db, { ...w, title: 'Still typing' }, NOW + 1, 1)).toEqual({ ok: true, revision: 2 });
    expect((await stored(w.id)).title).toBe('Still typing');
  });

  it('counts a row from before revisions as revision 0', async () => {
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    const { revision: _, ...legacy } = await stored(w.id);
    await db.workbooks.put(legacy);
    const loaded = await readStored(db, w.id);
    expect(loaded?.ok && revisionOf(loaded.workbook)).toBe(0);
    expect(await writeWorkbook(db, { ...w, title: 'Next' }, NOW + 1, 0)).toEqual({ ok: true, revision: 1 });
  });

  it('records which revision each workbook it read or wrote is', async () => {
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    expect(revisionOf(w)).toBe(1);
    const next = { ...w, title: 'Next' };
    await writeWorkbook(db, next, NOW + 1, 1);
    expect(revisionOf(next)).toBe(2);
    const loaded = await readStored(db, w.id);
    expect(loaded?.ok && revisionOf(loaded.workbook)).toBe(2);
  });

  it('makes a rename or an undone delete elsewhere a newer revision, so an editing tab is refused', async () => {
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    await renameWorkbook(db, w.id, 'Renamed in the library', NOW + 1);
    expect((await writeWorkbook(db, { ...w, title: 'Tab A' }, NOW + 2, 1)).ok).toBe(false);

    const deleted = (await deleteWorkbook(db, w.id))!;
    expect((await writeWorkbook(db, { ...w, title: 'Tab A' }, NOW + 3, 2)).ok).toBe(true); // put back at 3
    await restoreDeleted(db, deleted);
    expect((await stored(w.id)).revision).toBe(4);
    expect((await writeWorkbook(db, { ...w, title: 'Tab A again' }, NOW + 4, 3)).ok).toBe(false);
    expect((await stored(w.id)).title).toBe('Renamed in the library');
  });

  it('keeps the link to the file through every write', async () => {
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    await db.workbooks.update(w.id, { file: { handle: 'h-1', name: 'triage.sprintbook', revision: 1 } });
    await writeWorkbook(db, { ...w, title: 'Edited' }, NOW + 1, 1);
    await renameWorkbook(db, w.id, 'Renamed', NOW + 2);
    expect((await stored(w.id)).file).toEqual({ handle: 'h-1', name: 'triage.sprintbook', revision: 1 });
  });

  it('tells the other tabs which revision it wrote, and says nothing of a refused write', async () => {
    const tabs = fakeTabs();
    setPageChannel(tabs.tab('tab-a'));
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    await writeWorkbook(db, { ...w, title: 'Second' }, NOW + 1, 1);
    await writeWorkbook(db, { ...w, title: 'Stale' }, NOW + 2, 1);
    expect(tabs.heard).toEqual([
      { kind: 'written', workbookId: w.id, revision: 1, tab: 'tab-a' },
      { kind: 'written', workbookId: w.id, revision: 2, tab: 'tab-a' },
    ]);
  });
});
