import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveAppFile, respondToAppRequest } from '../../../../electron/main/app-files';

const root = '/opt/sprintbook/dist/renderer';

describe('resolving an app:// URL to a file', () => {
  it('serves index.html for the root and files below dist/renderer', () => {
    expect(resolveAppFile('app://sprintbook/', root)).toMatchObject({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppFile('app://sprintbook/index.html?x=1#/map', root)).toMatchObject({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppFile('app://sprintbook/assets/index-abc.js', root)).toMatchObject({
      ok: true, path: join(root, 'assets', 'index-abc.js'), mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile('app://sprintbook/fonts/Noto%20Sans.ttf', root)).toMatchObject({ ok: true, path: join(root, 'fonts', 'Noto Sans.ttf') });
  });

  it('never leaves dist/renderer through .. or its encodings', () => {
    for (const url of [
      'app://sprintbook/../electron/main.cjs',
      'app://sprintbook/%2e%2e/electron/main.cjs',
      'app://sprintbook/%2E%2E/%2E%2E/package.json',
      'app://sprintbook/assets/..%2f..%2fpackage.json',
      'app://sprintbook/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://sprintbook/..%5c..%5cpackage.json',
      'app://sprintbook/assets/%2e%2e%5cpackage.json',
    ]) {
      const file = resolveAppFile(url, root);
      if (file.ok) expect(file.path.startsWith(`${root}/`), `${url} → ${file.path}`).toBe(true);
    }
    expect(resolveAppFile('app://sprintbook/assets/..%2f..%2fpackage.json', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppFile('app://sprintbook/..%5c..%5cpackage.json', root)).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses absolute paths smuggled into the URL', () => {
    expect(resolveAppFile('app://sprintbook//etc/passwd', root).ok).toBe(false);
    expect(resolveAppFile('app://sprintbook/%2fetc%2fpasswd', root).ok).toBe(false);
    expect(resolveAppFile('app://sprintbook/C:%5cWindows%5cwin.ini', root).ok).toBe(false);
    expect(resolveAppFile('app://sprintbook/index.html%00.png', root).ok).toBe(false);
  });

  it('refuses other hosts, other schemes, credentials and malformed escapes', () => {
    expect(resolveAppFile('app://other/index.html', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppFile('file:///opt/sprintbook/dist/renderer/index.html', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppFile('app://me@sprintbook/index.html', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppFile('app://sprintbook/%E0%A4%A', root)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppFile('::not a url::', root)).toMatchObject({ ok: false, status: 400 });
  });

  it('types module scripts as JavaScript (Chromium refuses them otherwise) and unknown files as bytes', () => {
    expect(mimeTypeOf('a.mjs')).toMatch(/^text\/javascript/);
    expect(mimeTypeOf('a.CSS')).toMatch(/^text\/css/);
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('a.exe')).toBe('application/octet-stream');
  });
});

describe('answering an app:// request', () => {
  let dir: string;
  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'sprintbook-app-'));
    dir = join(base, 'renderer');
    await mkdir(join(dir, 'assets'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Sprintbook</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'export {}');
    await writeFile(join(base, 'secret.txt'), 'secret');
  });

  it('sends the file with its type and the CSP header', async () => {
    const response = await respondToAppRequest({ url: 'app://sprintbook/', method: 'GET' }, dir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await response.text()).toContain('<title>Sprintbook</title>');
  });

  it('answers 404 for a missing file and 403 for a way out, both with the CSP', async () => {
    const missing = await respondToAppRequest({ url: 'app://sprintbook/nope.js', method: 'GET' }, dir);
    expect(missing.status).toBe(404);
    const out = await respondToAppRequest({ url: 'app://sprintbook/assets/..%2f..%2fsecret.txt', method: 'GET' }, dir);
    expect(out.status).toBe(403);
    expect(await out.text()).toBe('');
    expect(out.headers.get('content-security-policy')).not.toBeNull();
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await respondToAppRequest({ url: 'app://sprintbook/', method: 'POST' }, dir)).status).toBe(405);
    const head = await respondToAppRequest({ url: 'app://sprintbook/assets/app.js', method: 'HEAD' }, dir);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
