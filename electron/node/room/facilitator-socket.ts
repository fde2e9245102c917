/**
 * The facilitator's socket (reached only on loopback, see room-host.ts): its first message must
 * be `hello` with the facilitator token, within `helloTimeoutMs`; a wrong token, or anything
 * else first, is refused, counted and the socket closed. After that every message is sized,
 * decoded and checked like a participant's (with a larger size limit: it carries lists).
 */
import type WebSocket from 'ws';
import type { RequestId } from '../../../shared/room';
import { decodeFacilitatorMessage } from '../../../shared/room/decode';
import { ROOM_CLOSE, ROOM_LIMITS } from '../../../shared/room/limits';
import { facilitatorMessage } from './facilitator-requests';
import { byteLength, peerOf, textOf } from './peer';
import type { FacilitatorSession, Room } from './room';

export function attachFacilitatorSocket(room: Room, ws: WebSocket): void {
  const session: FacilitatorSession = { peer: peerOf(ws) };
  let authenticated = false;

  const timer = setTimeout(() => {
    if (authenticated) return;
    room.refuseFacilitator(session, { code: 'timeout', reason: `Say hello with the facilitator token within ${ROOM_LIMITS.helloTimeoutMs / 1000} seconds.` });
    session.peer.close(ROOM_CLOSE.timeout, 'No hello in time.');
  }, ROOM_LIMITS.helloTimeoutMs);

  ws.on('message', (data, isBinary) => {
    const started = performance.now();
    try {
      if (isBinary) return room.refuseFacilitator(session, { code: 'binary', reason: 'Messages must be JSON text, not binary.' });
      const size = byteLength(data);
      if (size > ROOM_LIMITS.facilitatorMessageBytes) {
        return room.refuseFacilitator(session, { code: 'too-large', reason: `The message is ${size} bytes; at most ${ROOM_LIMITS.facilitatorMessageBytes}.` });
      }
      const text = textOf(data);
      const decoded = decodeFacilitatorMessage(text);
      if (!decoded.ok) {
        room.refuseFacilitator(session, decoded.refusal, idOf(text));
        if (!authenticated) session.peer.close(ROOM_CLOSE.unknownToken, 'Say hello with the facilitator token first.');
        return;
      }
      const message = decoded.message;
      if (!authenticated) {
        if (message.type !== 'hello') {
          room.refuseFacilitator(session, { code: 'not-authenticated', reason: 'Say hello with the facilitator token first.' }, message.id);
          return session.peer.close(ROOM_CLOSE.unknownToken, 'Not authenticated.');
        }
        if (!room.checkFacilitatorToken(message.token)) {
          room.refuseFacilitator(session, { code: 'bad-facilitator-token', reason: 'That is not this room\'s facilitator token.', field: 'token' }, message.id);
          return session.peer.close(ROOM_CLOSE.unknownToken, 'Wrong facilitator token.');
        }
        authenticated = true;
        clearTimeout(timer);
        return room.addFacilitator(session, message.id);
      }
      facilitatorMessage(room, session, message);
    } catch (e) {
      room.refuseFacilitator(session, { code: 'bad-message', reason: `The room could not handle this message (${e instanceof Error ? e.message : String(e)}).` });
    } finally {
      room.counters.time(performance.now() - started);
    }
  });

  ws.on('error', (error: Error & { code?: string }) => {
    room.counters.refuse(error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'frame-too-large' : 'bad-message');
  });

  ws.on('close', () => {
    clearTimeout(timer);
    room.removeFacilitator(session);
  });
}

/** The request id of a message refused before it could be read whole, so the client can match the refusal. */
function idOf(text: string): RequestId | undefined {
  try {
    const id = (JSON.parse(text) as { id?: unknown } | null)?.id;
    return (typeof id === 'number' && Number.isInteger(id) && id >= 0) || (typeof id === 'string' && id.length > 0 && id.length <= 32) ? id : undefined;
  } catch {
    return undefined;
  }
}
