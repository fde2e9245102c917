/**
 * What a participant's page may send, each message type a strict zod schema (an unknown key is
 * refused, not ignored). None of them changes the workbook: a vote is counted, a parking-lot item
 * or an observation lands in the facilitator's inbox, a dot is tallied. Every message may carry
 * a `ref`; the answer (`ok` or `refused`) repeats it, and a message resent with a ref the server
 * has already taken is answered again without being taken twice.
 */
import { z } from 'zod';
import { TIERS } from '../model';
import { amount, calendarDate, id, ref, text } from './fields';
import { ROOM_LIMITS } from './limits';

const tier = z.enum(TIERS, { error: 'The tier must be "low", "medium" or "high".' });

export const PARTICIPANT_MESSAGES = {
  /** Enter the room under a display name; the answer is `welcome` with this participant's token. */
  join: z.strictObject({ type: z.literal('join'), name: text('The display name', ROOM_LIMITS.displayNameChars), ref }),
  /** Come back after a blip or a reload with the token `welcome` gave. */
  resume: z.strictObject({
    type: z.literal('resume'),
    token: z.string({ error: 'The token must be text.' }).min(1, { error: 'The token must not be empty.' }).max(100, { error: 'The token is too long.' }),
    ref,
  }),
  /** A tier vote with its one-line reason; voting again before the vote closes replaces it. */
  vote: z.strictObject({ type: z.literal('vote'), voteId: id('The vote id'), tier, reason: text('The reason', ROOM_LIMITS.reasonChars), ref }),
  /** A parking-lot item for the facilitator's inbox. */
  park: z.strictObject({ type: z.literal('park'), text: text('The item', ROOM_LIMITS.itemChars), ref }),
  /** Puts one of this participant's dots on an open item, or takes it off. */
  dot: z.strictObject({ type: z.literal('dot'), itemId: id('The item id'), on: z.boolean({ error: 'on must be true or false.' }), ref }),
  /** Proposes an observation (date and value) for the metric that is up. */
  propose: z.strictObject({ type: z.literal('propose'), metricId: id('The metric id'), date: calendarDate, value: amount('The value'), ref }),
  /** Leaves the room for good: the token dies. */
  leave: z.strictObject({ type: z.literal('leave'), ref }),
} as const;

export type ParticipantMessageType = keyof typeof PARTICIPANT_MESSAGES;
export type ParticipantMessage = { [T in ParticipantMessageType]: z.output<(typeof PARTICIPANT_MESSAGES)[T]> }[ParticipantMessageType];
/** What a page writes before the server normalises it (same shape). */
export type ParticipantMessageInput = { [T in ParticipantMessageType]: z.input<(typeof PARTICIPANT_MESSAGES)[T]> }[ParticipantMessageType];
