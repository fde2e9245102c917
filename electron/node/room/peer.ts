/**
 * A `ws` socket as the room's `Peer`: sending never throws, and a peer that stops reading (its
 * send buffer past the limit, say a phone that went to sleep mid-broadcast) is cut off instead
 * of growing the server's memory; it can resume with its token.
 */
import WebSocket from 'ws';
import { ROOM_LIMITS } from '../../../shared/room/limits';
import type { Peer } from './participants';

export function peerOf(ws: WebSocket): Peer {
  return {
    send(text) {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (ws.bufferedAmount > ROOM_LIMITS.sendBufferBytes) {
        ws.terminate();
        return;
      }
      ws.send(text);
    },
    close(code, reason) {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(code, reason.slice(0, 120));
    },
  };
}

/** The size of a received message in bytes, whatever shape `ws` handed it over in. */
export function byteLength(data: WebSocket.RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

export function textOf(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
