/**
 * The workshop room's words in the audit trail: what a revealed tier vote was (the counts, then
 * each reason with its tier and, unless the vote was anonymous, who gave it) and where an
 * accepted proposal came from (the room, and its sender unless the activity was anonymous).
 * Pure, so the commands and their tests share one wording.
 */
import { TIERS } from '../../shared/model';
import type { FacilitatorVoteResult, Sender } from '../../shared/room';

export const ROOM_VOTE = 'room-vote';
export const ROOM_ACCEPTED = 'room-accepted';

const quote = (s: string) => `“${s}”`;

/** `Room “Day 4”: 2 votes (low 1, medium 0, high 1), split. low: “Reversible” (Ana); high: “Money leaves” (Ben).` */
export function voteDetail(roomTitle: string, result: FacilitatorVoteResult): string {
  const n = result.votes.length;
  const counts = TIERS.map((t) => `${t} ${result.counts[t]}`).join(', ');
  const head = `Room ${quote(roomTitle)}: ${n} vote${n === 1 ? '' : 's'} (${counts})${result.split ? ', split' : ''}${result.anonymous ? ', anonymous' : ''}.`;
  if (n === 0) return head;
  const ordered = [...result.votes].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier));
  const reasons = ordered.map((v) => {
    const who = result.anonymous ? undefined : v.from?.name ?? v.name;
    return `${v.tier}: ${quote(v.reason)}${who ? ` (${who})` : ''}`;
  });
  return `${head} ${reasons.join('; ')}.`;
}

/** `From the room “Day 4”, sent by Ben: “Who approves…”`; no name when the sender is absent (anonymous). */
export function acceptedDetail(roomTitle: string, what: string, from: Sender | undefined): string {
  return `From the room ${quote(roomTitle)}${from ? `, sent by ${from.name}` : ', anonymous'}: ${what}`;
}
