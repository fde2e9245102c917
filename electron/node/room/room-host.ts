/**
 * At most one room at a time, started and ended on demand: by the desktop app's main process
 * (through the Host calls roomStart, roomStop, roomStatus) and by `npm run web`'s server (through
 * its loopback-only endpoints). Starting makes fresh tokens (room, facilitator), opens the
 * participants' listener on the chosen address and, for the desktop app, a loopback-only
 * listener for the facilitator's socket; ending closes both and forgets every token, so every
 * link and socket of that room is dead.
 *
 * The facilitator's socket is accepted only from loopback, only from the app's own origin (or
 * from no browser page, for scripts and tests), and only with the facilitator token, which is
 * handed out by `start` and `status` alone, i.e. only to the app.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { HostResult } from '../../../shared/host';
import { ROOM_START_OPTIONS, type LanAddress, type OpenRoomStatus, type RefusalCode, type RoomStartOptions, type RoomStatus } from '../../../shared/room';
import { ROOM_LIMITS } from '../../../shared/room/limits';
import { isLoopbackAddress, lanAddresses } from './addresses';
import { attachFacilitatorSocket } from './facilitator-socket';
import { loadParticipantPage, PageMissingError } from './participant-page';
import { qrSvg } from './qr';
import { Room } from './room';
import { startRoomServer, type RoomServer } from './room-server';
import { groupedRoomToken, newRoomToken, newSecretToken } from './tokens';

export const FACILITATOR_PATH = '/room/facilitator';

export type FacilitatorMount =
  /** The room opens its own loopback listener for the facilitator (the desktop app). */
  | { readonly listener: 'own'; readonly origins: readonly string[] }
  /** A loopback server that exists already routes FACILITATOR_PATH to handleFacilitatorUpgrade (`npm run web`). */
  | { readonly listener: 'mounted'; readonly url: () => string; readonly origins: () => readonly string[] };

export interface RoomHostOptions {
  /** The renderer's build (dist/renderer), which holds the participant page. */
  readonly rendererDir: string;
  readonly facilitator: FacilitatorMount;
  readonly addresses?: () => LanAddress[];
  /** The participants' port; 0 (the default) lets the system choose. */
  readonly port?: number;
}

export interface RoomHost {
  start(options?: unknown): Promise<HostResult<OpenRoomStatus>>;
  stop(): Promise<void>;
  status(): RoomStatus;
  /** Takes a socket upgrade for FACILITATOR_PATH from a loopback server that is not the room's own. */
  handleFacilitatorUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** The open room (tests and the bench look inside). */
  readonly room: Room | null;
}

interface Open {
  readonly room: Room;
  readonly server: RoomServer;
  readonly facilitatorServer: Server | null;
  readonly status: Omit<OpenRoomStatus, 'locked' | 'participants' | 'addresses'>;
}

const fail = (code: 'invalid-payload' | 'io', message: string) => ({ ok: false as const, error: { code, message } });

export function createRoomHost(options: RoomHostOptions): RoomHost {
  const addresses = options.addresses ?? (() => lanAddresses());
  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.frameBytes, perMessageDeflate: false });
  let open: Open | null = null;
  let starting: Promise<HostResult<OpenRoomStatus>> | null = null;

  const status = (): RoomStatus => {
    if (!open) return { open: false, addresses: addresses() };
    return { ...open.status, locked: open.room.locked, participants: open.room.participants.size, addresses: addresses() };
  };

  const origins = (): readonly string[] => (options.facilitator.listener === 'own' ? options.facilitator.origins : options.facilitator.origins());

  const handleFacilitatorUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: number, text: string, code?: RefusalCode) => {
      if (code) open?.room.counters.refuse(code);
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\n\r\n`);
    };
    const room = open?.room;
    if (!room || room.isEnded) return refuse(404, 'No room is open');
    if ((req.url ?? '').split('?')[0] !== FACILITATOR_PATH) return refuse(404, 'Not found');
    if (!isLoopbackAddress(req.socket.remoteAddress)) return refuse(403, 'Loopback only', 'not-loopback');
    const origin = req.headers.origin;
    if (origin !== undefined && !origins().includes(origin)) return refuse(403, 'Forbidden origin', 'foreign-origin');
    wss.handleUpgrade(req, socket, head, (ws) => attachFacilitatorSocket(room, ws));
  };

  async function start(raw: unknown): Promise<HostResult<OpenRoomStatus>> {
    const parsed = ROOM_START_OPTIONS.safeParse(raw ?? {});
    if (!parsed.success) return fail('invalid-payload', parsed.error.issues[0]!.message);
    const wanted: RoomStartOptions = parsed.data;
    // One room at a time: starting again answers with the room that is open.
    if (open) return { ok: true, value: status() as OpenRoomStatus };
    const bind = wanted.bind ?? 'lan';
    const lan = addresses();
    if (wanted.address && bind === 'lan' && !lan.some((a) => a.address === wanted.address)) {
      return fail('invalid-payload', `${wanted.address} is not an address of this machine (${lan.map((a) => a.address).join(', ') || 'it has none on a network'}).`);
    }
    if (bind === 'lan' && lan.length === 0) {
      return fail('io', 'This computer is on no network, so phones could not reach the room: join the meeting room\'s Wi-Fi (or start the room on loopback to rehearse on this computer).');
    }
    const listenOn = bind === 'loopback' ? '127.0.0.1' : wanted.address ?? '0.0.0.0';
    const linkHost = bind === 'loopback' ? '127.0.0.1' : wanted.address ?? lan[0]!.address;

    let page;
    try {
      page = await loadParticipantPage(options.rendererDir);
    } catch (e) {
      return fail('io', e instanceof PageMissingError ? e.message : `Could not read the participant page: ${String(e)}`);
    }

    const roomToken = newRoomToken();
    const facilitatorToken = newSecretToken();
    const title = wanted.title ?? 'Workshop';
    let server: RoomServer | null = null;
    let facilitatorServer: Server | null = null;
    const room = new Room({
      title, facilitatorToken,
      // However the room ends (the facilitator's `end` or stop()), its listeners close with it.
      onEnd: () => {
        if (open?.room === room) open = null;
        void closeListeners(server, facilitatorServer);
      },
    });
    try {
      server = await startRoomServer({
        room, roomToken, page, host: listenOn, port: options.port ?? 0,
        allowedHosts: (port) => {
          const names = listenOn === '0.0.0.0' ? ['127.0.0.1', 'localhost', ...addresses().map((a) => a.address)] : listenOn === '127.0.0.1' ? ['127.0.0.1', 'localhost'] : [listenOn];
          return names.map((n) => `${n}:${port}`);
        },
      });
      let facilitatorUrl: string;
      if (options.facilitator.listener === 'own') {
        facilitatorServer = await listenForFacilitator(handleFacilitatorUpgrade);
        const address = facilitatorServer.address();
        facilitatorUrl = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${FACILITATOR_PATH}`;
      } else {
        facilitatorUrl = options.facilitator.url();
      }
      const joinUrl = `http://${linkHost}:${server.port}/j/${roomToken}`;
      open = {
        room, server, facilitatorServer,
        status: {
          open: true, title, joinUrl,
          shortUrl: `${linkHost}:${server.port}/${groupedRoomToken(roomToken)}`,
          qrSvg: await qrSvg(joinUrl),
          bind, address: linkHost, port: server.port, startedAt: new Date().toISOString(),
          facilitator: { url: facilitatorUrl, token: facilitatorToken },
        },
      };
    } catch (e) {
      room.end();
      await closeListeners(server, facilitatorServer);
      const message = e instanceof Error ? e.message : String(e);
      return fail('io', `The room could not listen on ${listenOn}: ${message}`);
    }
    return { ok: true, value: status() as OpenRoomStatus };
  }

  return {
    get room() {
      return open?.room ?? null;
    },
    start(raw) {
      starting ??= start(raw).finally(() => {
        starting = null;
      });
      return starting;
    },
    async stop() {
      const current = open;
      open = null;
      if (!current) return;
      current.room.end();
      await closeListeners(current.server, current.facilitatorServer);
    },
    status,
    handleFacilitatorUpgrade,
  };
}

async function listenForFacilitator(upgrade: RoomHost['handleFacilitatorUpgrade']): Promise<Server> {
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', upgrade);
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return server;
}

const closing = new WeakMap<object, Promise<void>>();

/** Closes the room's listeners once, however many times the room's end is reported. */
function closeListeners(server: RoomServer | null, facilitatorServer: Server | null): Promise<void> {
  const closeOnce = <T extends object>(key: T | null, close: () => Promise<void>) => {
    if (!key) return Promise.resolve();
    let done = closing.get(key);
    if (!done) {
      done = close();
      closing.set(key, done);
    }
    return done;
  };
  return Promise.all([
    closeOnce(server, () => server!.close()),
    closeOnce(facilitatorServer, () => new Promise<void>((resolve) => {
      facilitatorServer!.closeAllConnections();
      facilitatorServer!.close(() => resolve());
    })),
  ]).then(() => undefined);
}
