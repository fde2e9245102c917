/**
 * What the workshop room changes in the workbook, each one command (so one undo step) that does
 * the usual change through the usual command and adds the room's audit entry beside it:
 * adopting a tier after a revealed vote (the decisions' adoptTier, with its rule that another
 * tier than the suggested one needs a reason), and accepting a parking-lot item (the parking
 * lot's addParkingItem) or an observation (the metrics' addObservation) proposed from a phone. Nothing reaches the workbook from the room otherwise.
 */
import { isDateTime } from '../../shared/format';
import { policyOf, suggestTier, tierChoiceError } from '../../shared/logic';
import type { Tier, Workbook } from '../../shared/model';
import type { FacilitatorVoteResult, Sender } from '../../shared/room';
import { command, type Command } from './commands/command';
import { adoptTier } from './commands/decisionsTiers';
import { addObservation } from './commands/metricsObservations';
import { addParkingItem, parkingTextProblem } from './commands/parkingLot';
import { acceptedDetail, ROOM_ACCEPTED, ROOM_VOTE, voteDetail } from './roomAudit';

/** Why adopting `tier` for the decision would be refused (no reason for departing from the suggestion), or null. */
export function voteAdoptionError(w: Workbook, decisionId: string, tier: Tier, reason: string): string | null {
  const d = w.decisions.find((x) => x.id === decisionId);
  if (!d) return 'This decision is no longer in the workbook.';
  return tierChoiceError(suggestTier(d, policyOf(w)).tier, tier, reason);
}

/**
 * Adopts `tier` for the decision the room voted on and records the vote (counts and reasons) in
 * the audit trail, in one undo step. Refused (nothing changes) exactly when adoptTier refuses;
 * adopting the tier the decision already has still records the vote.
 */
export const adoptTierFromVote = (decisionId: string, tier: Tier, reason: string, roomTitle: string, result: FacilitatorVoteResult): Command =>
  command(`Adopt ${tier} tier after the room’s vote`, (w, ctx) => {
    if (voteAdoptionError(w, decisionId, tier, reason) !== null) return w;
    const next = adoptTier(decisionId, tier, reason).apply(w, ctx);
    ctx.audit({ ...(w.sprint.facilitatorId === undefined ? {} : { actorId: w.sprint.facilitatorId }), action: ROOM_VOTE, subjectId: decisionId, detail: voteDetail(roomTitle, result) });
    return next;
  });

export interface ProposedObservation { readonly metricId: string; readonly date: string; readonly value: number; readonly from?: Sender }

/** Adds a proposed observation (as sent, or as the facilitator edited it) to its metric, with the room's audit entry. */
export const acceptObservation = (proposal: ProposedObservation, roomTitle: string): Command =>
  command('Accept observation from the room', (w, ctx) => {
    const metric = w.metrics.find((m) => m.id === proposal.metricId);
    if (!metric || !Number.isFinite(proposal.value)) return w;
    const next = addObservation(metric.id, { date: proposal.date, value: proposal.value }).apply(w, ctx);
    if (next === w) return w;
    ctx.audit({ action: ROOM_ACCEPTED, subjectId: metric.id, detail: acceptedDetail(roomTitle, `observation ${proposal.date} = ${proposal.value} for “${metric.name}”`, proposal.from) });
    return next;
  });

export interface ProposedParkingItem { readonly text: string; readonly at: string; readonly from?: Sender }

/** Why the (edited) text cannot be parked, or null. */
export const parkingProposalProblem = (text: string): string | null => parkingTextProblem(text);

/**
 * Parks a participant's item (as sent, or as the facilitator edited it) with its sender's name
 * (none when anonymous) and the time it was sent, plus the room's audit entry: one undo step.
 * Blank text changes nothing (the panel says why before it gets here).
 */
export const acceptParkingItem = (proposal: ProposedParkingItem, roomTitle: string): Command =>
  command('Accept parking-lot item from the room', (w, ctx) => {
    if (parkingTextProblem(proposal.text) !== null) return w;
    const raisedAt = isDateTime(proposal.at) ? proposal.at : undefined;
    const next = addParkingItem({ text: proposal.text, ...(proposal.from ? { raisedBy: proposal.from.name } : {}), ...(raisedAt ? { raisedAt } : {}) }).apply(w, ctx);
    const added = next.parkingLot.find((p) => !w.parkingLot.some((q) => q.id === p.id));
    ctx.audit({ action: ROOM_ACCEPTED, ...(added ? { subjectId: added.id } : {}), detail: acceptedDetail(roomTitle, `parking-lot item “${proposal.text.trim()}”`, proposal.from) });
    return next;
  });
