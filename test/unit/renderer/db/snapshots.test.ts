// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../../renderer/db/autosave';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { putWorkbook } from '../../../../renderer/db/library';
import { keepAside, listSnapshots, pruneAllSnapshots, snapshotNow, SNAPSHOT_KEEP_MS, SNAPSHOTS_PER_WORKBOOK } from '../../../../renderer/db/snapshots';
import { template } from '../helpers';
import { fakeDb } from './fakeDb';

const MINUTE = 60_000;

describe('rolling snapshots', () => {
  let db: SprintbookDb;
  beforeEach(() => {
    db = fakeDb();
  });
  afterEach(() => db.close());

  it('keep the version before the edits, then one every five minutes of editing', async () => {
    const w = template('blank');
    const t0 = Date.parse('2026-11-02T09:00:00Z');
    await putWorkbook(db, w, t0);
    // Edits every minute for twenty minutes.
    // Put at revision 1, then each edit is based on the one before.
    for (let m = 1; m <= 20; m++) expect((await writeWorkbook(db, { ...w, title: `Edit ${m}` }, t0 + m * MINUTE, m)).ok).toBe(true);
    const snapshots = await listSnapshots(db, w.id);
    expect(snapshots[snapshots.length - 1]!.title).toBe(w.title);
    expect(snapshots[snapshots.length - 1]!.takenAt).toBe(t0);
    expect(snapshots.length).toBeGreaterThanOrEqual(4);
    expect(snapshots.length).toBeLessThanOrEqual(5);
    const gaps = snapshots.slice(0, -1).map((s, i) => s.takenAt - snapshots[i + 1]!.takenAt);
    expect(gaps.every((g) => g >= 5 * MINUTE)).toBe(true);
  });

  it('list newest first, with the readiness of each version', async () => {
    const w = template('support-triage');
    await snapshotNow(db, w, 'before-restore', 1000);
    await snapshotNow(db, { ...w, title: 'Later' }, 'periodic', 2000);
    const [newest, oldest] = await listSnapshots(db, w.id);
    expect(newest!.title).toBe('Later');
    expect(oldest!.summary.ready).toBe(true);
  });

  it(`keep at most ${SNAPSHOTS_PER_WORKBOOK} per workbook, dropping the oldest`, async () => {
    const w = template('blank');
    for (let i = 0; i < SNAPSHOTS_PER_WORKBOOK + 5; i++) await snapshotNow(db, { ...w, title: `v${i}` }, 'periodic', 1000 + i);
    const snapshots = await listSnapshots(db, w.id);
    expect(snapshots).toHaveLength(SNAPSHOTS_PER_WORKBOOK);
    expect(snapshots.at(-1)!.title).toBe('v5');
  });

  it('drop snapshots older than seven days', async () => {
    const w = template('blank');
    const now = Date.parse('2026-11-20T09:00:00Z');
    await snapshotNow(db, { ...w, title: 'old' }, 'periodic', now - SNAPSHOT_KEEP_MS - 1);
    await snapshotNow(db, { ...w, title: 'recent' }, 'periodic', now - MINUTE);
    await pruneAllSnapshots(db, now);
    expect((await listSnapshots(db, w.id)).map((s) => s.title)).toEqual(['recent']);
  });

  it('keep a stale tab\'s version for good: in place as the tab keeps typing, never pruned', async () => {
    const w = template('blank');
    const now = Date.parse('2026-11-20T09:00:00Z');
    const id = await keepAside(db, { ...w, title: 'Typed in the stale tab' }, now - SNAPSHOT_KEEP_MS - MINUTE);
    expect(await keepAside(db, { ...w, title: 'Typed some more' }, now - SNAPSHOT_KEEP_MS - 1, id)).toBe(id);
    for (let i = 0; i < SNAPSHOTS_PER_WORKBOOK + 5; i++) await snapshotNow(db, { ...w, title: `v${i}` }, 'periodic', now + i);
    await pruneAllSnapshots(db, now + SNAPSHOT_KEEP_MS / 2);
    const kept = (await listSnapshots(db, w.id)).filter((s) => s.reason === 'changed-elsewhere');
    expect(kept.map((s) => s.title)).toEqual(['Typed some more']);
    expect(await listSnapshots(db, w.id)).toHaveLength(SNAPSHOTS_PER_WORKBOOK + 1);
  });
});
