/**
 * Turns the text of one message into a checked message or a refusal that says what is wrong and
 * where: not JSON, not an object, a type this side may not send (a participant sending the
 * facilitator's `show` is told so, and counted apart), or the first field that breaks the schema.
 */
import type { z } from 'zod';
import { FACILITATOR_MESSAGES, type FacilitatorMessage } from './facilitator-messages';
import { PARTICIPANT_MESSAGES, type ParticipantMessage } from './participant-messages';
import type { Refusal } from './refusals';

export type Decoded<M> = { readonly ok: true; readonly message: M } | { readonly ok: false; readonly refusal: Refusal };

type Schemas = Readonly<Record<string, z.ZodType>>;

export function decodeParticipantMessage(text: string): Decoded<ParticipantMessage> {
  return decode(text, PARTICIPANT_MESSAGES, FACILITATOR_MESSAGES, 'participant') as Decoded<ParticipantMessage>;
}

export function decodeFacilitatorMessage(text: string): Decoded<FacilitatorMessage> {
  return decode(text, FACILITATOR_MESSAGES, PARTICIPANT_MESSAGES, 'facilitator') as Decoded<FacilitatorMessage>;
}

function refuse(refusal: Refusal): Decoded<never> {
  return { ok: false, refusal };
}

function decode(text: string, mine: Schemas, theirs: Schemas, side: 'participant' | 'facilitator'): Decoded<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return refuse({ code: 'bad-json', reason: `The message is not JSON (${e instanceof Error ? e.message : String(e)}).` });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse({ code: 'not-an-object', reason: 'A message must be a JSON object with a "type".' });
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string') return refuse({ code: 'bad-message', reason: 'The message has no "type" (it must be text).', field: 'type' });
  const schema = Object.hasOwn(mine, type) ? mine[type] : undefined;
  if (!schema) {
    if (side === 'participant' && Object.hasOwn(theirs, type)) {
      return refuse({ code: 'not-facilitator', reason: `Only the facilitator can send "${type}".`, field: 'type' });
    }
    return refuse({ code: 'unknown-type', reason: `There is no message of type ${JSON.stringify(type.slice(0, 40))}; known: ${Object.keys(mine).join(', ')}.`, field: 'type' });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    const where = path.length ? ` in ${path.join('.')}` : '';
    return refuse({ code: 'bad-message', reason: `${type}: unknown field ${keys}${where}.`, field: [...path, issue.keys[0]!].join('.') });
  }
  const field = path.join('.');
  const missing = issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined;
  const message = missing ? `"${path[path.length - 1] ?? 'a field'}" is missing.` : issue.message;
  return refuse({ code: 'bad-message', reason: `${type}: ${field ? `${field}: ` : ''}${message}`, ...(field ? { field } : {}) });
}

/** The value the message holds at `path` (undefined when a step is absent). */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
