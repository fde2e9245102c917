/**
 * One workshop room: who is in, what is up, the vote, the inbox and the dots, and who hears what.
 * It takes participants' messages that the socket layer has already sized, rate-limited and
 * checked against the schemas (participant-socket.ts) and answers every one: `ok`, or a refusal
 * with its reason, counted; the facilitator's requests are carried out by facilitator-requests.ts.
 * Nothing a participant sends changes anything but the room's own tallies and inbox; the workbook
 * is the app's, changed only by the facilitator.
 */
import type { Tier } from '../../../shared/model';
import type {
  Anonymity, FacilitatorSnapshot, Focus, InboxItem, ParticipantMessage, ParticipantRoomView,
  FacilitatorVoteView, Refusal, RequestId, ServerToFacilitator, ServerToParticipant, Submission,
} from '../../../shared/room';
import { ROOM_CLOSE, ROOM_LIMITS } from '../../../shared/room/limits';
import { RoomCounters } from './counters';
import { DotBoard } from './dots';
import { Inbox } from './inbox';
import { rememberAnswer, Participants, type Participant, type Peer } from './participants';
import { TokenBucket } from './rate-limit';
import type { FacilitatorSession, ParticipantSession, RoomOptions } from './sessions';
import { newId, sameSecret } from './tokens';
import { VoteBox } from './votes';

export type { FacilitatorSession, ParticipantSession, RoomOptions } from './sessions';

type ParticipantAnswer = Extract<ServerToParticipant, { type: 'ok' | 'refused' | 'welcome' }>;
/** A message to the facilitator before the room stamps it with its clock. */
export type Outgoing<T> = T extends unknown ? Omit<T, 'at'> : never;

export class Room {
  readonly title: string;
  readonly participants = new Participants();
  readonly counters: RoomCounters;
  // What the facilitator's requests change (facilitator-requests.ts); participants only read them.
  readonly votes = new VoteBox();
  readonly inbox = new Inbox();
  readonly board = new DotBoard();
  focus: Focus;
  anonymity: Anonymity = { vote: false, parking: false, observation: false };
  locked = false;
  private readonly facilitators = new Set<FacilitatorSession>();
  private readonly sessions = new Set<ParticipantSession>();
  private ended = false;
  readonly now: () => number;

  constructor(private readonly options: RoomOptions) {
    this.title = options.title;
    this.now = options.now ?? Date.now;
    this.focus = { kind: 'welcome', title: options.title };
    this.counters = new RoomCounters((counters) => this.toFacilitators({ type: 'counters', counters }));
  }

  get isEnded(): boolean {
    return this.ended;
  }

  get socketCount(): number {
    return this.sessions.size + this.facilitators.size;
  }

  // ——— Participants ———

  openSession(peer: Peer): ParticipantSession {
    const session: ParticipantSession = { peer, participant: null, bucket: new TokenBucket(ROOM_LIMITS.rateBurst, ROOM_LIMITS.ratePerSecond, this.now()) };
    this.sessions.add(session);
    return session;
  }

  /** The socket closed: the participant stays in the room, shown as disconnected, and may resume. */
  closeSession(session: ParticipantSession): void {
    this.sessions.delete(session);
    const participant = session.participant;
    if (participant && participant.peer === session.peer) {
      participant.peer = null;
      this.toFacilitators({ type: 'participants', participants: this.participants.list() });
    }
  }

  /** Sends a refusal to a participant's socket and counts it. */
  refuseParticipant(session: ParticipantSession, refusal: Refusal, ref?: string): void {
    this.counters.refuse(refusal.code);
    const answer: ParticipantAnswer = { type: 'refused', ...(ref !== undefined ? { ref } : {}), ...refusal };
    const text = JSON.stringify(answer);
    if (session.participant) rememberAnswer(session.participant, ref, text);
    session.peer.send(text);
  }

  participantMessage(session: ParticipantSession, message: ParticipantMessage): void {
    if (this.ended) return this.refuseParticipant(session, { code: 'unknown-room', reason: 'The room has ended.' }, message.ref);
    if (message.type === 'join') return this.join(session, message.name, message.ref);
    if (message.type === 'resume') return this.resume(session, message.token, message.ref);
    const participant = session.participant;
    if (!participant) return this.refuseParticipant(session, { code: 'not-joined', reason: 'Join the room first (with a display name).' }, message.ref);
    // A message resent after a blip: the same answer, and nothing taken twice.
    const earlier = message.ref === undefined ? undefined : participant.answers.get(message.ref);
    if (earlier !== undefined) return session.peer.send(earlier);
    this.counters.handled.participant++;
    const refusal = this.contribute(participant, message);
    if (refusal) return this.refuseParticipant(session, refusal, message.ref);
  }

  private contribute(participant: Participant, message: Exclude<ParticipantMessage, { type: 'join' | 'resume' }>): Refusal | null {
    switch (message.type) {
      case 'vote': {
        const refused = this.votes.cast({ participantId: participant.id, name: participant.name, tier: message.tier as Tier, reason: message.reason, anonymous: this.anonymity.vote }, message.voteId);
        if (refused) return refused;
        this.answer(participant, message.ref);
        this.toFacilitators({ type: 'vote', vote: this.facilitatorVote() });
        return null;
      }
      case 'park':
        return this.propose(participant, message.ref, 'parking', (id, at, from) => ({ id, kind: 'parking', text: message.text, at, ...from }), message.text);
      case 'propose': {
        if (this.focus.kind !== 'metric' || this.focus.metric.id !== message.metricId) {
          return { code: 'not-up', reason: 'That metric is not up any more: observations go to the metric the facilitator shows.', field: 'metricId' };
        }
        const summary = `${this.focus.metric.name}: ${message.value}${this.focus.metric.unit ? ` ${this.focus.metric.unit}` : ''} on ${message.date}`;
        return this.propose(participant, message.ref, 'observation', (id, at, from) => ({ id, kind: 'observation', metricId: message.metricId, date: message.date, value: message.value, at, ...from }), summary);
      }
      case 'dot': {
        const refused = this.board.toggle(participant.id, message.itemId, message.on);
        if (refused) return { ...refused, field: 'itemId' };
        this.answer(participant, message.ref);
        this.toParticipant(participant, { type: 'openItems', items: this.board.items, dots: this.board.dots, myDots: this.board.mine(participant.id) });
        this.toFacilitators({ type: 'dots', tallies: this.board.tallies() });
        return null;
      }
      case 'leave':
        this.answer(participant, message.ref);
        this.dismiss(participant, 'left', 'You left the room.', ROOM_CLOSE.left, false);
        return null;
    }
  }

  private propose(
    participant: Participant, ref: string | undefined, activity: 'parking' | 'observation',
    make: (id: string, at: string, from: { from?: { participantId: string; name: string } }) => InboxItem, summary: string,
  ): Refusal | null {
    const from = this.anonymity[activity] ? {} : { from: { participantId: participant.id, name: participant.name } };
    const item = make(newId('i'), new Date(this.now()).toISOString(), from);
    const refused = this.inbox.add(item, participant.id);
    if (refused) return refused;
    const submission: Submission = { itemId: item.id, kind: activity, summary, status: 'pending' };
    participant.submissions = [...participant.submissions, submission].slice(-ROOM_LIMITS.inboxItemsPerParticipant);
    this.answer(participant, ref, item.id);
    this.toParticipant(participant, { type: 'submission', submission });
    this.toFacilitators({ type: 'item', item });
    return null;
  }

  private join(session: ParticipantSession, name: string, ref: string | undefined): void {
    if (session.participant) return this.refuseParticipant(session, { code: 'already-joined', reason: 'You are already in the room.' }, ref);
    if (this.locked) return this.refuseParticipant(session, { code: 'room-locked', reason: 'The room is locked: the facilitator is not letting anyone new in.' }, ref);
    if (this.participants.size >= ROOM_LIMITS.participants) {
      return this.refuseParticipant(session, { code: 'room-full', reason: `The room is full (${ROOM_LIMITS.participants} participants).` }, ref);
    }
    const { participant, token } = this.participants.add(name, this.now());
    this.counters.handled.participant++;
    this.attach(session, participant, token, ref);
  }

  private resume(session: ParticipantSession, token: string, ref: string | undefined): void {
    if (session.participant) return this.refuseParticipant(session, { code: 'already-joined', reason: 'You are already in the room.' }, ref);
    const found = this.participants.byToken(token);
    if (found === 'removed') return this.refuseParticipant(session, { code: 'removed', reason: 'The facilitator removed you from the room.' }, ref);
    if (!found) return this.refuseParticipant(session, { code: 'unknown-token', reason: 'This room does not know you (it may have been restarted): join again.', field: 'token' }, ref);
    this.counters.handled.participant++;
    this.attach(session, found, token, ref);
  }

  /** Binds a participant to this socket (another socket of theirs is closed) and sends everything they may see. */
  private attach(session: ParticipantSession, participant: Participant, token: string, ref: string | undefined): void {
    const previous = participant.peer;
    session.participant = participant;
    participant.peer = session.peer;
    if (previous && previous !== session.peer) previous.close(ROOM_CLOSE.replaced, 'The room was opened again elsewhere (another tab or device).');
    const room: ParticipantRoomView = {
      title: this.title,
      focus: this.focus,
      vote: this.votes.participantView(participant.id),
      openItems: this.board.items,
      dots: this.board.dots,
      myDots: this.board.mine(participant.id),
      anonymity: this.anonymity,
      submissions: participant.submissions,
    };
    this.send(session.peer, { type: 'welcome', ...(ref !== undefined ? { ref } : {}), participant: { id: participant.id, name: participant.name }, token, room });
    this.toFacilitators({ type: 'participants', participants: this.participants.list() });
  }

  /** Sends `bye`, closes the participant's socket and takes them out (their token dies: `asRemoved` remembers it as removed). */
  dismiss(participant: Participant, reason: 'removed' | 'left', message: string, code: number, asRemoved: boolean): void {
    this.participants.delete(participant.id, asRemoved);
    this.votes.drop(participant.id);
    this.board.drop(participant.id);
    const peer = participant.peer;
    participant.peer = null;
    if (peer) {
      this.send(peer, { type: 'bye', reason, message });
      peer.close(code, message);
    }
    this.toFacilitators({ type: 'participants', participants: this.participants.list() });
    this.toFacilitators({ type: 'vote', vote: this.facilitatorVote() });
    this.toFacilitators({ type: 'dots', tallies: this.board.tallies() });
  }

  private answer(participant: Participant, ref: string | undefined, itemId?: string): void {
    const text = JSON.stringify({ type: 'ok', ...(ref !== undefined ? { ref } : {}), ...(itemId ? { itemId } : {}) } satisfies ServerToParticipant);
    rememberAnswer(participant, ref, text);
    participant.peer?.send(text);
  }

  // ——— The facilitator ———

  checkFacilitatorToken(token: string): boolean {
    return !this.ended && sameSecret(token, this.options.facilitatorToken);
  }

  addFacilitator(session: FacilitatorSession, helloId: RequestId): void {
    this.facilitators.add(session);
    this.sendFacilitator(session, { type: 'ready', id: helloId, room: this.snapshot() });
  }

  removeFacilitator(session: FacilitatorSession): void {
    this.facilitators.delete(session);
  }

  refuseFacilitator(session: FacilitatorSession, refusal: Refusal, id?: RequestId): void {
    this.counters.refuse(refusal.code);
    this.sendFacilitator(session, { type: 'refused', ...(id !== undefined ? { id } : {}), ...refusal });
  }

  /** Ends the room: everyone is told and disconnected, and every token is forgotten. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    const bye = JSON.stringify({ type: 'bye', reason: 'ended', message: 'The facilitator ended the room.' } satisfies ServerToParticipant);
    for (const session of this.sessions) {
      session.peer.send(bye);
      session.peer.close(ROOM_CLOSE.ended, 'The room has ended.');
    }
    this.toFacilitators({ type: 'ended' });
    for (const f of this.facilitators) f.peer.close(ROOM_CLOSE.ended, 'The room has ended.');
    this.sessions.clear();
    this.facilitators.clear();
    this.participants.clear();
    this.votes.clear();
    this.inbox.clear();
    this.board.clear();
    this.counters.dispose();
    this.options.onEnd?.();
  }

  snapshot(): FacilitatorSnapshot {
    return {
      title: this.title, locked: this.locked, anonymity: this.anonymity, focus: this.focus,
      openItems: this.board.items, dots: this.board.dots, participants: this.participants.list(),
      inbox: this.inbox.list(), vote: this.facilitatorVote(), result: this.votes.facilitatorResult(),
      tallies: this.board.tallies(), counters: this.counters.snapshot(),
    };
  }

  // ——— Sending ———

  facilitatorVote(): FacilitatorVoteView | null {
    return this.votes.facilitatorView(this.participants.size, this.anonymity.vote);
  }

  voteChanged(): void {
    for (const p of this.participants.all()) this.toParticipant(p, { type: 'vote', vote: this.votes.participantView(p.id) });
    this.toFacilitators({ type: 'vote', vote: this.facilitatorVote() });
  }

  roomChanged(): void {
    this.toFacilitators({ type: 'room', locked: this.locked, anonymity: this.anonymity, focus: this.focus, openItems: this.board.items, dots: this.board.dots });
  }

  private send(peer: Peer, message: ServerToParticipant): void {
    peer.send(JSON.stringify(message));
  }

  toParticipant(participant: Participant, message: ServerToParticipant): void {
    if (participant.peer) this.send(participant.peer, message);
  }

  toAllParticipants(message: ServerToParticipant): void {
    const text = JSON.stringify(message);
    for (const p of this.participants.all()) p.peer?.send(text);
  }

  sendFacilitator(session: FacilitatorSession, message: Outgoing<ServerToFacilitator>): void {
    session.peer.send(JSON.stringify({ ...message, at: this.now() }));
  }

  toFacilitators(message: Outgoing<ServerToFacilitator>): void {
    if (this.facilitators.size === 0) return;
    const text = JSON.stringify({ ...message, at: this.now() });
    for (const f of this.facilitators) f.peer.send(text);
  }
}
