import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultExecutable, electronPackageDir, locateElectron } from '../../../../electron/node/electron-runtime';

/** A fake electron package folder, laid out like the electron package's (41 to 45 alike). */
async function fakePackage(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sprintbook-electron-'));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('finding the Electron runtime', () => {
  it('finds the binary that path.txt names inside dist/', async () => {
    const dir = await fakePackage({ 'path.txt': 'electron', 'dist/electron': '' });
    expect(locateElectron(dir, { env: {} })).toEqual({ found: true, executable: join(dir, 'dist', 'electron'), version: '45.4.1' });
  });

  it('reports not-downloaded when there is no path.txt (the first start, before the download)', async () => {
    const dir = await fakePackage();
    expect(locateElectron(dir, { env: {}, platform: 'linux' })).toEqual({
      found: false, reason: 'not-downloaded', version: '45.4.1', expected: join(dir, 'dist', 'electron'),
    });
  });

  it('reports binary-missing when path.txt names a file that is gone', async () => {
    const dir = await fakePackage({ 'path.txt': 'electron' });
    expect(locateElectron(dir, { env: {} })).toMatchObject({ found: false, reason: 'binary-missing' });
  });

  it('follows ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const dir = await fakePackage();
    const override = await mkdtemp(join(tmpdir(), 'sprintbook-dist-'));
    await writeFile(join(override, 'electron'), '');
    expect(locateElectron(dir, { env: { ELECTRON_OVERRIDE_DIST_PATH: override }, platform: 'linux' })).toMatchObject({
      found: true, executable: join(override, 'electron'),
    });
    expect(locateElectron(dir, { env: { ELECTRON_OVERRIDE_DIST_PATH: join(override, 'nope') }, platform: 'linux' })).toMatchObject({ found: false, reason: 'binary-missing' });
  });

  it('reports no-package when electron is not installed at all', () => {
    expect(locateElectron(null)).toEqual({ found: false, reason: 'no-package' });
    expect(electronPackageDir(tmpdir())).toBeNull();
  });

  it('finds this repository’s electron package without loading it (which would start a download)', () => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    expect(electronPackageDir(root)).toBe(join(root, 'node_modules', 'electron'));
  });

  it('names the executable per platform as electron’s installer does', () => {
    expect(defaultExecutable('linux')).toBe('electron');
    expect(defaultExecutable('win32')).toBe('electron.exe');
    expect(defaultExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});
