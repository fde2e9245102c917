/**
 * What the facilitator's client may send over its socket (loopback only, after `hello` with the
 * facilitator token). Every request carries an `id`; the server answers `ack` or `refused` with
 * the same id. The server only relays: accepting an inbox item tells its sender, and the app
 * applies it to the workbook as an undoable command of its own.
 */
import { z } from 'zod';
import { FOCUS } from './focus';
import { id, integer, text } from './fields';
import { ROOM_ACTIVITIES, ROOM_LIMITS } from './limits';

const requestId = z.union([
  z.number().int().nonnegative(),
  z.string().min(1).max(ROOM_LIMITS.refChars),
], { error: 'id must be a whole number or short text.' });

const openItem = z.strictObject({ id: id('The item id'), text: text('The item', ROOM_LIMITS.itemChars) });

export const FACILITATOR_MESSAGES = {
  /** The first message: proves this is the app, with the token it got when the room started. */
  hello: z.strictObject({ type: z.literal('hello'), id: requestId, token: z.string({ error: 'The token must be text.' }).max(100, { error: 'The token is too long.' }) }),
  /** What is up for the room. */
  show: z.strictObject({ type: z.literal('show'), id: requestId, focus: FOCUS }),
  /** The open parking-lot items participants may dot-vote on, and how many dots each has (0: no dot voting). */
  setOpenItems: z.strictObject({
    type: z.literal('setOpenItems'),
    id: requestId,
    items: z.array(openItem).max(ROOM_LIMITS.openItems, { error: `At most ${ROOM_LIMITS.openItems} open items.` }),
    dots: integer('dots', 0, ROOM_LIMITS.maxDots),
  }),
  /** Anonymous mode for one activity: from now on its contributions reach the facilitator without a name. */
  setAnonymous: z.strictObject({
    type: z.literal('setAnonymous'),
    id: requestId,
    activity: z.enum(ROOM_ACTIVITIES, { error: `activity must be one of ${ROOM_ACTIVITIES.join(', ')}.` }),
    anonymous: z.boolean({ error: 'anonymous must be true or false.' }),
  }),
  /** Opens a tier vote on the decision that is up. */
  openVote: z.strictObject({ type: z.literal('openVote'), id: requestId, decisionId: id('The decision id') }),
  closeVote: z.strictObject({ type: z.literal('closeVote'), id: requestId, voteId: id('The vote id') }),
  /** Closes the vote if it is open and shows every vote, with its reason, to the room. */
  revealVote: z.strictObject({ type: z.literal('revealVote'), id: requestId, voteId: id('The vote id') }),
  /** Tells an inbox item's sender what became of it, and takes it out of the inbox. */
  settle: z.strictObject({
    type: z.literal('settle'),
    id: requestId,
    itemId: id('The inbox item id'),
    outcome: z.enum(['accepted', 'rejected'], { error: 'outcome must be "accepted" or "rejected".' }),
  }),
  lock: z.strictObject({ type: z.literal('lock'), id: requestId, locked: z.boolean({ error: 'locked must be true or false.' }) }),
  remove: z.strictObject({ type: z.literal('remove'), id: requestId, participantId: id('The participant id') }),
  /** Ends the room: every link and token dies, every socket closes. */
  end: z.strictObject({ type: z.literal('end'), id: requestId }),
} as const;

export type FacilitatorMessageType = keyof typeof FACILITATOR_MESSAGES;
export type FacilitatorMessage = { [T in FacilitatorMessageType]: z.output<(typeof FACILITATOR_MESSAGES)[T]> }[FacilitatorMessageType];
export type FacilitatorRequest = { [T in Exclude<FacilitatorMessageType, 'hello'>]: z.input<(typeof FACILITATOR_MESSAGES)[T]> }[Exclude<FacilitatorMessageType, 'hello'>];
export type RequestId = z.output<typeof requestId>;
export type OpenItem = z.output<typeof openItem>;
