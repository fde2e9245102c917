/**
 * Every message of the protocol, each way: a well-formed one is taken (normalised), and each
 * kind of fault is refused with a reason that names the field.
 */
import { describe, expect, it } from 'vitest';
import { decodeFacilitatorMessage, decodeParticipantMessage, FACILITATOR_MESSAGES, PARTICIPANT_MESSAGES } from '../../../../shared/room';

const json = (value: unknown) => JSON.stringify(value);

const PARTICIPANT_EXAMPLES = {
  join: { type: 'join', name: 'Ana' },
  resume: { type: 'resume', token: 'abc' },
  vote: { type: 'vote', voteId: 'v-1', tier: 'medium', reason: 'Reversible', ref: 'r1' },
  park: { type: 'park', text: 'Who owns the budget?' },
  dot: { type: 'dot', itemId: 'k1', on: true },
  propose: { type: 'propose', metricId: 'm-1', date: '2026-02-28', value: -3.25 },
  leave: { type: 'leave' },
} as const;

const FACILITATOR_EXAMPLES = {
  hello: { type: 'hello', id: 1, token: 't' },
  show: { type: 'show', id: 2, focus: { kind: 'metric', metric: { id: 'm-1', name: 'AHT', unit: 'min', direction: 'decrease', recent: [{ date: '2026-01-05', value: 9 }] } } },
  setOpenItems: { type: 'setOpenItems', id: 3, items: [{ id: 'k1', text: 'Budget?' }], dots: 3 },
  setAnonymous: { type: 'setAnonymous', id: 'a', activity: 'parking', anonymous: true },
  openVote: { type: 'openVote', id: 4, decisionId: 'd-1' },
  closeVote: { type: 'closeVote', id: 5, voteId: 'v-1' },
  revealVote: { type: 'revealVote', id: 6, voteId: 'v-1' },
  settle: { type: 'settle', id: 7, itemId: 'i-1', outcome: 'accepted' },
  lock: { type: 'lock', id: 8, locked: true },
  remove: { type: 'remove', id: 9, participantId: 'p-1' },
  end: { type: 'end', id: 10 },
} as const;

describe('the participant’s messages', () => {
  it('has an example here for every type', () => {
    expect(Object.keys(PARTICIPANT_EXAMPLES).sort()).toEqual(Object.keys(PARTICIPANT_MESSAGES).sort());
  });

  it.each(Object.entries(PARTICIPANT_EXAMPLES))('takes a well-formed %s', (_type, message) => {
    expect(decodeParticipantMessage(json(message))).toEqual({ ok: true, message });
  });

  it('normalises text: white space collapsed, trimmed, NFC', () => {
    const decoded = decodeParticipantMessage(json({ type: 'join', name: '  Jose\u0301 \n\t Lima ' }));
    expect(decoded).toEqual({ ok: true, message: { type: 'join', name: 'José Lima' } });
  });

  it.each([
    ['an empty name', { type: 'join', name: '   ' }, 'name', /must not be empty/],
    ['a name too long', { type: 'join', name: 'n'.repeat(41) }, 'name', /too long \(41 characters; at most 40\)/],
    ['a control character', { type: 'park', text: 'bell\u0007' }, 'text', /control characters/],
    ['a right-to-left override', { type: 'join', name: 'evil\u202Egpj.exe' }, 'name', /control characters/],
    ['a tier that is not one', { type: 'vote', voteId: 'v', tier: 'extreme', reason: 'r' }, 'tier', /"low", "medium" or "high"/],
    ['a missing reason', { type: 'vote', voteId: 'v', tier: 'low' }, 'reason', /"reason" is missing/],
    ['an id with a slash', { type: 'dot', itemId: '../x', on: true }, 'itemId', /only letters, digits/],
    ['a date that does not exist', { type: 'propose', metricId: 'm', date: '2026-02-30', value: 1 }, 'date', /not a real calendar date/],
    ['a value that is text', { type: 'propose', metricId: 'm', date: '2026-02-03', value: '7' }, 'value', /must be a number/],
    ['a value out of range', { type: 'propose', metricId: 'm', date: '2026-02-03', value: 1e300 }, 'value', /out of range/],
    ['an unknown key', { type: 'leave', please: true }, 'please', /unknown field "please"/],
    ['a ref with spaces', { type: 'leave', ref: 'a b' }, 'ref', /ref may hold only/],
  ])('refuses %s, naming the field', (_what, message, field, reason) => {
    const decoded = decodeParticipantMessage(json(message));
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.refusal).toMatchObject({ code: 'bad-message', field });
    expect(decoded.refusal.reason).toMatch(reason);
  });

  it('tells a participant who sends a facilitator message that only the facilitator can', () => {
    for (const message of Object.values(FACILITATOR_EXAMPLES)) {
      expect(decodeParticipantMessage(json(message))).toMatchObject({ ok: false, refusal: { code: 'not-facilitator' } });
    }
  });

  it('refuses what is not a JSON object with a type', () => {
    expect(decodeParticipantMessage('{')).toMatchObject({ ok: false, refusal: { code: 'bad-json' } });
    expect(decodeParticipantMessage('"join"')).toMatchObject({ ok: false, refusal: { code: 'not-an-object' } });
    expect(decodeParticipantMessage('null')).toMatchObject({ ok: false, refusal: { code: 'not-an-object' } });
    expect(decodeParticipantMessage('{"name":"x"}')).toMatchObject({ ok: false, refusal: { code: 'bad-message', field: 'type' } });
    expect(decodeParticipantMessage('{"type":"__proto__"}')).toMatchObject({ ok: false, refusal: { code: 'unknown-type' } });
    expect(decodeParticipantMessage('{"type":"join","name":"x","__proto__":{"admin":true}}')).toMatchObject({ ok: false, refusal: { code: 'bad-message' } });
  });
});

describe('the facilitator’s messages', () => {
  it('has an example here for every type', () => {
    expect(Object.keys(FACILITATOR_EXAMPLES).sort()).toEqual(Object.keys(FACILITATOR_MESSAGES).sort());
  });

  it.each(Object.entries(FACILITATOR_EXAMPLES))('takes a well-formed %s', (_type, message) => {
    expect(decodeFacilitatorMessage(json(message))).toEqual({ ok: true, message });
  });

  it.each([
    ['a focus of an unknown kind', { type: 'show', id: 1, focus: { kind: 'workbook' } }, 'focus.kind'],
    ['a decision with an extra field', { type: 'show', id: 1, focus: { kind: 'decision', decision: { id: 'd', title: 't', controls: [] } } }, 'focus.decision.controls'],
    ['too many recent observations', { type: 'show', id: 1, focus: { kind: 'metric', metric: { id: 'm', name: 'n', unit: '', direction: 'increase', recent: Array.from({ length: 13 }, () => ({ date: '2026-01-01', value: 1 })) } } }, 'focus.metric.recent'],
    ['a timer over a day', { type: 'show', id: 1, focus: { kind: 'block', day: 1, title: 't', minutes: 30, timer: { running: true, remainingSeconds: 90_000 } } }, 'focus.timer.remainingSeconds'],
    ['too many dots', { type: 'setOpenItems', id: 1, items: [], dots: 11 }, 'dots'],
    ['an activity that is not one', { type: 'setAnonymous', id: 1, activity: 'dots', anonymous: true }, 'activity'],
    ['an outcome that is not one', { type: 'settle', id: 1, itemId: 'i', outcome: 'maybe' }, 'outcome'],
  ])('refuses %s, naming the field', (_what, message, field) => {
    expect(decodeFacilitatorMessage(json(message))).toMatchObject({ ok: false, refusal: { code: 'bad-message', field } });
  });

  it('does not take a participant’s message on the facilitator’s socket', () => {
    expect(decodeFacilitatorMessage(json({ type: 'join', name: 'x' }))).toMatchObject({ ok: false, refusal: { code: 'unknown-type' } });
  });
});
