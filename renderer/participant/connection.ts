/**
 * The page's line to the room: one WebSocket back to the server that served the page, which
 * reconnects after a blip (0.5 s, doubling to 5 s) and resumes with the participant's token,
 * kept in localStorage per room so a reload resumes too. Every message gets a random `ref` and
 * stays in the outbox until the room answers it; after a reconnection the outbox is sent again
 * (the room answers a ref it has already taken without taking it twice), and a message refused
 * for going too fast is sent again a moment later. So nothing typed is lost to a blip.
 */
import type { ParticipantMessageInput } from '../../shared/room/participant-messages';
import type { ServerToParticipant } from '../../shared/room/server-messages';
import { FINAL_CLOSE_CODES } from '../../shared/room/limits';

type Body = ParticipantMessageInput extends infer M ? (M extends unknown ? Omit<M, 'ref'> : never) : never;
export type Answer = Extract<ServerToParticipant, { type: 'ok' | 'refused' | 'welcome' }>;

export interface ConnectionEvents {
  message(message: ServerToParticipant): void;
  online(online: boolean): void;
  /** The room closed this socket for good (ended, removed, left, opened elsewhere). */
  final(code: number, reason: string): void;
}

interface Saved { readonly token: string; readonly name: string }

export class RoomConnection {
  private socket: WebSocket | null = null;
  private delay = 500;
  private joined = false;
  private stopped = false;
  private readonly outbox = new Map<string, { body: Body; resolve: (a: Answer) => void }>();

  constructor(private readonly roomToken: string, private readonly events: ConnectionEvents) {}

  /** The name this browser joined this room with, if it did. */
  get saved(): Saved | null {
    try {
      const raw = localStorage.getItem(this.key);
      const saved = raw ? (JSON.parse(raw) as Partial<Saved>) : null;
      return saved && typeof saved.token === 'string' && typeof saved.name === 'string' ? (saved as Saved) : null;
    } catch {
      return null;
    }
  }

  private get key(): string {
    return `sprintbook-room:${this.roomToken}`;
  }

  connect(): void {
    if (this.stopped) return;
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/j/${this.roomToken}/ws`);
    this.socket = ws;
    ws.addEventListener('open', () => {
      this.delay = 500;
      this.events.online(true);
      const saved = this.saved;
      if (saved) this.raw({ type: 'resume', token: saved.token });
      else for (const [ref, { body }] of this.outbox) if (body.type === 'join') this.raw({ ...body, ref });
    });
    ws.addEventListener('message', (event) => this.receive(String(event.data)));
    ws.addEventListener('close', (event) => {
      if (this.socket !== ws) return;
      this.socket = null;
      this.joined = false;
      this.events.online(false);
      if (FINAL_CLOSE_CODES.includes(event.code)) {
        this.stopped = true;
        if (event.code !== 4011) this.forget();
        this.events.final(event.code, event.reason);
        return;
      }
      setTimeout(() => this.connect(), this.delay);
      this.delay = Math.min(this.delay * 2, 5000);
    });
  }

  /** Sends a join (answered with `welcome`) or any other message; resolves with the room's answer. */
  send(body: Body): Promise<Answer> {
    const ref = randomRef();
    return new Promise((resolve) => {
      this.outbox.set(ref, { body, resolve });
      if (body.type === 'join' || this.joined) this.raw({ ...body, ref });
    });
  }

  private raw(message: object): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private receive(text: string): void {
    let message: ServerToParticipant;
    try {
      message = JSON.parse(text) as ServerToParticipant;
    } catch {
      return;
    }
    if (message.type === 'welcome') {
      this.joined = true;
      try {
        localStorage.setItem(this.key, JSON.stringify({ token: message.token, name: message.participant.name } satisfies Saved));
      } catch {
        // Private mode without storage: a reload will ask for the name again.
      }
      // What was waiting for an answer goes again, in order.
      for (const [ref, { body }] of this.outbox) if (body.type !== 'join') this.raw({ ...body, ref });
    }
    if (message.type === 'refused' && (message.code === 'unknown-token' || message.code === 'removed') && message.ref === undefined) this.forget();
    if ((message.type === 'ok' || message.type === 'refused' || message.type === 'welcome') && message.ref !== undefined) {
      const waiting = this.outbox.get(message.ref);
      if (waiting && message.type === 'refused' && message.code === 'rate-limited') {
        setTimeout(() => this.raw({ ...waiting.body, ref: message.ref }), 1000);
        return;
      }
      this.outbox.delete(message.ref);
      waiting?.resolve(message);
    }
    this.events.message(message);
  }

  /** A resume refused as unknown: the saved token is useless; the page asks for a name again. */
  forget(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      // nothing saved
    }
  }
}

function randomRef(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}
