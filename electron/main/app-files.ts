/**
 * Maps an `app://sprintbook/…` request to a file under the renderer's build folder
 * (dist/renderer), and to nothing else. The URL parser already folds `/../` and `%2e%2e`, but
 * the check does not rely on it: the path is decoded, split, and refused if any segment climbs,
 * hides a separator or a NUL, and the joined result must still lie inside the root.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { securityHeaders } from './csp';
import mimeTypes from '../node/mime-types.json';

export type AppFile =
  | { readonly ok: true; readonly path: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

export function resolveAppFile(url: string, rootDir: string): AppFile {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403, reason: 'not the app origin' };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, status: 403, reason: 'credentials in the URL' };

  const rawSegments = parsed.pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'malformed escape in the path' };
    }
    if (segment === '..' || segment === '.') return { ok: false, status: 403, reason: 'the path climbs' };
    // An encoded separator or NUL would make one URL segment into several path segments.
    if (/[\\/\0]/.test(segment) || segment.includes(':')) return { ok: false, status: 403, reason: 'a separator inside a segment' };
    segments.push(segment);
  }
  if (segments.length === 0 || segments.at(-1) === '') segments.splice(-1, 1, 'index.html');
  if (segments.some((s) => s === '')) return { ok: false, status: 403, reason: 'an empty segment' };

  const path = join(rootDir, ...segments);
  const inside = relative(rootDir, path);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'outside the renderer folder' };
  }
  return { ok: true, path, mimeType: mimeTypeOf(path) };
}

/** Module scripts are refused by Chromium unless served with a JavaScript type, hence the table
 * (shared with scripts/serve-web.mjs). */
const MIME_TYPES: Readonly<Record<string, string>> = mimeTypes;

/** The type of a file by its extension; unknown ones are plain bytes. */
export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The response to one request on the app scheme: the file with its type and the security
 * headers (the CSP among them), or an empty error. Only GET and HEAD: the app posts nothing.
 */
export async function respondToAppRequest(request: { readonly url: string; readonly method: string }, rootDir: string): Promise<Response> {
  const headers = securityHeaders();
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers });
  const file = resolveAppFile(request.url, rootDir);
  if (!file.ok) return new Response(null, { status: file.status, headers });
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = new Uint8Array(await readFile(file.path));
  } catch {
    return new Response(null, { status: 404, headers });
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...headers, 'Content-Type': file.mimeType, 'Cache-Control': 'no-cache' },
  });
}
