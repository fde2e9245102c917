/**
 * The workshop room for end-to-end tests and screenshots: the browser build's server (which
 * mounts the room) on loopback, a room started through its loopback endpoint as the app would,
 * and the facilitator's client in Node (the app's screens for it come later).
 */
import WebSocket from 'ws';
import type { Server } from 'node:http';
import { connectFacilitator, type FacilitatorClient, type OpenRoomStatus } from '../../../shared/room';
import type { RoomHost } from '../../../electron/node/room';
import { serve } from '../../../scripts/serve-web.mjs';
import { DIST, ensureBuilt } from './build';

export interface RoomSession {
  readonly url: string;
  readonly status: OpenRoomStatus;
  readonly facilitator: FacilitatorClient;
  /** The server's side of the room, for tests that cut a participant's connection. */
  readonly host: RoomHost;
  close(): Promise<void>;
}

/** Calls one of the browser build's room endpoints, as its Host does. */
export async function roomApi(url: string, path: 'start' | 'stop' | 'status', body?: unknown): Promise<Response> {
  return fetch(new URL(`room/api/${path}`, url), {
    method: path === 'status' ? 'GET' : 'POST',
    headers: { 'X-Sprintbook-Room': '1', 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export async function openRoom(title: string): Promise<RoomSession> {
  await ensureBuilt();
  const { server, url, room: host } = await serve({ dir: DIST, port: 0 });
  const started = (await (await roomApi(url, 'start', { title, bind: 'loopback' })).json()) as { ok: true; value: OpenRoomStatus } | { ok: false; error: { message: string } };
  if (!started.ok) throw new Error(started.error.message);
  const status = started.value;
  const connected = await connectFacilitator({ url: status.facilitator.url, token: status.facilitator.token, socket: (u) => new WebSocket(u) as never });
  if (!connected.ok) throw new Error(connected.error.reason);
  return {
    url, status, facilitator: connected.value, host,
    close: async () => {
      connected.value.close();
      await closeServer(server);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Waits until `check` holds. */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
