/**
 * A tiny static server for the production build of the renderer (`npm run web`, and the
 * end-to-end tests): serves one folder from 127.0.0.1, with correct MIME types, and never
 * anything outside that folder. Hashed build assets (assets/*) are cached for good, which also
 * lets Chromium keep compiled code; everything else is revalidated, so a rebuild is seen on
 * the next reload.
 *
 *   node scripts/serve-web.mjs [--port N] [--dir PATH]     (PORT=0 picks a free port)
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
// One table of types for this server and the desktop app's app:// protocol.
import MIME from '../electron/node/mime-types.json' with { type: 'json' };


/** The file under `root` that `urlPath` names, or null when it would leave `root`. */
export async function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0')) return null;
  const wanted = resolve(root, '.' + (decoded.endsWith('/') ? decoded + 'index.html' : decoded));
  const inside = (p) => {
    const rel = relative(root, p);
    return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
  };
  if (!inside(wanted)) return null;
  try {
    // A symbolic link inside the folder may still point outside it.
    const real = await realpath(wanted);
    if (!inside(real)) return null;
    const info = await stat(real);
    return info.isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Starts serving `dir`; resolves to the server and its address once it listens. */
export async function serve({ dir, port = 0, host = '127.0.0.1' }) {
  const root = await realpath(resolve(dir));
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await resolveInside(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const hashed = relative(root, file).split(sep)[0] === 'assets';
    res.writeHead(200, {
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  const address = server.address();
  return { server, url: `http://${host}:${address.port}/` };
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = option('dir', join(fileURLToPath(new URL('..', import.meta.url)), 'dist', 'renderer'));
  const port = Number(option('port', process.env.PORT ?? 5180));
  try {
    const { url } = await serve({ dir, port });
    console.log(`Sprintbook is served at ${url}  (Ctrl+C stops it)`);
  } catch (e) {
    console.error(`Could not serve ${dir}: ${e instanceof Error ? e.message : String(e)}`);
    console.error('Build it first with `npm run build:web`, or choose another port with --port N.');
    process.exit(1);
  }
}
