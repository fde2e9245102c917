/**
 * The facilitator's client: what the app (and the tests, and the bench) use to run the room.
 * It speaks to the room's facilitator endpoint over a WebSocket on loopback, proves itself with
 * the facilitator token the Host handed out, and keeps a `FacilitatorView` that changes with
 * every server message. Each request answers as a value: `{ ok: true }` once the server took it,
 * or the server's refusal; nothing throws. After a dropped connection it reconnects on its own
 * (the server sends the whole picture again); after `end()` or the room ending it stays closed.
 *
 * The socket is made by `socket(url)`: the browser's WebSocket by default, `ws`'s in Node.
 */
import { applyToView, EMPTY_VIEW, type FacilitatorView } from './facilitator-view';
import type { FacilitatorRequest, OpenItem, RequestId } from './facilitator-messages';
import type { Focus } from './focus';
import type { RoomActivity } from './limits';
import type { Refusal } from './refusals';
import type { FacilitatorVoteResult, ServerToFacilitator } from './server-messages';

/** The part of a WebSocket the client uses (the browser's and `ws`'s both have it). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'close' | 'error' | 'message', listener: (event: { data?: unknown; code?: number; reason?: string }) => void): void;
}
export type SocketFactory = (url: string) => SocketLike;

export type ClientError = Refusal | { readonly code: 'disconnected'; readonly reason: string };
export type RoomAnswer<T = undefined> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ClientError };

export interface FacilitatorClientOptions {
  /** The facilitator endpoint, `ws://127.0.0.1:PORT/room/facilitator`, from the room's status. */
  readonly url: string;
  readonly token: string;
  readonly socket?: SocketFactory;
  /** Milliseconds before the first reconnection attempt (doubled up to 5 s); 0 disables reconnecting. */
  readonly reconnectMs?: number;
}

export interface FacilitatorClient {
  readonly view: FacilitatorView;
  /** Called with the new view after every change; returns the unsubscribe function. */
  subscribe(listener: (view: FacilitatorView) => void): () => void;
  /** Every server message as it arrives, with the local time it arrived (for measuring). */
  onMessage(listener: (message: ServerToFacilitator, receivedAt: number) => void): () => void;
  show(focus: Focus): Promise<RoomAnswer>;
  setOpenItems(items: readonly OpenItem[], dots: number): Promise<RoomAnswer>;
  setAnonymous(activity: RoomActivity, anonymous: boolean): Promise<RoomAnswer>;
  openVote(decisionId: string): Promise<RoomAnswer<{ readonly voteId: string }>>;
  closeVote(voteId: string): Promise<RoomAnswer>;
  /** Reveals the vote to the room; answers with the votes and reasons, for the audit trail. */
  revealVote(voteId: string): Promise<RoomAnswer<FacilitatorVoteResult>>;
  accept(itemId: string): Promise<RoomAnswer>;
  reject(itemId: string): Promise<RoomAnswer>;
  lock(locked: boolean): Promise<RoomAnswer>;
  remove(participantId: string): Promise<RoomAnswer>;
  /** Ends the room for everyone. */
  end(): Promise<RoomAnswer>;
  /** Closes this client's connection; the room stays open. */
  close(): void;
}

type Pending = (message: ServerToFacilitator | null) => void;
/** A request without its id (the client numbers them). */
type RequestBody = FacilitatorRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;
const OPEN = 1;

function defaultSocket(url: string): SocketLike {
  const Ctor = (globalThis as { WebSocket?: new (url: string) => SocketLike }).WebSocket;
  if (!Ctor) throw new Error('This runtime has no WebSocket: pass `socket` (in Node, `(url) => new WebSocket(url)` from the ws package).');
  return new Ctor(url);
}

/** Connects and waits for the room's picture; refused when the token is wrong or the room is gone. */
export function connectFacilitator(options: FacilitatorClientOptions): Promise<RoomAnswer<FacilitatorClient>> {
  const makeSocket = options.socket ?? defaultSocket;
  const firstDelay = options.reconnectMs ?? 500;
  let view = EMPTY_VIEW;
  let socket: SocketLike | null = null;
  let nextId = 1;
  let closedByUs = false;
  let delay = firstDelay;
  const pending = new Map<RequestId, Pending>();
  const viewListeners = new Set<(view: FacilitatorView) => void>();
  const messageListeners = new Set<(message: ServerToFacilitator, receivedAt: number) => void>();

  const setView = (next: FacilitatorView) => {
    if (next === view) return;
    view = next;
    for (const listener of viewListeners) listener(view);
  };

  const settleAll = () => {
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  };

  return new Promise((resolveConnect) => {
    let connected = false;

    const open = () => {
      const ws = makeSocket(options.url);
      socket = ws;
      const helloId = nextId++;
      ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'hello', id: helloId, token: options.token })));
      ws.addEventListener('message', (event) => {
        const receivedAt = Date.now();
        let message: ServerToFacilitator;
        try {
          message = JSON.parse(String(event.data)) as ServerToFacilitator;
        } catch {
          return; // the server only sends JSON; anything else is not for us
        }
        for (const listener of messageListeners) listener(message, receivedAt);
        if (message.type === 'refused' && message.id === helloId && !connected) {
          closedByUs = true;
          ws.close();
          resolveConnect({ ok: false, error: { code: message.code, reason: message.reason } });
          return;
        }
        setView(applyToView(view, message));
        if (message.type === 'ready') {
          delay = firstDelay;
          if (!connected) {
            connected = true;
            resolveConnect({ ok: true, value: client });
          }
        }
        if ((message.type === 'ack' || message.type === 'refused') && message.id !== undefined) {
          const resolve = pending.get(message.id);
          pending.delete(message.id);
          resolve?.(message);
        }
      });
      ws.addEventListener('close', (event) => {
        if (socket !== ws) return;
        socket = null;
        settleAll();
        const ended = view.connection === 'ended';
        if (!connected) {
          resolveConnect({ ok: false, error: { code: 'disconnected', reason: `The room's facilitator endpoint closed the connection${event.reason ? `: ${event.reason}` : ''}.` } });
          return;
        }
        if (closedByUs || ended || firstDelay <= 0) {
          setView({ ...view, connection: ended ? 'ended' : 'closed' });
          return;
        }
        setView({ ...view, connection: 'reconnecting' });
        setTimeout(() => {
          if (!closedByUs) open();
        }, delay);
        delay = Math.min(delay * 2, 5000);
      });
      // An error is followed by close, which does the work.
      ws.addEventListener('error', () => undefined);
    };

    const request = <T>(body: RequestBody, value: (answer: ServerToFacilitator) => T): Promise<RoomAnswer<T>> => {
      const ws = socket;
      if (!ws || ws.readyState !== OPEN) {
        return Promise.resolve({ ok: false, error: { code: 'disconnected', reason: 'Not connected to the room.' } });
      }
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, (answer) => {
          if (answer === null) resolve({ ok: false, error: { code: 'disconnected', reason: 'The connection to the room dropped before it answered.' } });
          else if (answer.type === 'refused') resolve({ ok: false, error: { code: answer.code, reason: answer.reason, ...(answer.field ? { field: answer.field } : {}) } });
          else resolve({ ok: true, value: value(answer) });
        });
        ws.send(JSON.stringify({ ...body, id }));
      });
    };
    const simple = (body: RequestBody) => request(body, () => undefined);

    const client: FacilitatorClient = {
      get view() {
        return view;
      },
      subscribe(listener) {
        viewListeners.add(listener);
        return () => void viewListeners.delete(listener);
      },
      onMessage(listener) {
        messageListeners.add(listener);
        return () => void messageListeners.delete(listener);
      },
      show: (focus) => simple({ type: 'show', focus }),
      setOpenItems: (items, dots) => simple({ type: 'setOpenItems', items: [...items], dots }),
      setAnonymous: (activity, anonymous) => simple({ type: 'setAnonymous', activity, anonymous }),
      openVote: (decisionId) => request({ type: 'openVote', decisionId }, (a) => ({ voteId: a.type === 'ack' ? a.voteId ?? '' : '' })),
      closeVote: (voteId) => simple({ type: 'closeVote', voteId }),
      async revealVote(voteId) {
        const answer = await simple({ type: 'revealVote', voteId });
        if (!answer.ok) return answer;
        // The result is sent before the ack, so the view has it now.
        const result = view.result;
        return result && result.voteId === voteId ? { ok: true, value: result } : { ok: false, error: { code: 'no-vote', reason: 'The room did not send the result.' } };
      },
      accept: (itemId) => simple({ type: 'settle', itemId, outcome: 'accepted' }),
      reject: (itemId) => simple({ type: 'settle', itemId, outcome: 'rejected' }),
      lock: (locked) => simple({ type: 'lock', locked }),
      remove: (participantId) => simple({ type: 'remove', participantId }),
      end: () => simple({ type: 'end' }),
      close() {
        closedByUs = true;
        socket?.close(1000, 'The facilitator closed the connection.');
      },
    };

    open();
  });
}
