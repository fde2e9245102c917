/**
 * What the facilitator puts up for the room: nothing but a welcome, the agenda block and its
 * timer, one decision or one metric, read-only. Each is a small strict object the app builds
 * from one record, so the whole workbook cannot be sent by mistake: there is no field for it.
 */
import { z } from 'zod';
import { DIRECTIONS, TIERS } from '../model';
import { amount, calendarDate, id, integer, text } from './fields';
import { ROOM_LIMITS } from './limits';

const title = text('The title', ROOM_LIMITS.titleChars);
const description = text('The description', ROOM_LIMITS.descriptionChars, { empty: true }).optional();
const tier = z.enum(TIERS, { error: 'The tier must be "low", "medium" or "high".' });

/** The block's timer as of sending: the page counts down from when it arrives, so clocks need not agree. */
export const TIMER = z.strictObject({
  running: z.boolean({ error: 'running must be true or false.' }),
  remainingSeconds: integer('remainingSeconds', -86_400, 86_400),
});

export const FOCUS = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('welcome'), title }),
  z.strictObject({
    kind: z.literal('block'),
    day: integer('The day', 1, 10),
    title,
    minutes: integer('The minutes', 1, 480),
    timer: TIMER.optional(),
  }),
  z.strictObject({
    kind: z.literal('decision'),
    decision: z.strictObject({
      id: id('The decision id'),
      title,
      description,
      suggestedTier: tier.optional(),
      tier: tier.optional(),
    }),
  }),
  z.strictObject({
    kind: z.literal('metric'),
    metric: z.strictObject({
      id: id('The metric id'),
      name: title,
      unit: text('The unit', 40, { empty: true }),
      direction: z.enum(DIRECTIONS, { error: 'The direction must be "decrease" or "increase".' }),
      baseline: amount('The baseline').optional(),
      target: amount('The target').optional(),
      recent: z.array(z.strictObject({ date: calendarDate, value: amount('The value') }))
        .max(ROOM_LIMITS.recentObservations, { error: `At most ${ROOM_LIMITS.recentObservations} recent observations.` }),
    }),
  }),
], { error: 'focus.kind must be "welcome", "block", "decision" or "metric".' });

export type Focus = z.output<typeof FOCUS>;
export type Timer = z.output<typeof TIMER>;
