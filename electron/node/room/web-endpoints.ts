/**
 * The room for the browser build (`npm run web`, and the end-to-end tests): the loopback server
 * that serves the app also answers
 *   GET  /room/api/status    the room's status (with the facilitator token while one is open)
 *   POST /room/api/start     starts a room (JSON options, as the Host call takes them)
 *   POST /room/api/stop      ends it
 * and takes the facilitator's socket at /room/facilitator. These are the browser build's Host
 * calls, so they answer only the app's own pages: the request must carry the header
 * `X-Sprintbook-Room: 1` (a page of another site cannot add it without a CORS preflight, which
 * this server never grants), and its Origin and Sec-Fetch-Site, when the browser sends them,
 * must be this server's own. The server itself already refuses any Host header but its own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createRoomHost, FACILITATOR_PATH, type RoomHost } from './room-host';

export const ROOM_API_HEADER = 'x-sprintbook-room';
const BODY_BYTES = 4096;

export interface RoomEndpoints {
  readonly host: RoomHost;
  /** Answers the request when it is one of the room's; false leaves it to the caller. */
  request(req: IncomingMessage, res: ServerResponse): boolean;
  /** Takes the facilitator's socket; false leaves the upgrade to the caller. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
}

/** `ownHosts()`: the `host:port` values of the loopback server these are mounted on, once it listens. */
export function roomEndpoints(options: { readonly rendererDir: string; readonly ownHosts: () => readonly string[] }): RoomEndpoints {
  const origins = () => options.ownHosts().map((h) => `http://${h}`);
  const host = createRoomHost({
    rendererDir: options.rendererDir,
    facilitator: { listener: 'mounted', url: () => `ws://${options.ownHosts()[0]}${FACILITATOR_PATH}`, origins },
  });

  const json = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(value));
  };
  const refuse = (res: ServerResponse, status: number, message: string) => json(res, status, { ok: false, error: { code: 'permission', message } });

  /** Null when the request may use the room's API, else why not. */
  const forbidden = (req: IncomingMessage): string | null => {
    if (req.headers[ROOM_API_HEADER] !== '1') return `The room's endpoints answer only the app (the ${ROOM_API_HEADER} header is missing).`;
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'The room\'s endpoints answer only pages of this server.';
    const origin = req.headers.origin;
    if (origin !== undefined && !origins().includes(origin)) return `The room's endpoints do not answer pages of ${origin}.`;
    return null;
  };

  async function answer(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const why = forbidden(req);
    if (why) return refuse(res, 403, why);
    if (path === '/room/api/status' && req.method === 'GET') return json(res, 200, { ok: true, value: host.status() });
    if (req.method !== 'POST') return refuse(res, 405, `${req.method} is not how ${path} is used.`);
    if (path === '/room/api/stop') {
      await host.stop();
      return json(res, 200, { ok: true, value: host.status() });
    }
    if (path === '/room/api/start') {
      const body = await readBody(req);
      if (body === null) return json(res, 413, { ok: false, error: { code: 'invalid-payload', message: `The options are larger than ${BODY_BYTES} bytes.` } });
      let options: unknown;
      try {
        options = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        return json(res, 400, { ok: false, error: { code: 'invalid-payload', message: 'The room options are not JSON.' } });
      }
      const started = await host.start(options);
      return json(res, started.ok ? 200 : 400, started);
    }
    refuse(res, 404, `There is no ${path}.`);
  }

  return {
    host,
    request(req, res) {
      const path = (req.url ?? '/').split('?')[0]!;
      if (!path.startsWith('/room/')) return false;
      answer(req, res, path).catch((e: unknown) => {
        if (!res.headersSent) json(res, 500, { ok: false, error: { code: 'io', message: e instanceof Error ? e.message : String(e) } });
      });
      return true;
    },
    upgrade(req, socket, head) {
      if ((req.url ?? '').split('?')[0] !== FACILITATOR_PATH) return false;
      host.handleFacilitatorUpgrade(req, socket, head);
      return true;
    },
  };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
