/**
 * The fields messages are made of, as zod schemas with refusals in words. Text from a
 * participant is normalised (NFC, every run of white space one space, trimmed) and must hold no
 * control characters and no bidirectional overrides, which could make a name read as something
 * else; it stays text everywhere (the page sets it with textContent, the app as React text).
 */
import { z } from 'zod';
import { ROOM_LIMITS } from './limits';

// C0 and C1 controls (white space is collapsed first) and the bidi embeddings and overrides.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/u;

/** NFC, white space collapsed and trimmed: what a participant meant, whatever their keyboard sent. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A text field of at most `max` characters, after normalising; empty only when `empty`. */
export function text(what: string, max: number, { empty = false } = {}) {
  const checked = z.string()
    .refine((s) => empty || s.length > 0, { error: `${what} must not be empty.` })
    .refine((s) => s.length <= max, { error: (issue) => `${what} is too long (${String((issue.input as string).length)} characters; at most ${max}).` })
    .refine((s) => !FORBIDDEN.test(s), { error: `${what} must not contain control characters.` });
  return z.string({ error: `${what} must be text.` }).transform(normalizeText).pipe(checked);
}

/** Ids the app and the server hand out: letters, digits, `-` and `_`. */
export function id(what: string) {
  return z.string({ error: `${what} must be text.` })
    .min(1, { error: `${what} must not be empty.` })
    .max(ROOM_LIMITS.idChars, { error: `${what} is too long (at most ${ROOM_LIMITS.idChars} characters).` })
    .regex(/^[A-Za-z0-9_-]+$/, { error: `${what} may hold only letters, digits, - and _.` });
}

/** The optional reference a client puts on a message; the answer to it carries the same. */
export const ref = z.string({ error: 'ref must be text.' })
  .min(1, { error: 'ref must not be empty.' })
  .max(ROOM_LIMITS.refChars, { error: `ref is too long (at most ${ROOM_LIMITS.refChars} characters).` })
  .regex(/^[A-Za-z0-9_.:-]+$/, { error: 'ref may hold only letters, digits and - _ . :' })
  .optional();

/** A calendar date `YYYY-MM-DD` that exists. */
export const calendarDate = z.string({ error: 'The date must be text (YYYY-MM-DD).' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'The date must be written YYYY-MM-DD.' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, { error: 'The date is not a real calendar date.' });

/** A finite number of sensible size (no Infinity, no 1e308 that overflows a sum). */
export function amount(what: string) {
  return z.number({ error: `${what} must be a number.` })
    .refine(Number.isFinite, { error: `${what} must be a finite number.` })
    .refine((n) => Math.abs(n) <= 1e12, { error: `${what} is out of range (at most 10^12 either way).` });
}

export function integer(what: string, min: number, max: number) {
  return z.number({ error: `${what} must be a number.` })
    .int({ error: `${what} must be a whole number.` })
    .min(min, { error: `${what} must be at least ${min}.` })
    .max(max, { error: `${what} must be at most ${max}.` });
}
