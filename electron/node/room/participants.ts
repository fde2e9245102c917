/**
 * Who is in the room: each participant's public id and display name, the digest of their token
 * (the token itself is never kept), their socket when connected, their rate bucket (kept across
 * reconnects), the answers to their recent message refs (a message resent after a blip gets the
 * same answer and is not taken twice) and what they sent to the inbox. A removed participant's
 * token is remembered as removed, so resuming with it says so instead of "unknown".
 */
import type { ParticipantInfo, Submission } from '../../../shared/room';
import { ROOM_LIMITS } from '../../../shared/room/limits';
import { TokenBucket } from './rate-limit';
import { digest, newId, newSecretToken } from './tokens';

/** One open socket, as the room sees it: send text, close with a code. */
export interface Peer {
  send(text: string): void;
  close(code: number, reason: string): void;
}

export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly tokenDigest: string;
  readonly joinedAt: string;
  readonly bucket: TokenBucket;
  peer: Peer | null;
  readonly answers: Map<string, string>;
  submissions: Submission[];
}

export class Participants {
  private readonly byId = new Map<string, Participant>();
  private readonly byDigest = new Map<string, Participant>();
  private readonly removed = new Set<string>();

  get size(): number {
    return this.byId.size;
  }

  all(): IterableIterator<Participant> {
    return this.byId.values();
  }

  add(name: string, now: number): { participant: Participant; token: string } {
    const token = newSecretToken();
    const participant: Participant = {
      id: newId('p'),
      name,
      tokenDigest: digest(token),
      joinedAt: new Date(now).toISOString(),
      bucket: new TokenBucket(ROOM_LIMITS.rateBurst, ROOM_LIMITS.ratePerSecond, now),
      peer: null,
      answers: new Map(),
      submissions: [],
    };
    this.byId.set(participant.id, participant);
    this.byDigest.set(participant.tokenDigest, participant);
    return { participant, token };
  }

  /** The participant a token belongs to, `removed` for a removed participant's, or null. */
  byToken(token: string): Participant | 'removed' | null {
    const d = digest(token);
    return this.byDigest.get(d) ?? (this.removed.has(d) ? 'removed' : null);
  }

  get(id: string): Participant | undefined {
    return this.byId.get(id);
  }

  /** Takes a participant out; `asRemoved` remembers their token as removed (not for leaving). */
  delete(id: string, asRemoved: boolean): Participant | null {
    const participant = this.byId.get(id);
    if (!participant) return null;
    this.byId.delete(id);
    this.byDigest.delete(participant.tokenDigest);
    if (asRemoved) this.removed.add(participant.tokenDigest);
    return participant;
  }

  list(): ParticipantInfo[] {
    return [...this.byId.values()].map((p) => ({ id: p.id, name: p.name, connected: p.peer !== null, joinedAt: p.joinedAt }));
  }

  clear(): void {
    this.byId.clear();
    this.byDigest.clear();
    this.removed.clear();
  }
}

/** Remembers `answer` for `ref`, forgetting the oldest past the limit. */
export function rememberAnswer(participant: Participant, ref: string | undefined, answer: string): void {
  if (ref === undefined) return;
  participant.answers.set(ref, answer);
  if (participant.answers.size > ROOM_LIMITS.rememberedRefs) participant.answers.delete(participant.answers.keys().next().value!);
}
