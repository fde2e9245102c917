/**
 * What the room knows of each connection and how it is made: a participant's socket (its peer,
 * who joined on it, its rate bucket), a facilitator's socket, and the room's options.
 */
import type { Participant, Peer } from './participants';
import type { TokenBucket } from './rate-limit';

export interface ParticipantSession { readonly peer: Peer; participant: Participant | null; readonly bucket: TokenBucket }
export interface FacilitatorSession { readonly peer: Peer }

export interface RoomOptions {
  readonly title: string;
  readonly facilitatorToken: string;
  readonly now?: () => number;
  /** Called once when the room ends (by the facilitator, or `end()`), after every socket was told. */
  readonly onEnd?: () => void;
}
