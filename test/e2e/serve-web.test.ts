/**
 * The static server behind `npm run web` and these tests: right MIME types, nothing outside its
 * folder, the app's security headers on every response, and no answer to a host it is not.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/csp';
import { allowedHosts, resolveInside, SECURITY_HEADERS, serve } from '../../scripts/serve-web.mjs';
import { tempDir } from './support/browser';

interface Reply {
  status: number;
  type: string | undefined;
  cache: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    // A raw path: URL parsing would resolve the ".." before it is sent.
    request({ host: u.hostname.replace(/^\[|\]$/g, ''), port: u.port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({
        status: res.statusCode!, type: res.headers['content-type'], cache: res.headers['cache-control'], headers: res.headers, body,
      }));
    }).on('error', reject).end();
  });
}

/** A request written by hand: node's http client always sends a Host header that is not empty. */
function getRaw(url: string, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const socket = connect(Number(u.port), u.hostname, () => socket.end(`${head}\r\nConnection: close\r\n\r\n`));
    let reply = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (reply += chunk)).on('end', () => resolve(reply)).on('error', reject);
  });
}

describe('the static web server', () => {
  const outside = tempDir('sprintbook-outside-');
  const site = tempDir('sprintbook-site-');
  let url: string;
  let port: string;
  let close: () => void;

  beforeAll(async () => {
    writeFileSync(join(outside.path, 'secret.txt'), 'secret');
    mkdirSync(join(site.path, 'assets'));
    writeFileSync(join(site.path, 'index.html'), '<!doctype html>');
    writeFileSync(join(site.path, 'assets', 'app-1234.js'), 'export {}');
    symlinkSync(join(outside.path, 'secret.txt'), join(site.path, 'link.txt'));
    const started = await serve({ dir: site.path, port: 0 });
    url = started.url;
    port = new URL(url).port;
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

  it('answers a revalidation of an unchanged page with 304, and a range with its bytes', async () => {
    const first = await get(url, '/');
    expect(first.headers.etag).toBeTruthy();
    const again = await get(url, '/', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(await get(url, '/index.html', { Range: 'bytes=2-8' })).toMatchObject({ status: 206, body: 'doctype' });
  });

  it('never serves anything outside its folder, however the path is written', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/link.txt', '/%00']) {
      expect((await get(url, path)).status, path).toBe(404);
    }
    expect(await resolveInside(site.path, '/../../etc/passwd')).toBeNull();
  });

  it('sends the desktop app’s Content Security Policy with every response, found or not', async () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(contentSecurityPolicy());
    for (const path of ['/', '/assets/app-1234.js', '/missing']) {
      const reply = await get(url, path);
      expect(reply.headers['content-security-policy'], path).toBe(contentSecurityPolicy());
      expect(reply.headers['x-content-type-options'], path).toBe('nosniff');
      expect(reply.headers['cross-origin-resource-policy'], path).toBe('same-origin');
      expect(reply.headers['referrer-policy'], path).toBe('no-referrer');
    }
    expect(contentSecurityPolicy()).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(contentSecurityPolicy()).toMatch(/frame-ancestors 'none'/);
  });

  it('answers to its own address and to localhost, in any case', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LocalHost:${port}`]) {
      expect((await get(url, '/', { Host: host })).status, host).toBe(200);
    }
  });

  it('refuses, with 421 and a plain reason, a request for any other host: a DNS-rebinding guard', async () => {
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, '127.0.0.1', `[::1]:${port}`,
      `127.0.0.2:${port}`, `localhost.:${port}`, `localhost:${port}.evil.example`]) {
      const reply = await get(url, '/', { Host: host });
      expect(reply.status, host).toBe(421);
      expect(reply.type, host).toBe('text/plain; charset=utf-8');
      expect(reply.body, host).toContain(`answers only to 127.0.0.1:${port} or localhost:${port}`);
      expect(reply.headers['content-security-policy'], host).toBe(contentSecurityPolicy());
    }
    expect(await getRaw(url, 'GET / HTTP/1.0')).toMatch(/^HTTP\/1\.1 421 /);
    expect(await getRaw(url, 'GET / HTTP/1.1\r\nHost: ')).toMatch(/^HTTP\/1\.1 421 /);
  });

  it('refuses a request for another host before it looks at the method or the path', async () => {
    expect((await get(url, '/../secret.txt', { Host: 'evil.example' })).status).toBe(421);
  });
});

describe('the addresses the web server listens on', () => {
  it('are loopback only: the network never reaches it', async () => {
    const site = tempDir('sprintbook-site-');
    try {
      for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com']) {
        await expect(serve({ dir: site.path, port: 0, host }), host).rejects.toThrow(/only on a loopback address/);
      }
    } finally {
      site.remove();
    }
  });

  it('are named in the Host headers it accepts, IPv6 in brackets', async () => {
    expect(allowedHosts('127.0.0.1', 5180)).toEqual(['127.0.0.1:5180', 'localhost:5180']);
    expect(allowedHosts('::1', 5180)).toEqual(['[::1]:5180', 'localhost:5180']);
    const site = tempDir('sprintbook-site-');
    writeFileSync(join(site.path, 'index.html'), '<!doctype html>');
    const started = await serve({ dir: site.path, port: 0, host: '::1' });
    try {
      const { port } = new URL(started.url);
      expect(started.url).toBe(`http://[::1]:${port}/`);
      expect((await get(started.url, '/', { Host: `[::1]:${port}` })).status).toBe(200);
      expect((await get(started.url, '/', { Host: `127.0.0.1:${port}` })).status).toBe(421);
    } finally {
      started.server.close();
      site.remove();
    }
  });
});
