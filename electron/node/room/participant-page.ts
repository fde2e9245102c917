/**
 * The participant page's files, read once when a room starts: `participant/index.html` of the
 * renderer's build and exactly the assets it names, kept in memory. The room serves those and
 * nothing else (no folder is exposed on the network), each with a strict Content Security
 * Policy: only the page's own script and style, sockets only back to the room.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface PageFile { readonly body: Buffer; readonly type: string }
export interface ParticipantPage {
  readonly html: Buffer;
  /** Assets by file name (`participant-AbC123.js`), as the page links them under /assets/. */
  readonly assets: ReadonlyMap<string, PageFile>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export class PageMissingError extends Error {}

/** Reads the built page under `rendererDir` (dist/renderer). */
export async function loadParticipantPage(rendererDir: string): Promise<ParticipantPage> {
  const htmlPath = join(rendererDir, 'participant', 'index.html');
  let html: Buffer;
  try {
    html = await readFile(htmlPath);
  } catch {
    throw new PageMissingError(`The participant page is not built (${htmlPath} is missing): run \`npm run build:web\` first.`);
  }
  const assets = new Map<string, PageFile>();
  for (const [, name] of html.toString('utf8').matchAll(/(?:src|href)="\.\.\/assets\/([A-Za-z0-9._-]+)"/g)) {
    const file = basename(name!);
    const ext = file.slice(file.lastIndexOf('.'));
    const type = TYPES[ext];
    if (!type) continue;
    assets.set(file, { body: await readFile(join(rendererDir, 'assets', file)), type });
  }
  return { html, assets };
}

/** The headers of every response of the room: the page's policy and the usual hardening. */
export function pageHeaders(host: string): Record<string, string> {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // 'self' covers the room's own ws: in current browsers; the explicit origin is for older ones.
    `connect-src 'self' ws://${host}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}
