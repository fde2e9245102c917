// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepMineAsNewWorkbook, reloadNewerVersion } from '../../../../renderer/actions/staleWorkbook';
import type { SprintbookDb } from '../../../../renderer/db/db';
import { putWorkbook, readStored } from '../../../../renderer/db/library';
import { setServices } from '../../../../renderer/db/services';
import { setTitle } from '../../../../renderer/state/commands';
import { fakeDb } from '../db/fakeDb';
import { fakeHost } from '../fakeHost';
import { openInFreshStore, state, template, testApp } from '../helpers';

describe('the ways forward for a stale tab', () => {
  let db: SprintbookDb;
  const flush = vi.fn(async () => undefined);
  beforeEach(() => {
    db = fakeDb();
    setServices({ db, host: fakeHost(), autosave: { flush, dispose: () => undefined } });
  });
  afterEach(() => {
    setServices(null);
    db.close();
  });

  it('reloads only after this tab\'s last keystrokes went to autosave', async () => {
    const order: string[] = [];
    flush.mockImplementationOnce(async () => void order.push('flush'));
    await reloadNewerVersion(() => order.push('reload'));
    expect(order).toEqual(['flush', 'reload']);
  });

  it('keeps this tab\'s version as a workbook of its own, opens it, and leaves the stored one alone', async () => {
    const w = template('blank');
    await putWorkbook(db, { ...w, title: 'The other tab\'s version' }, 1);
    openInFreshStore(w);
    state().navigate({ screen: 'workbook', workbookId: w.id, stage: 'metrics' });
    state().execute(setTitle('Mine'));
    await keepMineAsNewWorkbook(testApp());

    const copy = state().workbook!;
    expect(copy.id).not.toBe(w.id);
    expect(copy.title).toBe('Mine (copy)');
    expect(state().route).toEqual({ screen: 'workbook', workbookId: copy.id, stage: 'metrics' });
    const kept = await readStored(db, copy.id);
    expect(kept?.ok && kept.workbook.title).toBe('Mine (copy)');
    const other = await readStored(db, w.id);
    expect(other?.ok && other.workbook.title).toBe('The other tab\'s version');
    expect(state().toasts.at(-1)!.message).toMatch(/Your version is now its own workbook, “Mine \(copy\)”/);
  });
});
