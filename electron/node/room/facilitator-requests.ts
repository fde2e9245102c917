/**
 * What the facilitator's requests do to the room: put something up, open items for dots,
 * anonymity, the vote's life (open, close, reveal), settling inbox items, lock, remove and end.
 * Each is acknowledged (with the new vote's id for openVote) or refused with its reason; the
 * reveal's result is sent before the ack, so the client has it when its request resolves.
 */
import type { FacilitatorMessage, Refusal } from '../../../shared/room';
import { ROOM_CLOSE } from '../../../shared/room/limits';
import type { FacilitatorSession, Room } from './room';

export function facilitatorMessage(room: Room, session: FacilitatorSession, message: FacilitatorMessage): void {
  room.counters.handled.facilitator++;
  const refusal = carryOut(room, message);
  if (typeof refusal === 'object' && refusal !== null) return room.refuseFacilitator(session, refusal, message.id);
  if (message.type !== 'end') room.sendFacilitator(session, { type: 'ack', id: message.id, ...(typeof refusal === 'string' ? { voteId: refusal } : {}) });
}

/** Carries out one facilitator request: null when done, a vote id for a new vote, or a refusal. */
function carryOut(room: Room, message: FacilitatorMessage): Refusal | string | null {
  switch (message.type) {
    case 'hello':
      return { code: 'already-joined', reason: 'This connection has already said hello.' };
    case 'show':
      room.focus = message.focus;
      room.toAllParticipants({ type: 'up', focus: room.focus });
      room.roomChanged();
      return null;
    case 'setOpenItems':
      room.board.set(message.items, message.dots);
      for (const p of room.participants.all()) room.toParticipant(p, { type: 'openItems', items: room.board.items, dots: room.board.dots, myDots: room.board.mine(p.id) });
      room.roomChanged();
      room.toFacilitators({ type: 'dots', tallies: room.board.tallies() });
      return null;
    case 'setAnonymous':
      room.anonymity = { ...room.anonymity, [message.activity]: message.anonymous };
      room.toAllParticipants({ type: 'anonymity', anonymity: room.anonymity });
      room.roomChanged();
      if (message.activity === 'vote') room.toFacilitators({ type: 'vote', vote: room.facilitatorVote() });
      return null;
    case 'openVote': {
      if (room.focus.kind !== 'decision' || room.focus.decision.id !== message.decisionId) {
        return { code: 'not-up', reason: 'Put the decision up (show it) before opening a vote on it.', field: 'decisionId' };
      }
      const opened = room.votes.open(message.decisionId, room.focus.decision.title);
      if (typeof opened !== 'string') return opened;
      room.voteChanged();
      return opened;
    }
    case 'closeVote':
    case 'revealVote': {
      const refused = message.type === 'closeVote' ? room.votes.close(message.voteId) : room.votes.reveal(message.voteId);
      if (refused) return { ...refused, field: 'voteId' };
      room.voteChanged();
      const result = room.votes.facilitatorResult();
      if (message.type === 'revealVote' && result) room.toFacilitators({ type: 'revealed', result });
      return null;
    }
    case 'settle': {
      const entry = room.inbox.settle(message.itemId);
      if (!entry) return { code: 'unknown-item', reason: 'There is no such item in the inbox (settled already?).', field: 'itemId' };
      const sender = room.participants.get(entry.senderId);
      if (sender) {
        sender.submissions = sender.submissions.map((s) => (s.itemId === message.itemId ? { ...s, status: message.outcome } : s));
        const submission = sender.submissions.find((s) => s.itemId === message.itemId);
        if (submission) room.toParticipant(sender, { type: 'submission', submission });
      }
      room.toFacilitators({ type: 'settled', itemId: message.itemId, outcome: message.outcome });
      return null;
    }
    case 'lock':
      room.locked = message.locked;
      room.roomChanged();
      return null;
    case 'remove': {
      const participant = room.participants.get(message.participantId);
      if (!participant) return { code: 'unknown-participant', reason: 'There is no such participant in the room.', field: 'participantId' };
      room.dismiss(participant, 'removed', 'The facilitator removed you from the room.', ROOM_CLOSE.removed, true);
      return null;
    }
    case 'end':
      room.end();
      return null;
  }
}
