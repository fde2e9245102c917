import { spawnSync } from 'node:child_process';
import { chmod, link, lstat, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../electron/node/atomic-write';
import { tempNameFor, THIS_MACHINE } from '../../../../electron/node/temp-files';

async function tempDir() {
  return mkdtemp(join(tmpdir(), 'sprintbook-atomic-'));
}

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('writing a file atomically', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    await writeFileAtomic(join(dir, 'a.txt'), 'héllo', { verify: true });
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('héllo');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('fails without touching the target when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'x.txt'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes its temporaries when the rename fails', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'taken'));
    await writeFile(join(dir, 'taken', 'inside'), 'x');
    await expect(writeFileAtomic(join(dir, 'taken'), 'x', { backup: true })).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });
});

describe('the backup', () => {
  it('keeps the previous version as .bak when asked', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.sprintbook');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new', { backup: true });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['w.sprintbook', 'w.sprintbook.bak']);
  });

  it('is replaced by a rename, never rewritten in place, so the old backup is whole until the new one is', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.sprintbook');
    await writeFile(path, 'version 2');
    await writeFile(`${path}.bak`, 'version 1');
    // A second name for the old backup's bytes: an in-place copy would change them too.
    await link(`${path}.bak`, join(dir, 'watch'));
    await writeFileAtomic(path, 'version 3', { backup: true });
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('version 2');
    expect(await readFile(join(dir, 'watch'), 'utf8')).toBe('version 1');
  });

  it('is not made for a new file, and has the permissions of the file it copies', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.sprintbook');
    await writeFileAtomic(path, 'first', { backup: true });
    expect(await readdir(dir)).toEqual(['w.sprintbook']);
    await chmod(path, 0o600);
    await writeFileAtomic(path, 'second', { backup: true });
    expect(await modeOf(`${path}.bak`)).toBe(0o600);
  });
});

describe('the permissions', () => {
  it('of a file being replaced are kept', async () => {
    const dir = await tempDir();
    for (const mode of [0o600, 0o640, 0o755]) {
      const path = join(dir, `m${mode.toString(8)}.txt`);
      await writeFile(path, 'old');
      await chmod(path, mode);
      await writeFileAtomic(path, 'new', { verify: true });
      expect(await modeOf(path), mode.toString(8)).toBe(mode);
    }
  });

  it('of a new file are the defaults a plain write gives', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plain.txt'), 'x');
    await writeFileAtomic(join(dir, 'atomic.txt'), 'x');
    expect(await modeOf(join(dir, 'atomic.txt'))).toBe(await modeOf(join(dir, 'plain.txt')));
  });
});

describe('a symbolic link as the target', () => {
  it('stays a link, and the file it points to gets the bytes and the backup', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'real'));
    await mkdir(join(dir, 'links'));
    const real = join(dir, 'real', 'w.sprintbook');
    const linked = join(dir, 'links', 'w.sprintbook');
    await writeFile(real, 'old');
    await chmod(real, 0o640);
    await symlink('../real/w.sprintbook', linked);
    await writeFileAtomic(linked, 'new', { backup: true, verify: true });
    expect((await lstat(linked)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('new');
    expect(await modeOf(real)).toBe(0o640);
    expect(await readFile(`${real}.bak`, 'utf8')).toBe('old');
    expect(await readdir(join(dir, 'links'))).toEqual(['w.sprintbook']);
    expect((await readdir(join(dir, 'real'))).sort()).toEqual(['w.sprintbook', 'w.sprintbook.bak']);
  });

  it('is followed through a chain of links, and a dangling one creates the file it names', async () => {
    const dir = await tempDir();
    await symlink(join(dir, 'b'), join(dir, 'a'));
    await symlink('c.txt', join(dir, 'b'));
    await writeFileAtomic(join(dir, 'a'), 'made through two links');
    expect((await lstat(join(dir, 'a'))).isSymbolicLink()).toBe(true);
    expect((await lstat(join(dir, 'b'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'c.txt'), 'utf8')).toBe('made through two links');
  });

  it('that loops is refused', async () => {
    const dir = await tempDir();
    await symlink('y', join(dir, 'x'));
    await symlink('x', join(dir, 'y'));
    await expect(writeFileAtomic(join(dir, 'x'), 'x')).rejects.toMatchObject({ code: 'ELOOP' });
    expect((await readdir(dir)).sort()).toEqual(['x', 'y']);
  });
});

describe('temporaries a killed write left behind', () => {
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

  it('are removed by the next write in their folder', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.sprintbook');
    await writeFile(path, 'old');
    const stale = [
      tempNameFor('w.sprintbook', { machine: THIS_MACHINE, pid: deadPid() }),
      tempNameFor('w.sprintbook.bak', { machine: THIS_MACHINE, pid: deadPid() }),
      tempNameFor('other.pdf', { machine: THIS_MACHINE, pid: deadPid() }),
    ];
    for (const name of stale) await writeFile(join(dir, name), 'half a wri');
    await writeFileAtomic(path, 'new', { backup: true });
    expect((await readdir(dir)).sort()).toEqual(['w.sprintbook', 'w.sprintbook.bak']);
  });

  it('are kept while their writer may still be at work', async () => {
    const dir = await tempDir();
    const alive = [
      tempNameFor('w.sprintbook', { machine: THIS_MACHINE, pid: process.ppid }),
      tempNameFor('w.sprintbook', { machine: 'abcdef01' === THIS_MACHINE ? 'abcdef02' : 'abcdef01', pid: deadPid() }),
    ];
    for (const name of alive) await writeFile(join(dir, name), 'being written');
    await writeFileAtomic(join(dir, 'w.sprintbook'), 'new');
    expect((await readdir(dir)).sort()).toEqual([...alive, 'w.sprintbook'].sort());
  });
});
