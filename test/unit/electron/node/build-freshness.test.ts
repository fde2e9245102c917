import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, newestMtime } from '../../../../electron/node/build-freshness';

async function tree() {
  const dir = await mkdtemp(join(tmpdir(), 'sprintbook-fresh-'));
  await mkdir(join(dir, 'src', 'deep'), { recursive: true });
  await mkdir(join(dir, 'src', 'node_modules'), { recursive: true });
  await writeFile(join(dir, 'src', 'deep', 'a.ts'), 'a');
  await writeFile(join(dir, 'src', 'node_modules', 'x.js'), 'x');
  await writeFile(join(dir, 'out.html'), 'built');
  const at = (path: string, seconds: number) => utimes(join(dir, path), seconds, seconds);
  return { dir, at };
}

describe('whether a build is stale', () => {
  it('is stale when the output is missing', async () => {
    const { dir } = await tree();
    expect(isStale(join(dir, 'missing.html'), [join(dir, 'src')])).toBe(true);
  });

  it('is stale when a source deep in a folder is newer than the output', async () => {
    const { dir, at } = await tree();
    await at('out.html', 1000);
    await at('src/deep/a.ts', 2000);
    expect(isStale(join(dir, 'out.html'), [join(dir, 'src')])).toBe(true);
  });

  it('is fresh when every source is older, whatever node_modules holds', async () => {
    const { dir, at } = await tree();
    await at('src/deep/a.ts', 1000);
    await at('src/node_modules/x.js', 9000);
    await at('out.html', 2000);
    expect(isStale(join(dir, 'out.html'), [join(dir, 'src'), join(dir, 'no-such-input')])).toBe(false);
  });

  it('counts a missing input as never modified', async () => {
    const { dir } = await tree();
    expect(newestMtime(join(dir, 'nope'))).toBe(0);
  });
});
