import { beforeEach, describe, expect, it } from 'vitest';
import { serializeWorkbook, loadWorkbook } from '../../../../shared/format';
import {
  addBlock, dayBlocks, defaultBlocks, moveBlock, parseBlockMinutes, removeBlock, renameBlock, retimeBlock, setBlockDone,
  usesDefaultBlocks, checkBlockTitle,
} from '../../../../renderer/state/commands';
import { openInFreshStore, state, template } from '../helpers';

const w = () => state().workbook!;
const titles = (day: number) => dayBlocks(w(), day).map((b) => b.title);
const ownBlocks = (day: number) => w().sprint.days.find((d) => d.day === day)?.blocks ?? [];

describe('agenda block commands', () => {
  beforeEach(() => {
    openInFreshStore(template('support-triage'));
  });

  it('show the default agenda’s blocks on a day that has none of its own', () => {
    expect(usesDefaultBlocks(w(), 4)).toBe(true);
    expect(dayBlocks(w(), 4)).toEqual(defaultBlocks(4));
    expect(defaultBlocks(4).length).toBeGreaterThan(1);
  });

  it('write the defaults with the edit when a default day is first edited, so only the edit shows', () => {
    const before = titles(4);
    state().execute(renameBlock(4, 1, '  Factors, one decision at a time '));
    expect(usesDefaultBlocks(w(), 4)).toBe(false);
    expect(titles(4)).toEqual([before[0], 'Factors, one decision at a time', ...before.slice(2)]);
    expect(ownBlocks(4).map((b) => b.minutes)).toEqual(defaultBlocks(4).map((b) => b.minutes));
  });

  it('add a block at the end of the day, and undo it back to the defaults', () => {
    const before = titles(2);
    state().execute(addBlock(2, 'Dot-vote the pain points', 20));
    expect(titles(2)).toEqual([...before, 'Dot-vote the pain points']);
    expect(dayBlocks(w(), 2).at(-1)).toEqual({ title: 'Dot-vote the pain points', minutes: 20 });
    state().undo();
    expect(usesDefaultBlocks(w(), 2)).toBe(true);
    expect(titles(2)).toEqual(before);
  });

  it('re-time a block, refusing minutes outside 1 to 480 before anything is stored', () => {
    state().execute(retimeBlock(6, 0, 50));
    expect(dayBlocks(w(), 6)[0]!.minutes).toBe(50);
    expect(() => retimeBlock(6, 0, 0)).toThrow(/1 to 480/);
    expect(() => retimeBlock(6, 0, 481)).toThrow(/1 to 480/);
    expect(() => addBlock(6, 'Half', 2.5)).toThrow(/1 to 480/);
  });

  it('reorder blocks, one undo entry per move', () => {
    const [a, b, c] = titles(9);
    state().execute(moveBlock(9, 0, 2));
    expect(titles(9).slice(0, 3)).toEqual([b, c, a]);
    state().execute(moveBlock(9, 2, 0));
    expect(titles(9).slice(0, 3)).toEqual([a, b, c]);
    state().undo();
    expect(titles(9).slice(0, 3)).toEqual([b, c, a]);
  });

  it('tick and untick a block, leaving no done key when unticked', () => {
    state().execute(setBlockDone(1, 0, true));
    expect(ownBlocks(1)[0]!.done).toBe(true);
    state().execute(setBlockDone(1, 0, false));
    expect('done' in ownBlocks(1)[0]!).toBe(false);
  });

  it('remove a block and keep the others', () => {
    const before = titles(8);
    state().execute(removeBlock(8, 1));
    expect(titles(8)).toEqual([before[0], ...before.slice(2)]);
  });

  it('change nothing for an edit that changes nothing', () => {
    const before = w();
    state().execute(moveBlock(3, 1, 1));
    state().execute(renameBlock(3, 0, '   '));
    state().execute(setBlockDone(3, 0, false));
    expect(w()).toBe(before);
  });

  it('save blocks the file format reads back unchanged', () => {
    state().execute(addBlock(5, 'Red-team the high tier', 45));
    const loaded = loadWorkbook(serializeWorkbook(w()));
    expect(loaded.ok && loaded.workbook.sprint.days.find((d) => d.day === 5)!.blocks.at(-1)).toEqual({ title: 'Red-team the high tier', minutes: 45 });
  });
});

describe('minutes and titles as typed', () => {
  it('take whole minutes from 1 to 480', () => {
    expect(parseBlockMinutes(' 45 ')).toEqual({ ok: true, value: 45 });
    expect(parseBlockMinutes('1')).toEqual({ ok: true, value: 1 });
    expect(parseBlockMinutes('480')).toEqual({ ok: true, value: 480 });
  });

  it('say what is wrong with anything else', () => {
    expect(parseBlockMinutes('0')).toEqual({ ok: false, message: 'A block lasts at least 1 minute.' });
    expect(parseBlockMinutes('481')).toMatchObject({ ok: false, message: expect.stringMatching(/at most 480 minutes.*481/) });
    expect(parseBlockMinutes('12.5')).toMatchObject({ ok: false, message: expect.stringMatching(/whole minutes/) });
    expect(parseBlockMinutes('half an hour')).toMatchObject({ ok: false, message: expect.stringMatching(/“half an hour” is not a number of minutes/) });
    expect(parseBlockMinutes('')).toMatchObject({ ok: false, message: expect.stringMatching(/length in minutes/) });
    expect(checkBlockTitle('  ')).toEqual({ ok: false, message: 'A block needs a title.' });
  });
});
