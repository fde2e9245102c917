/**
 * A participant's socket: every message is rate-limited (the participant's bucket once joined,
 * the socket's before), then sized, then decoded and checked against the schemas, and only then
 * handed to the room. Each refusal is answered and counted; a socket refused more than
 * `floodRefusals` times in `floodWindowMs` is closed as a flood, and one that has not joined
 * within `joinTimeoutMs` is closed too. Nothing a message holds can throw out of here.
 */
import type WebSocket from 'ws';
import { decodeParticipantMessage } from '../../../shared/room/decode';
import { ROOM_CLOSE, ROOM_LIMITS } from '../../../shared/room/limits';
import type { Refusal } from '../../../shared/room';
import { byteLength, peerOf, textOf } from './peer';
import { WindowCounter } from './rate-limit';
import type { ParticipantSession, Room } from './room';

export function attachParticipantSocket(room: Room, ws: WebSocket): void {
  const session = room.openSession(peerOf(ws));
  const refusals = new WindowCounter(ROOM_LIMITS.floodRefusals, ROOM_LIMITS.floodWindowMs);
  let flooded = false;

  const refuse = (refusal: Refusal, ref?: string) => {
    if (flooded) return;
    room.refuseParticipant(session, refusal, ref);
    if (refusals.add(room.now())) {
      flooded = true;
      room.counters.refuse('flood');
      session.peer.close(ROOM_CLOSE.flood, 'Too many refused messages: this socket is closed.');
    }
  };

  const joinTimer = setTimeout(() => {
    if (session.participant) return;
    refuse({ code: 'timeout', reason: `Join or resume within ${ROOM_LIMITS.joinTimeoutMs / 1000} seconds of connecting.` });
    session.peer.close(ROOM_CLOSE.timeout, 'Did not join in time.');
  }, ROOM_LIMITS.joinTimeoutMs);

  ws.on('message', (data, isBinary) => {
    const started = performance.now();
    try {
      receive(room, session, data, isBinary, refuse);
    } catch (e) {
      // A bug of ours must not take the room down: refuse this one message and go on.
      refuse({ code: 'bad-message', reason: `The room could not handle this message (${e instanceof Error ? e.message : String(e)}).` });
    } finally {
      room.counters.time(performance.now() - started);
    }
  });

  ws.on('error', (error: Error & { code?: string }) => {
    // ws reports a frame over maxPayload (and other protocol faults) here, then closes the socket.
    room.counters.refuse(error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'frame-too-large' : 'bad-message');
  });

  ws.on('close', () => {
    clearTimeout(joinTimer);
    room.closeSession(session);
  });
}

function receive(room: Room, session: ParticipantSession, data: WebSocket.RawData, isBinary: boolean, refuse: (r: Refusal, ref?: string) => void): void {
  const bucket = session.participant?.bucket ?? session.bucket;
  if (!bucket.take(room.now())) {
    return refuse({ code: 'rate-limited', reason: `Too many messages: at most ${ROOM_LIMITS.ratePerSecond} a second (${ROOM_LIMITS.rateBurst} at once). This one was not taken; send it again in a moment.` }, refOf(data));
  }
  if (isBinary) return refuse({ code: 'binary', reason: 'Messages must be JSON text, not binary.' });
  const size = byteLength(data);
  if (size > ROOM_LIMITS.messageBytes) {
    return refuse({ code: 'too-large', reason: `The message is ${size} bytes; a message may be at most ${ROOM_LIMITS.messageBytes} bytes.` });
  }
  const decoded = decodeParticipantMessage(textOf(data));
  if (!decoded.ok) return refuse(decoded.refusal, refOf(data));
  room.participantMessage(session, decoded.message);
}

/** The `ref` of a message that could not be taken, when one can be read, so the page knows which. */
function refOf(data: WebSocket.RawData): string | undefined {
  if (byteLength(data) > ROOM_LIMITS.messageBytes) return undefined;
  try {
    const ref = (JSON.parse(textOf(data)) as { ref?: unknown } | null)?.ref;
    return typeof ref === 'string' && ref.length <= ROOM_LIMITS.refChars && /^[A-Za-z0-9_.:-]+$/.test(ref) ? ref : undefined;
  } catch {
    return undefined;
  }
}
