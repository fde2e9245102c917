// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../../shared/format';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { describeStorageError, NewerSchemaError } from '../../../../renderer/db/errors';
import {
  copyTitle, createFromTemplate, deleteWorkbook, duplicateWorkbook, importWorkbook, putWorkbook, readStored, renameWorkbook, restoreDeleted,
} from '../../../../renderer/db/library';
import { listSnapshots, snapshotNow } from '../../../../renderer/db/snapshots';
import { template, templateText } from '../helpers';
import { fakeDb } from './fakeDb';

const NOW = Date.parse('2026-11-02T09:00:00Z');

describe('the library', () => {
  let db: SprintbookDb;
  beforeEach(() => {
    db = fakeDb();
  });
  afterEach(() => db.close());

  it('creates a workbook from a template with a fresh id and fresh timestamps', async () => {
    const a = await createFromTemplate(db, templateText('support-triage'), NOW);
    const b = await createFromTemplate(db, templateText('support-triage'), NOW + 1);
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^wb-[A-Za-z0-9_-]+$/);
    expect(a.createdAt).toBe('2026-11-02T09:00:00Z');
    expect(a.title).toBe(template('support-triage').title);
    expect(await db.workbooks.count()).toBe(2);
  });

  it('keeps the readiness summary a card shows', async () => {
    const w = await createFromTemplate(db, templateText('blank'), NOW);
    const row = (await db.workbooks.get(w.id))!;
    expect(row.summary.ready).toBe(false);
    expect(row.summary.questions.workflow.blockers).toBeGreaterThan(0);
  });

  it('lists workbooks by last change, newest first', async () => {
    const a = await createFromTemplate(db, templateText('blank'), NOW);
    const b = await createFromTemplate(db, templateText('blank'), NOW + 1000);
    await renameWorkbook(db, a.id, 'Touched last', NOW + 2000);
    const order = (await db.workbooks.orderBy('savedAt').reverse().toArray()).map((r) => r.id);
    expect(order).toEqual([a.id, b.id]);
  });

  it('duplicates a workbook under a new id, titled as a copy', async () => {
    const w = await createFromTemplate(db, templateText('support-triage'), NOW);
    const copy = await duplicateWorkbook(db, w.id, NOW + 1);
    expect(copy.id).not.toBe(w.id);
    expect(copy.title).toBe(`${w.title} (copy)`);
    expect(copy.people).toEqual(w.people);
  });

  it('keeps a copied title within the format\'s 200 characters', () => {
    expect(Array.from(copyTitle('x'.repeat(200)))).toHaveLength(200);
  });

  it('renames a workbook in its stored text too', async () => {
    const w = await createFromTemplate(db, templateText('blank'), NOW);
    await renameWorkbook(db, w.id, 'Claims triage', NOW + 1);
    const loaded = await readStored(db, w.id);
    expect(loaded?.ok && loaded.workbook.title).toBe('Claims triage');
  });

  it('deletes a workbook with its snapshots, and puts both back on Undo', async () => {
    const w = await createFromTemplate(db, templateText('blank'), NOW);
    await snapshotNow(db, w, 'periodic', NOW);
    const deleted = await deleteWorkbook(db, w.id);
    expect(await db.workbooks.get(w.id)).toBeUndefined();
    expect(await listSnapshots(db, w.id)).toHaveLength(0);
    await restoreDeleted(db, deleted!);
    expect((await db.workbooks.get(w.id))!.title).toBe(w.title);
    expect(await listSnapshots(db, w.id)).toHaveLength(1);
  });

  it('replaces a stored workbook with a file\'s, keeping the stored one in History', async () => {
    const w = template('support-triage');
    await putWorkbook(db, { ...w, title: 'Library version' }, NOW);
    await importWorkbook(db, { ...w, title: 'File version' }, NOW + 1, 'replace');
    expect((await db.workbooks.get(w.id))!.title).toBe('File version');
    expect((await listSnapshots(db, w.id)).map((s) => [s.title, s.reason])).toEqual([['Library version', 'before-replace']]);
  });

  it('opens a file as a copy beside the stored workbook', async () => {
    const w = template('support-triage');
    await putWorkbook(db, w, NOW);
    const copy = await importWorkbook(db, w, NOW + 1, 'copy');
    expect(copy.id).not.toBe(w.id);
    expect(await db.workbooks.count()).toBe(2);
  });

  it('refuses to overwrite a workbook stored by a newer Sprintbook', async () => {
    const w = template('blank');
    await putWorkbook(db, w, NOW);
    await db.workbooks.update(w.id, { schemaVersion: 2 });
    await expect(putWorkbook(db, { ...w, title: 'Mine' }, NOW + 1)).rejects.toBeInstanceOf(NewerSchemaError);
  });

  it('reads a stored workbook back through the format\'s loader', async () => {
    const w = await createFromTemplate(db, templateText('support-triage'), NOW);
    const loaded = await readStored(db, w.id);
    expect(loaded?.ok).toBe(true);
    expect(await readStored(db, 'wb-missing')).toBeNull();
    expect(loadWorkbook((await db.workbooks.get(w.id))!.text).ok).toBe(true);
  });
});

describe('storage errors in words', () => {
  it('explain a full disk, even when the browser\'s error is wrapped', () => {
    const wrapped = { name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError', message: 'quota' } };
    expect(describeStorageError(wrapped)).toMatch(/disk is full/);
  });

  it('explain storage that is missing, upgraded elsewhere or from a newer app', () => {
    expect(describeStorageError({ name: 'MissingAPIError' })).toMatch(/does not allow local storage/);
    expect(describeStorageError({ name: 'DatabaseClosedError' })).toMatch(/Reload this window/);
    expect(describeStorageError({ name: 'VersionError' })).toMatch(/newer Sprintbook/);
    expect(describeStorageError(new Error('boom'))).toBe('Saving failed: boom');
  });
});
