/**
 * The live workshop room as the app sees it: the Host's status (join link, QR code, the
 * facilitator's endpoint) and the facilitator's client with its view of the room, in a small
 * store of its own so the panel redraws when a vote arrives and no stage does. Made once per
 * open workbook (an editor controller: accepted proposals go into that workbook); closing the
 * workbook closes the client's socket but not the room, and the next session finds the room
 * again through `roomStatus`. The Host and the connection are passed in, so tests run it
 * against a real room server on loopback or a fake.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Host, OpenRoomStatus, RoomStartOptions, RoomStatus } from '../../shared/host';
import { connectFacilitator, type FacilitatorClient, type FacilitatorClientOptions, type FacilitatorView, type RoomAnswer } from '../../shared/room';

export type RoomHost = Pick<Host, 'roomStart' | 'roomStop' | 'roomStatus'>;
export type Connect = (options: FacilitatorClientOptions) => Promise<RoomAnswer<FacilitatorClient>>;

/**
 * A full room sends the app dozens of messages a second (votes, items, reconnections): the view
 * reaches the store at most once per `VIEW_BATCH_MS`, so the panel redraws a few times a second
 * instead of once per message, and the facilitator's frames stay short.
 */
export const VIEW_BATCH_MS = 100;

export interface RoomSessionState {
  /** null until the Host has been asked. */
  readonly status: RoomStatus | null;
  /** The facilitator's view of the room while connected, else null. */
  readonly view: FacilitatorView | null;
  /** What is being done now ("Starting the room…"), for the panel to say and to disable its buttons. */
  readonly busy: string | null;
  /** The last refusal or failure, in words, until the next action. */
  readonly error: string | null;
  /** Inbox items already taken into the workbook whose settling the room has not confirmed. */
  readonly taken: readonly string[];
}

export interface RoomSession {
  readonly store: StoreApi<RoomSessionState>;
  /** Asks the Host whether a room is open, and connects to it when one is. */
  refresh(): Promise<void>;
  start(options: RoomStartOptions): Promise<boolean>;
  /** Ends the room for everyone: every link and token dies. */
  end(): Promise<boolean>;
  /** Runs one request of the facilitator's client; a refusal becomes the session's error. */
  run<T>(what: string, request: (client: FacilitatorClient) => Promise<RoomAnswer<T>>): Promise<RoomAnswer<T> | null>;
  /** Marks an inbox item as taken into the workbook (hidden from the inbox even if the room did not hear it). */
  markTaken(itemId: string): void;
  readonly client: FacilitatorClient | null;
  dispose(): void;
}

const INITIAL: RoomSessionState = { status: null, view: null, busy: null, error: null, taken: [] };

export function openRoomOf(state: RoomSessionState): OpenRoomStatus | null {
  return state.status?.open ? state.status : null;
}

export function createRoomSession(host: RoomHost, connect: Connect = connectFacilitator, batchMs = VIEW_BATCH_MS): RoomSession {
  const store = createStore<RoomSessionState>()(() => INITIAL);
  let client: FacilitatorClient | null = null;
  let unsubscribe: () => void = () => undefined;
  let disposed = false;
  let pending: ReturnType<typeof setTimeout> | null = null;

  const flushView = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    if (client) set({ view: client.view });
  };

  const set = (patch: Partial<RoomSessionState>) => {
    if (!disposed) store.setState(patch);
  };

  const disconnect = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    unsubscribe();
    unsubscribe = () => undefined;
    client?.close();
    client = null;
  };

  const attach = async (status: OpenRoomStatus): Promise<void> => {
    if (client && client.view.connection !== 'ended' && client.view.connection !== 'closed') return;
    disconnect();
    const answer = await connect({ url: status.facilitator.url, token: status.facilitator.token });
    if (!answer.ok) {
      set({ error: `Could not reach the room: ${answer.error.reason}` });
      return;
    }
    if (disposed) {
      answer.value.close();
      return;
    }
    client = answer.value;
    set({ view: client.view });
    unsubscribe = client.subscribe((view) => {
      // The room ended (from here, the Host, or quitting): its links are dead, say so.
      if (view.connection === 'ended') {
        disconnect();
        set({ status: { open: false, addresses: store.getState().status?.addresses ?? [] }, view: null, taken: [] });
        return;
      }
      if (batchMs <= 0) set({ view });
      else pending ??= setTimeout(flushView, batchMs);
    });
  };

  const session: RoomSession = {
    store,
    get client() {
      return client;
    },

    async refresh() {
      const answer = await host.roomStatus();
      if (!answer.ok) {
        set({ status: { open: false, addresses: [] }, error: answer.error.message });
        return;
      }
      set({ status: answer.value });
      if (answer.value.open) await attach(answer.value);
      else disconnect();
    },

    async start(options) {
      set({ busy: 'Starting the room…', error: null });
      const answer = await host.roomStart(options);
      if (!answer.ok) {
        set({ busy: null, error: answer.error.message });
        return false;
      }
      set({ status: answer.value });
      await attach(answer.value);
      set({ busy: null });
      return client !== null;
    },

    async end() {
      set({ busy: 'Ending the room…', error: null });
      if (client) await client.end();
      disconnect();
      const answer = await host.roomStop();
      if (!answer.ok) {
        set({ busy: null, error: answer.error.message });
        return false;
      }
      set({ busy: null, status: answer.value, view: null, taken: [] });
      return true;
    },

    async run(what, request) {
      if (!client) {
        set({ error: `${what}: not connected to the room.` });
        return null;
      }
      set({ error: null });
      const answer = await request(client);
      if (!answer.ok) set({ error: `${what}: ${answer.error.reason}` });
      // What the facilitator just did shows at once, not at the next batch.
      flushView();
      return answer;
    },

    markTaken(itemId) {
      set({ taken: [...store.getState().taken, itemId] });
    },

    dispose() {
      disconnect();
      disposed = true;
    },
  };
  return session;
}
