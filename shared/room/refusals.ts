/**
 * Why the room refused something, as codes (counted per code for the facilitator) with a
 * sentence for the person on the other end. A refusal never closes a socket by itself; only a
 * flood, a frame too large to read, a bad facilitator token or the room ending do.
 */
export const REFUSAL_CODES = [
  // The message itself
  'too-large', 'frame-too-large', 'binary', 'bad-json', 'not-an-object', 'unknown-type', 'bad-message', 'rate-limited', 'flood',
  // Who sent it
  'not-joined', 'already-joined', 'unknown-token', 'removed', 'not-facilitator', 'bad-facilitator-token', 'not-authenticated',
  'unknown-room', 'foreign-origin', 'wrong-host', 'not-loopback', 'timeout', 'too-many-sockets',
  // What it asks for
  'room-locked', 'room-full', 'inbox-full', 'no-vote', 'vote-closed', 'vote-open', 'not-up', 'unknown-item', 'no-dots-left', 'unknown-participant',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  readonly code: RefusalCode;
  readonly reason: string;
  /** The field at fault, as a dotted path (`focus.decision.title`), when one is. */
  readonly field?: string;
}

export interface RefusalCounters {
  readonly total: number;
  readonly byCode: Readonly<Partial<Record<RefusalCode, number>>>;
}
