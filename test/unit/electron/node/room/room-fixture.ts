/**
 * A room on loopback for the tests: a renderer folder holding a small participant page (the
 * real one is built by vite and exercised end to end), the room host, its facilitator client,
 * and participants speaking raw WebSocket so the tests can send anything at all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { connectFacilitator, type FacilitatorClient, type OpenRoomStatus, type ServerToParticipant } from '../../../../../shared/room';
import { createRoomHost, type RoomHost } from '../../../../../electron/node/room';

export const APP_ORIGIN = 'app://sprintbook';

export function pageFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sprintbook-room-'));
  mkdirSync(join(dir, 'participant'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'participant', 'index.html'), '<!doctype html><script type="module" src="../assets/participant-test.js"></script><main id="app"></main>');
  writeFileSync(join(dir, 'assets', 'participant-test.js'), 'console.log("page");');
  writeFileSync(join(dir, 'assets', 'secret.txt'), 'not linked by the page');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestRoom {
  readonly host: RoomHost;
  readonly status: OpenRoomStatus;
  readonly facilitator: FacilitatorClient;
  /** ws://127.0.0.1:PORT/j/TOKEN/ws */
  readonly socketUrl: string;
  close(): Promise<void>;
}

export async function openTestRoom(title = 'Day 4 workshop'): Promise<TestRoom> {
  const page = pageFolder();
  const host = createRoomHost({ rendererDir: page.dir, facilitator: { listener: 'own', origins: [APP_ORIGIN] }, addresses: () => [] });
  const started = await host.start({ title, bind: 'loopback' });
  if (!started.ok) throw new Error(started.error.message);
  const status = started.value;
  const connected = await connectFacilitator({ url: status.facilitator.url, token: status.facilitator.token, socket: (url) => new WebSocket(url) as never, reconnectMs: 0 });
  if (!connected.ok) throw new Error(connected.error.reason);
  return {
    host, status, facilitator: connected.value,
    socketUrl: `${status.joinUrl.replace('http:', 'ws:')}/ws`,
    async close() {
      connected.value.close();
      await host.stop();
      page.remove();
    },
  };
}

/** A raw participant socket that keeps every message it receives, in order. */
export class RawParticipant {
  readonly received: ServerToParticipant[] = [];
  readonly ws: WebSocket;
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | null = null;
  token = '';
  id = '';

  private constructor(url: string, headers: Record<string, string> = {}) {
    this.ws = new WebSocket(url, { headers });
    this.ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerToParticipant;
      if (message.type === 'welcome') {
        this.token = message.token;
        this.id = message.participant.id;
      }
      this.received.push(message);
      this.wake();
    });
    this.ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
    this.ws.on('error', () => undefined);
  }

  static async connect(url: string, headers?: Record<string, string>): Promise<RawParticipant> {
    const p = new RawParticipant(url, headers);
    await new Promise<void>((resolve, reject) => {
      p.ws.once('open', () => resolve());
      p.ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      p.ws.once('error', reject);
    });
    return p;
  }

  static async joined(url: string, name: string): Promise<RawParticipant> {
    const p = await RawParticipant.connect(url);
    p.send({ type: 'join', name });
    await p.next('welcome');
    return p;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message of `type` received from now on (or already waiting past `from`). */
  async next<T extends ServerToParticipant['type']>(type: T, timeoutMs = 3000): Promise<Extract<ServerToParticipant, { type: T }>> {
    const start = this.cursor;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.received.findIndex((m, i) => i >= start && m.type === type);
      if (at >= 0) {
        this.cursor = at + 1;
        return this.received[at] as Extract<ServerToParticipant, { type: T }>;
      }
      if (Date.now() > deadline) throw new Error(`No "${type}" message within ${timeoutMs} ms; got ${JSON.stringify(this.received.slice(start).map((m) => m.type))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** Waits until the socket is closed. */
  async whenClosed(timeoutMs = 3000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('The socket was not closed.');
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.closed;
  }

  private cursor = 0;

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  close(): void {
    this.ws.close();
  }
}

/** Waits until `check` holds (the facilitator's view updates asynchronously). */
export async function eventually(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
