/**
 * A tiny static server for the production build of the renderer (`npm run web`, `npm start`
 * offline, and the end-to-end tests): serves one folder from a loopback address, with correct
 * MIME types, and never anything outside that folder. Hashed build assets (assets/*) are cached
 * for good, which also lets Chromium keep compiled code; everything else is revalidated, so a
 * rebuild is seen on the next reload.
 *
 * The files are served by `sirv` (ranges, HEAD, ETag and 304, no path that climbs out of the
 * folder); this module adds what is ours: the Host check, the headers, and refusing a symbolic
 * link that points outside the folder, which sirv would follow.
 *
 * Every response carries the desktop app's Content Security Policy and security headers
 * (electron/main/security-headers.json). A request whose Host header is not the address it
 * listens on is refused with 421: a web page elsewhere that points its own name at 127.0.0.1
 * (DNS rebinding) would otherwise read the app, and a page of the same origin sees the user's
 * workbooks in IndexedDB.
 *
 * The workshop room (issue 14) is mounted here too: its loopback-only endpoints under /room/
 * and the facilitator's socket (electron/node/room/web-endpoints.ts); a room listens for phones
 * on its own port only while one is open. The room is TypeScript, so this file runs under tsx.
 *
 *   tsx scripts/serve-web.mjs [--port N] [--dir PATH]     (PORT=0 picks a free port)
 */
import { createServer } from 'node:http';
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
// One table of types, and one policy, for this server and the desktop app's app:// protocol.
import MIME from '../electron/node/mime-types.json' with { type: 'json' };
import SECURITY from '../electron/main/security-headers.json' with { type: 'json' };
import { roomEndpoints } from '../electron/node/room/index.ts';

/** The headers of every response. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': Object.entries(SECURITY.policy).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; '),
  ...SECURITY.headers,
  // Pages of other origins may not load these files either (a <script src> from elsewhere).
  'Cross-Origin-Resource-Policy': 'same-origin',
});

/**
 * The Host headers a request may carry to a server listening on `address` (a loopback address)
 * and `port`: that address, and `localhost`, which browsers always resolve to loopback.
 */
export function allowedHosts(address, port) {
  const literal = address.includes(':') ? `[${address}]` : address;
  // A browser leaves out the scheme's default port.
  return port === 80 ? [`${literal}:${port}`, `localhost:${port}`, literal, 'localhost'] : [`${literal}:${port}`, `localhost:${port}`];
}

/** Only loopback addresses: this server is for the browser on this machine, never the network. */
function isLoopback(host) {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}


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
  if (!isLoopback(host)) throw new Error(`serves only on a loopback address (127.0.0.1, ::1 or localhost), not "${host}"`);
  const root = await realpath(resolve(dir));
  // `dev` looks each file up when it is asked for (not once at start), so a rebuild is served.
  const files = sirv(root, { dev: true, etag: true });
  let allowed = [];
  const room = roomEndpoints({ rendererDir: root, ownHosts: () => allowed });
  const server = createServer(async (req, res) => {
    const asked = (req.headers.host ?? '').toLowerCase();
    if (!allowed.includes(asked)) {
      res.writeHead(421, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(
        `Misdirected request: this server answers only to ${allowed.join(' or ')}, ` +
        `not to the host ${JSON.stringify(req.headers.host ?? '')}. Open ${allowed[0]} in the address bar.\n`);
      return;
    }
    if (room.request(req, res)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await resolveInside(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    // Headers set here win over sirv's own (its MIME table is not the one app:// uses).
    const hashed = relative(root, file).split(sep)[0] === 'assets';
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('Content-Type', MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    files(req, res);
  });
  server.on('upgrade', (req, socket, head) => {
    if (!allowed.includes((req.headers.host ?? '').toLowerCase()) || !room.upgrade(req, socket, head)) socket.destroy();
  });
  // The room lives as long as this server: closing it ends the room and closes the room's port.
  server.on('close', () => void room.host.stop());
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  const address = server.address();
  allowed = allowedHosts(address.address, address.port);
  return { server, url: `http://${allowed[0]}/`, room: room.host };
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
