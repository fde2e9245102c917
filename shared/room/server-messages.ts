/**
 * What the server sends: to a participant's page (only what is up, its own vote and items, and a
 * vote's result once revealed) and to the facilitator's client (who is in, the inbox, vote
 * progress and results, dot tallies, refusal counters). Plain types: both ends are ours and the
 * server builds them from validated state; every message to the facilitator carries the server's
 * clock (`at`, ms) so a client can tell how long it took to arrive.
 */
import type { Tier } from '../model';
import type { Focus } from './focus';
import type { OpenItem, RequestId } from './facilitator-messages';
import type { RoomActivity } from './limits';
import type { RefusalCode, RefusalCounters } from './refusals';

export type Anonymity = Readonly<Record<RoomActivity, boolean>>;
export type TierCounts = Readonly<Record<Tier, number>>;
export type VoteState = 'open' | 'closed' | 'revealed';

/** One vote as the room sees it after the reveal: a name only when the vote was not anonymous. */
export interface RevealedVoteEntry { readonly tier: Tier; readonly reason: string; readonly name?: string }

export interface RevealedVote {
  readonly voteId: string;
  readonly decisionId: string;
  readonly title: string;
  readonly counts: TierCounts;
  /** More than one tier was chosen: the reasons are shown side by side, by tier. */
  readonly split: boolean;
  readonly votes: readonly RevealedVoteEntry[];
}

export interface ParticipantVoteView {
  readonly voteId: string;
  readonly decisionId: string;
  readonly title: string;
  readonly state: VoteState;
  readonly mine?: { readonly tier: Tier; readonly reason: string };
  readonly result?: RevealedVote;
}

export type SubmissionStatus = 'pending' | 'accepted' | 'rejected';
export interface Submission { readonly itemId: string; readonly kind: 'parking' | 'observation'; readonly summary: string; readonly status: SubmissionStatus }

export interface ParticipantRoomView {
  readonly title: string;
  readonly focus: Focus;
  readonly vote: ParticipantVoteView | null;
  readonly openItems: readonly OpenItem[];
  readonly dots: number;
  readonly myDots: readonly string[];
  readonly anonymity: Anonymity;
  readonly submissions: readonly Submission[];
}

export type ServerToParticipant =
  | { readonly type: 'welcome'; readonly ref?: string; readonly participant: { readonly id: string; readonly name: string }; readonly token: string; readonly room: ParticipantRoomView }
  | { readonly type: 'up'; readonly focus: Focus }
  | { readonly type: 'vote'; readonly vote: ParticipantVoteView | null }
  | { readonly type: 'openItems'; readonly items: readonly OpenItem[]; readonly dots: number; readonly myDots: readonly string[] }
  | { readonly type: 'anonymity'; readonly anonymity: Anonymity }
  | { readonly type: 'submission'; readonly submission: Submission }
  | { readonly type: 'ok'; readonly ref?: string; readonly itemId?: string }
  | { readonly type: 'refused'; readonly ref?: string; readonly code: RefusalCode; readonly reason: string; readonly field?: string }
  | { readonly type: 'bye'; readonly reason: 'ended' | 'removed' | 'left'; readonly message: string };

/** A participant as the facilitator sees them. */
export interface ParticipantInfo { readonly id: string; readonly name: string; readonly connected: boolean; readonly joinedAt: string }

/** Who sent an inbox item or a vote; absent when the activity was anonymous at the time. */
export interface Sender { readonly participantId: string; readonly name: string }

export type InboxItem =
  | { readonly id: string; readonly kind: 'parking'; readonly text: string; readonly from?: Sender; readonly at: string }
  | { readonly id: string; readonly kind: 'observation'; readonly metricId: string; readonly date: string; readonly value: number; readonly from?: Sender; readonly at: string };

export interface FacilitatorVoteView {
  readonly voteId: string;
  readonly decisionId: string;
  readonly title: string;
  readonly state: VoteState;
  /** How many have voted, of how many in the room; the tiers stay hidden until the reveal. */
  readonly cast: number;
  readonly eligible: number;
  /** Who has voted (not how), unless the vote is anonymous. */
  readonly voted?: readonly string[];
}

export interface FacilitatorVoteEntry extends RevealedVoteEntry { readonly from?: Sender }
export interface FacilitatorVoteResult extends Omit<RevealedVote, 'votes'> {
  readonly votes: readonly FacilitatorVoteEntry[];
  readonly anonymous: boolean;
}

export interface DotTally { readonly itemId: string; readonly count: number }

export interface FacilitatorSnapshot {
  readonly title: string;
  readonly locked: boolean;
  readonly anonymity: Anonymity;
  readonly focus: Focus;
  readonly openItems: readonly OpenItem[];
  readonly dots: number;
  readonly participants: readonly ParticipantInfo[];
  readonly inbox: readonly InboxItem[];
  readonly vote: FacilitatorVoteView | null;
  readonly result: FacilitatorVoteResult | null;
  readonly tallies: readonly DotTally[];
  readonly counters: RefusalCounters;
}

type Stamped<T> = T & { readonly at: number };

export type ServerToFacilitator = Stamped<
  | { readonly type: 'ready'; readonly id: RequestId; readonly room: FacilitatorSnapshot }
  | { readonly type: 'room'; readonly locked: boolean; readonly anonymity: Anonymity; readonly focus: Focus; readonly openItems: readonly OpenItem[]; readonly dots: number }
  | { readonly type: 'participants'; readonly participants: readonly ParticipantInfo[] }
  | { readonly type: 'item'; readonly item: InboxItem }
  | { readonly type: 'settled'; readonly itemId: string; readonly outcome: 'accepted' | 'rejected' }
  | { readonly type: 'vote'; readonly vote: FacilitatorVoteView | null }
  | { readonly type: 'revealed'; readonly result: FacilitatorVoteResult }
  | { readonly type: 'dots'; readonly tallies: readonly DotTally[] }
  | { readonly type: 'counters'; readonly counters: RefusalCounters }
  | { readonly type: 'ack'; readonly id: RequestId; readonly voteId?: string }
  | { readonly type: 'refused'; readonly id?: RequestId; readonly code: RefusalCode; readonly reason: string; readonly field?: string }
  | { readonly type: 'ended' }
>;
