import { beforeEach, describe, expect, it } from 'vitest';
import type { FacilitatorVoteResult } from '../../../../shared/room';
import { acceptObservation, acceptParkingItem, adoptTierFromVote, voteAdoptionError } from '../../../../renderer/state/roomCommands';
import { acceptedDetail, voteDetail } from '../../../../renderer/state/roomAudit';
import { openInFreshStore, state, template } from '../helpers';

const w = () => state().workbook!;

const SPLIT: FacilitatorVoteResult = {
  voteId: 'v1', decisionId: 'd-refund', title: 'Issue a goodwill refund or credit',
  counts: { low: 0, medium: 1, high: 1 }, split: true, anonymous: false,
  votes: [
    { tier: 'high', reason: 'Money leaves the company', name: 'Ben', from: { participantId: 'p-b', name: 'Ben' } },
    { tier: 'medium', reason: 'Small sums', name: 'Ana', from: { participantId: 'p-a', name: 'Ana' } },
  ],
};

describe('the room’s words in the audit trail', () => {
  it('give the counts, then each reason by tier with who gave it', () => {
    expect(voteDetail('Day 4', SPLIT)).toBe('Room “Day 4”: 2 votes (low 0, medium 1, high 1), split. medium: “Small sums” (Ana); high: “Money leaves the company” (Ben).');
  });

  it('name no one when the vote was anonymous, and say so', () => {
    const anonymous = { ...SPLIT, anonymous: true, votes: SPLIT.votes.map(({ tier, reason }) => ({ tier, reason })) };
    expect(voteDetail('Day 4', anonymous)).toBe('Room “Day 4”: 2 votes (low 0, medium 1, high 1), split, anonymous. medium: “Small sums”; high: “Money leaves the company”.');
  });

  it('say plainly when no one voted', () => {
    expect(voteDetail('Day 4', { ...SPLIT, counts: { low: 0, medium: 0, high: 0 }, split: false, votes: [] })).toBe('Room “Day 4”: 0 votes (low 0, medium 0, high 0).');
  });

  it('name the sender of an accepted proposal, or say it was anonymous', () => {
    expect(acceptedDetail('Day 4', 'an item', { participantId: 'p-b', name: 'Ben' })).toBe('From the room “Day 4”, sent by Ben: an item');
    expect(acceptedDetail('Day 4', 'an item', undefined)).toBe('From the room “Day 4”, anonymous: an item');
  });
});

describe('adopting a tier after the room’s vote', () => {
  beforeEach(() => {
    openInFreshStore(template('support-triage'));
  });

  it('sets the tier and records the vote beside the adoption, as one undo step', () => {
    const before = w();
    const undoSteps = state().past.length;
    expect(state().execute(adoptTierFromVote('d-refund', 'medium', 'Capped at 50 EUR', 'Day 4', SPLIT))).toBe(true);
    expect(w().decisions.find((d) => d.id === 'd-refund')).toMatchObject({ tier: 'medium', tierReason: 'Capped at 50 EUR' });
    const [adopted, voted] = w().audit.slice(-2);
    expect(adopted).toMatchObject({ action: 'tier-adopted', subjectId: 'd-refund', actorId: 'p-facilitator' });
    expect(voted).toEqual({ at: adopted!.at, actorId: 'p-facilitator', action: 'room-vote', subjectId: 'd-refund', detail: voteDetail('Day 4', SPLIT) });
    expect(state().past.length).toBe(undoSteps + 1);
    state().undo();
    expect(w()).toBe(before);
  });

  it('is refused, changing nothing, when the tier departs from the suggestion without a reason', () => {
    const before = w();
    expect(voteAdoptionError(before, 'd-refund', 'medium', ' ')).toMatch(/^The rules suggest high\. Write why/);
    expect(state().execute(adoptTierFromVote('d-refund', 'medium', ' ', 'Day 4', SPLIT))).toBe(false);
    expect(w()).toBe(before);
  });

  it('still records the vote when the room confirms the tier the decision already has', () => {
    expect(w().decisions.find((d) => d.id === 'd-refund')!.tier).toBe('high');
    expect(state().execute(adoptTierFromVote('d-refund', 'high', '', 'Day 4', SPLIT))).toBe(true);
    expect(w().audit.at(-1)).toMatchObject({ action: 'room-vote', subjectId: 'd-refund' });
  });

  it('says so when the decision is gone', () => {
    expect(voteAdoptionError(w(), 'd-gone', 'high', '')).toBe('This decision is no longer in the workbook.');
    expect(state().execute(adoptTierFromVote('d-gone', 'high', '', 'Day 4', SPLIT))).toBe(false);
  });
});

describe('accepting proposals from the room', () => {
  beforeEach(() => {
    openInFreshStore(template('support-triage'));
  });

  it('parks an item with its sender and time, and the room’s audit entry, as one undo step', () => {
    const before = w();
    state().execute(acceptParkingItem({ text: '  Who approves a refund over the limit? ', at: '2026-11-02T09:14:00.000Z', from: { participantId: 'p-b', name: 'Ben' } }, 'Day 4'));
    const item = w().parkingLot.at(-1)!;
    expect(item).toMatchObject({ text: 'Who approves a refund over the limit?', raisedBy: 'Ben', raisedAt: '2026-11-02T09:14:00.000Z', status: 'open' });
    expect(w().audit.at(-1)).toMatchObject({ action: 'room-accepted', subjectId: item.id, detail: 'From the room “Day 4”, sent by Ben: parking-lot item “Who approves a refund over the limit?”' });
    state().undo();
    expect(w()).toBe(before);
  });

  it('parks an anonymous item with no name anywhere', () => {
    state().execute(acceptParkingItem({ text: 'Is the log kept too long?', at: '2026-11-02T09:14:00Z' }, 'Day 4'));
    expect(w().parkingLot.at(-1)!.raisedBy).toBeUndefined();
    expect(w().audit.at(-1)!.detail).toBe('From the room “Day 4”, anonymous: parking-lot item “Is the log kept too long?”');
  });

  it('refuses a blank item, changing nothing', () => {
    const before = w();
    expect(state().execute(acceptParkingItem({ text: '   ', at: '2026-11-02T09:14:00Z' }, 'Day 4'))).toBe(false);
    expect(w()).toBe(before);
  });

  it('adds an observation (as edited) to its metric with the audit entry, and refuses one for a metric that is gone', () => {
    const count = w().metrics.find((m) => m.id === 'm-ttfr')!.observations.length;
    state().execute(acceptObservation({ metricId: 'm-ttfr', date: '2026-11-02', value: 41.5, from: { participantId: 'p-a', name: 'Ana' } }, 'Day 4'));
    const metric = w().metrics.find((m) => m.id === 'm-ttfr')!;
    expect(metric.observations).toHaveLength(count + 1);
    expect(metric.observations.at(-1)).toEqual({ date: '2026-11-02', value: 41.5 });
    expect(w().audit.at(-1)).toMatchObject({ action: 'room-accepted', subjectId: 'm-ttfr', detail: `From the room “Day 4”, sent by Ana: observation 2026-11-02 = 41.5 for “${metric.name}”` });
    const before = w();
    expect(state().execute(acceptObservation({ metricId: 'm-gone', date: '2026-11-02', value: 1 }, 'Day 4'))).toBe(false);
    expect(w()).toBe(before);
  });
});
