/**
 * The room's listener on the network, for participants only: the page at /j/<room token>, its
 * assets, the short link /<room token in groups> (a redirect), and the participant socket at
 * /j/<room token>/ws. A request must name this machine in its Host header (no DNS rebinding), a
 * socket must come from the room's own page (or from no page at all) and carry the room token;
 * everything else is refused with a reason and counted. The facilitator is never reached here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RefusalCode } from '../../../shared/room';
import { ROOM_LIMITS } from '../../../shared/room/limits';
import { attachParticipantSocket } from './participant-socket';
import { pageHeaders, type ParticipantPage } from './participant-page';
import type { Room } from './room';
import { readRoomToken, sameSecret } from './tokens';

export interface RoomServerOptions {
  readonly room: Room;
  readonly roomToken: string;
  readonly page: ParticipantPage;
  /** The address to listen on: 0.0.0.0, one LAN address, or 127.0.0.1. */
  readonly host: string;
  readonly port?: number;
  /** The `host:port` values a request may name, given the port that was bound. */
  readonly allowedHosts: (port: number) => readonly string[];
}

export interface RoomServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const { room, page } = options;
  let allowed: readonly string[] = [];
  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.frameBytes, perMessageDeflate: false });

  const hostOf = (req: IncomingMessage): string | null => {
    const host = (req.headers.host ?? '').toLowerCase();
    return allowed.includes(host) ? host : null;
  };
  const tokenIn = (segment: string | undefined): boolean => {
    const token = segment === undefined ? null : readRoomToken(segment);
    return token !== null && sameSecret(token, options.roomToken);
  };

  const server: Server = createServer((req, res) => {
    try {
      serve(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
    }
  });

  const reply = (res: ServerResponse, host: string, status: number, text: string, code?: RefusalCode) => {
    if (code) room.counters.refuse(code);
    res.writeHead(status, { ...pageHeaders(host), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(`${text}\n`);
  };

  function serve(req: IncomingMessage, res: ServerResponse): void {
    const host = hostOf(req);
    if (!host) {
      room.counters.refuse('wrong-host');
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`This room answers only to ${allowed[0] ?? 'its own address'}.\n`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, host, 405, 'Only GET.');
    const path = (req.url ?? '/').split('?')[0]!;
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'assets' && parts.length === 2) {
      const asset = page.assets.get(parts[1]!);
      if (!asset) return reply(res, host, 404, 'Not found.');
      res.writeHead(200, { ...pageHeaders(host), 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=31536000, immutable' }).end(req.method === 'HEAD' ? undefined : asset.body);
      return;
    }
    if (parts[0] === 'j' && parts.length === 2) {
      if (room.isEnded || !tokenIn(parts[1])) return reply(res, host, 404, 'This room link is not valid: the room has ended, or the link was mistyped. Ask the facilitator for the link.', 'unknown-room');
      res.writeHead(200, { ...pageHeaders(host), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(req.method === 'HEAD' ? undefined : page.html);
      return;
    }
    if (parts.length === 1 && readRoomToken(parts[0]!) !== null) {
      // The short link: the token as read out, in any case, with or without its hyphens.
      if (room.isEnded || !tokenIn(parts[0])) return reply(res, host, 404, 'This room link is not valid: the room has ended, or the link was mistyped.', 'unknown-room');
      res.writeHead(302, { ...pageHeaders(host), Location: `/j/${readRoomToken(parts[0]!)}` }).end();
      return;
    }
    reply(res, host, 404, 'Not found. Open the link (or scan the QR code) the facilitator shows.');
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: number, text: string, code: RefusalCode) => {
      room.counters.refuse(code);
      socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${text}\n`);
    };
    try {
      const host = hostOf(req);
      if (!host) return refuse(421, 'Misdirected request', 'wrong-host');
      const parts = (req.url ?? '/').split('?')[0]!.split('/').filter(Boolean);
      if (parts.length !== 3 || parts[0] !== 'j' || parts[2] !== 'ws') return refuse(404, 'Not found', 'unknown-room');
      if (room.isEnded || !tokenIn(parts[1])) return refuse(404, 'This room link is not valid', 'unknown-room');
      // A page may open a socket here only if it is the room's own page (no Origin: not a browser page).
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) return refuse(403, 'Forbidden origin', 'foreign-origin');
      if (room.socketCount >= ROOM_LIMITS.sockets) return refuse(503, 'The room is full', 'too-many-sockets');
      wss.handleUpgrade(req, socket, head, (ws) => attachParticipantSocket(room, ws));
    } catch {
      socket.destroy();
    }
  });
  // A client that resets mid-request must not become an unhandled error.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  allowed = options.allowedHosts(port);

  return {
    port,
    close: () => new Promise<void>((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
