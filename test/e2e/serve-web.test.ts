/** The static server behind `npm run web` and these tests: right MIME types, nothing outside its folder. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, serve } from '../../scripts/serve-web.mjs';
import { tempDir } from './support/browser';

function get(url: string, path: string): Promise<{ status: number; type: string | undefined; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    // A raw path: URL parsing would resolve the ".." before it is sent.
    request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, type: res.headers['content-type'], cache: res.headers['cache-control'] });
    }).on('error', reject).end();
  });
}

describe('the static web server', () => {
  const outside = tempDir('sprintbook-outside-');
  const site = tempDir('sprintbook-site-');
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    writeFileSync(join(outside.path, 'secret.txt'), 'secret');
    mkdirSync(join(site.path, 'assets'));
    writeFileSync(join(site.path, 'index.html'), '<!doctype html>');
    writeFileSync(join(site.path, 'assets', 'app-1234.js'), 'export {}');
    symlinkSync(join(outside.path, 'secret.txt'), join(site.path, 'link.txt'));
    const started = await serve({ dir: site.path, port: 0 });
    url = started.url;
    close = () => started.server.close();
  });
  afterAll(() => {
    close?.();
    site.remove();
    outside.remove();
  });

  it('serves the app on 127.0.0.1 with the right MIME types', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(url, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache' });
    expect(await get(url, '/assets/app-1234.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
  });

  it('lets the browser keep hashed assets, and revalidate the page', async () => {
    expect((await get(url, '/assets/app-1234.js')).cache).toMatch(/immutable/);
  });

  it('never serves anything outside its folder, however the path is written', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/link.txt', '/%00']) {
      expect((await get(url, path)).status, path).toBe(404);
    }
    expect(await resolveInside(site.path, '/../../etc/passwd')).toBeNull();
  });
});
