/**
 * The tier vote on the decision that is up: one at a time, a ballot per participant (voting
 * again replaces it while the vote is open), hidden from everyone until the reveal. The
 * facilitator's screen is usually on the projector, so before the reveal it too gets only how
 * many have voted (and who, unless the vote is anonymous), never how. A ballot cast while the
 * vote was anonymous never carries its name, even if anonymity is turned off later.
 */
import { TIERS, type Tier } from '../../../shared/model';
import type {
  FacilitatorVoteResult, FacilitatorVoteView, ParticipantVoteView, Refusal, RevealedVote, TierCounts, VoteState,
} from '../../../shared/room';
import { newId } from './tokens';

interface Ballot {
  readonly participantId: string;
  readonly name: string;
  readonly tier: Tier;
  readonly reason: string;
  readonly anonymous: boolean;
}

interface Vote {
  readonly voteId: string;
  readonly decisionId: string;
  readonly title: string;
  state: VoteState;
  readonly ballots: Map<string, Ballot>;
}

const refusal = (code: Refusal['code'], reason: string): Refusal => ({ code, reason });

export class VoteBox {
  private vote: Vote | null = null;

  get current(): { readonly voteId: string; readonly state: VoteState } | null {
    return this.vote;
  }

  open(decisionId: string, title: string): Refusal | string {
    if (this.vote?.state === 'open') return refusal('vote-open', `A vote on "${this.vote.title}" is still open: close or reveal it first.`);
    this.vote = { voteId: newId('v'), decisionId, title, state: 'open', ballots: new Map() };
    return this.vote.voteId;
  }

  cast(ballot: Ballot, voteId: string): Refusal | null {
    const vote = this.find(voteId);
    if (!vote) return refusal('no-vote', 'There is no such vote: the facilitator may have started another one.');
    if (vote.state !== 'open') return refusal('vote-closed', 'Voting has closed on this decision.');
    // Re-inserting moves a changed ballot to the end: the order of the reveal is the order of last change.
    vote.ballots.delete(ballot.participantId);
    vote.ballots.set(ballot.participantId, ballot);
    return null;
  }

  close(voteId: string): Refusal | null {
    const vote = this.find(voteId);
    if (!vote) return refusal('no-vote', `There is no vote ${voteId}.`);
    if (vote.state === 'open') vote.state = 'closed';
    return null;
  }

  reveal(voteId: string): Refusal | null {
    const vote = this.find(voteId);
    if (!vote) return refusal('no-vote', `There is no vote ${voteId}.`);
    vote.state = 'revealed';
    return null;
  }

  /** A removed participant's ballot goes, unless the vote was already revealed. */
  drop(participantId: string): void {
    if (this.vote && this.vote.state !== 'revealed') this.vote.ballots.delete(participantId);
  }

  participantView(participantId: string): ParticipantVoteView | null {
    const vote = this.vote;
    if (!vote) return null;
    const mine = vote.ballots.get(participantId);
    return {
      voteId: vote.voteId, decisionId: vote.decisionId, title: vote.title, state: vote.state,
      ...(mine ? { mine: { tier: mine.tier, reason: mine.reason } } : {}),
      ...(vote.state === 'revealed' ? { result: this.revealedToRoom(vote) } : {}),
    };
  }

  facilitatorView(eligible: number, anonymousNow: boolean): FacilitatorVoteView | null {
    const vote = this.vote;
    if (!vote) return null;
    const named = [...vote.ballots.values()].filter((b) => !b.anonymous).map((b) => b.participantId);
    return {
      voteId: vote.voteId, decisionId: vote.decisionId, title: vote.title, state: vote.state,
      cast: vote.ballots.size, eligible,
      ...(anonymousNow ? {} : { voted: named }),
    };
  }

  /** The result with names, for the facilitator's audit trail; null before the reveal. */
  facilitatorResult(): FacilitatorVoteResult | null {
    const vote = this.vote;
    if (!vote || vote.state !== 'revealed') return null;
    const ballots = ordered(vote);
    return {
      ...summary(vote, ballots),
      anonymous: ballots.some((b) => b.anonymous),
      votes: ballots.map((b) => ({
        tier: b.tier, reason: b.reason,
        ...(b.anonymous ? {} : { name: b.name, from: { participantId: b.participantId, name: b.name } }),
      })),
    };
  }

  clear(): void {
    this.vote = null;
  }

  private revealedToRoom(vote: Vote): RevealedVote {
    const ballots = ordered(vote);
    return { ...summary(vote, ballots), votes: ballots.map((b) => ({ tier: b.tier, reason: b.reason, ...(b.anonymous ? {} : { name: b.name }) })) };
  }

  private find(voteId: string): Vote | null {
    return this.vote && this.vote.voteId === voteId ? this.vote : null;
  }
}

/** Ballots grouped by tier, low to high, each group in the order cast. */
function ordered(vote: Vote): Ballot[] {
  const ballots = [...vote.ballots.values()];
  return TIERS.flatMap((tier) => ballots.filter((b) => b.tier === tier));
}

function summary(vote: Vote, ballots: readonly Ballot[]): Omit<RevealedVote, 'votes'> {
  const counts = Object.fromEntries(TIERS.map((t) => [t, ballots.filter((b) => b.tier === t).length])) as unknown as TierCounts;
  return {
    voteId: vote.voteId, decisionId: vote.decisionId, title: vote.title, counts,
    split: TIERS.filter((t) => counts[t] > 0).length > 1,
  };
}
