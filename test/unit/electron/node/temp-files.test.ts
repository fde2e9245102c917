import { mkdir, mkdtemp, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isStaleTemp, parseTempName, removeStaleTemps, STALE_AFTER_MS, tempNameFor, THIS_MACHINE,
} from '../../../../electron/node/temp-files';

const OTHER_MACHINE = THIS_MACHINE === '00000000' ? '00000001' : '00000000';
const NOW = Date.parse('2025-03-01T12:00:00Z');
const alive = { now: NOW, isAlive: () => true };
const dead = { now: NOW, isAlive: () => false };

describe('a temporary file name', () => {
  it('is hidden, names its target, and says which machine and process made it', () => {
    const name = tempNameFor('Plan q3.sprintbook', { machine: THIS_MACHINE, pid: 4242 });
    expect(name).toMatch(/^\.Plan q3\.sprintbook\.[0-9a-f]{8}-4242-[0-9a-f]{12}\.sprintbook-tmp$/);
    expect(parseTempName(name)).toEqual({ target: 'Plan q3.sprintbook', machine: THIS_MACHINE, pid: 4242 });
  });

  it('is never the same twice', () => {
    expect(tempNameFor('a')).not.toBe(tempNameFor('a'));
  });

  it('is not claimed for files that only look alike', () => {
    for (const name of ['w.sprintbook', '.w.sprintbook.swp', '.w.sprintbook.0123456789ab.tmp', 'w.sprintbook-tmp', '.w.abcdefgh-12-0123456789ab.sprintbook-tmp']) {
      expect(parseTempName(name), name).toBeNull();
    }
  });
});

describe('a temporary is stale', () => {
  const fresh = NOW - 1000;
  const old = NOW - STALE_AFTER_MS;

  it('at once when its process on this machine has ended', () => {
    expect(isStaleTemp({ machine: THIS_MACHINE, pid: 12345 }, fresh, dead)).toBe(true);
  });

  it('only after 15 minutes when its process still runs, or ran on another machine', () => {
    expect(isStaleTemp({ machine: THIS_MACHINE, pid: 12345 }, fresh, alive)).toBe(false);
    expect(isStaleTemp({ machine: OTHER_MACHINE, pid: 12345 }, fresh, dead)).toBe(false);
    expect(isStaleTemp({ machine: THIS_MACHINE, pid: 12345 }, old, alive)).toBe(true);
    expect(isStaleTemp({ machine: OTHER_MACHINE, pid: 12345 }, old, dead)).toBe(true);
  });

  it('never while it belongs to this very process, unless 15 minutes old', () => {
    expect(isStaleTemp({ machine: THIS_MACHINE, pid: process.pid }, fresh, dead)).toBe(false);
    expect(isStaleTemp({ machine: THIS_MACHINE, pid: process.pid }, old, dead)).toBe(true);
  });

  it('after 15 minutes when an earlier version made it without a process id', () => {
    expect(isStaleTemp(null, fresh, dead)).toBe(false);
    expect(isStaleTemp(null, old, dead)).toBe(true);
  });
});

describe('sweeping a folder', () => {
  async function folderWith(names: readonly string[], modifiedMs = NOW) {
    const dir = await mkdtemp(join(tmpdir(), 'sprintbook-temps-'));
    for (const name of names) {
      await writeFile(join(dir, name), 'x');
      await utimes(join(dir, name), modifiedMs / 1000, modifiedMs / 1000);
    }
    return dir;
  }

  it('removes our stale temporaries of any target, and earlier versions’ only for the targets named', async () => {
    const ours = tempNameFor('report.pdf', { machine: THIS_MACHINE, pid: 999_999 });
    const legacyOfTarget = '.w.sprintbook.0123456789ab.tmp';
    const legacyOfOther = '.other.txt.0123456789ab.tmp';
    const dir = await folderWith([ours, legacyOfTarget, legacyOfOther, 'w.sprintbook', 'notes.tmp'], NOW - STALE_AFTER_MS - 1);
    const removed = await removeStaleTemps(dir, ['w.sprintbook'], dead);
    expect(removed.sort()).toEqual([legacyOfTarget, ours].sort());
    expect((await readdir(dir)).sort()).toEqual([legacyOfOther, 'notes.tmp', 'w.sprintbook'].sort());
  });

  it('leaves fresh temporaries of live writers alone', async () => {
    const live = tempNameFor('w.sprintbook', { machine: THIS_MACHINE, pid: 999_999 });
    const dir = await folderWith([live]);
    expect(await removeStaleTemps(dir, ['w.sprintbook'], alive)).toEqual([]);
    expect(await readdir(dir)).toEqual([live]);
  });

  it('never removes a folder or a link, however it is named', async () => {
    const dir = await folderWith([]);
    const folder = tempNameFor('a', { machine: THIS_MACHINE, pid: 999_998 });
    const linkName = tempNameFor('b', { machine: THIS_MACHINE, pid: 999_997 });
    await mkdir(join(dir, folder));
    await writeFile(join(dir, 'precious'), 'keep');
    await symlink(join(dir, 'precious'), join(dir, linkName));
    expect(await removeStaleTemps(dir, ['a', 'b'], dead)).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual([folder, linkName, 'precious'].sort());
  });

  it('is no error when the folder cannot be read', async () => {
    expect(await removeStaleTemps('/nonexistent/sprintbook-folder', ['w'], dead)).toEqual([]);
  });
});
