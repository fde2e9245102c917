/** The page's copy of the room, updated message by message (the room sends only what changed). */
import type { ParticipantRoomView, ServerToParticipant } from '../../shared/room/server-messages';

export function applyToRoom(room: ParticipantRoomView | null, message: ServerToParticipant): ParticipantRoomView | null {
  if (message.type === 'welcome') return message.room;
  if (!room) return null;
  switch (message.type) {
    case 'up':
      return { ...room, focus: message.focus };
    case 'vote':
      return { ...room, vote: message.vote };
    case 'openItems':
      return { ...room, openItems: message.items, dots: message.dots, myDots: message.myDots };
    case 'anonymity':
      return { ...room, anonymity: message.anonymity };
    case 'submission': {
      const at = room.submissions.findIndex((s) => s.itemId === message.submission.itemId);
      const submissions = at < 0 ? [...room.submissions, message.submission] : room.submissions.map((s, i) => (i === at ? message.submission : s));
      return { ...room, submissions };
    }
    default:
      return room;
  }
}
