/**
 * How the presenter window learns the room's join link and QR code: the facilitator's window
 * posts them on a BroadcastChannel of this origin whenever they change and whenever a presenter
 * says hello (it may open after the room); `null` when no room is open, so the card leaves the
 * projector as the room ends. The presenter window has no Host of its own to ask.
 */
import type { OpenRoomStatus } from '../../../shared/host';

export type RoomCardData = Pick<OpenRoomStatus, 'title' | 'joinUrl' | 'shortUrl' | 'qrSvg' | 'bind'>;

type RoomBroadcast =
  | { readonly kind: 'room'; readonly workbookId: string; readonly room: RoomCardData | null }
  | { readonly kind: 'hello'; readonly workbookId: string };

const CHANNEL = 'sprintbook-room';

export interface RoomChannel {
  post(message: RoomBroadcast): void;
  listen(workbookId: string, listener: (message: RoomBroadcast) => void): () => void;
  close(): void;
}

/** The channel, or one that does nothing where the browser has none (tests in jsdom, old browsers). */
export function openRoomChannel(): RoomChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, listen: () => () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  return {
    post: (message) => channel.postMessage(message),
    listen(workbookId, listener) {
      const on = (e: MessageEvent) => {
        const m = e.data as RoomBroadcast | null;
        if (m && typeof m === 'object' && m.workbookId === workbookId && (m.kind === 'room' || m.kind === 'hello')) listener(m);
      };
      channel.addEventListener('message', on);
      return () => channel.removeEventListener('message', on);
    },
    close: () => channel.close(),
  };
}

export function cardDataOf(room: OpenRoomStatus | null): RoomCardData | null {
  return room ? { title: room.title, joinUrl: room.joinUrl, shortUrl: room.shortUrl, qrSvg: room.qrSvg, bind: room.bind } : null;
}
