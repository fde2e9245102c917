import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../electron/node/atomic-write';

async function tempDir() {
  return mkdtemp(join(tmpdir(), 'sprintbook-atomic-'));
}

describe('writing a file atomically', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    await writeFileAtomic(join(dir, 'a.txt'), 'héllo', { verify: true });
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('héllo');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('keeps the previous version as a backup when asked', async () => {
    const dir = await tempDir();
    const path = join(dir, 'w.sprintbook');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new', { backup: true });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('old');
  });

  it('fails without touching the target when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'x.txt'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
