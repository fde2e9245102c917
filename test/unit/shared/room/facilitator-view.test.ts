/** The facilitator's picture of the room follows the server's messages, one pure step each. */
import { describe, expect, it } from 'vitest';
import { applyToView, EMPTY_VIEW, type ServerToFacilitator } from '../../../../shared/room';

const at = 1;
const item = { id: 'i-1', kind: 'parking', text: 'Budget?', at: '2026-03-02T10:00:00.000Z' } as const;

describe('the facilitator view', () => {
  it('takes the whole room from ready and is open', () => {
    const view = applyToView(EMPTY_VIEW, { type: 'ready', at, id: 1, room: { ...EMPTY_VIEW, title: 'Day 4', inbox: [item] } });
    expect(view).toMatchObject({ connection: 'open', title: 'Day 4', inbox: [item] });
  });

  it('adds an inbox item once, and drops it when it is settled', () => {
    let view = applyToView(EMPTY_VIEW, { type: 'item', at, item });
    view = applyToView(view, { type: 'item', at, item });
    expect(view.inbox).toEqual([item]);
    expect(applyToView(view, { type: 'settled', at, itemId: 'i-1', outcome: 'rejected' }).inbox).toEqual([]);
  });

  it('keeps a revealed result for its vote, and forgets it when a new vote opens', () => {
    const vote = { voteId: 'v-1', decisionId: 'd', title: 'D', state: 'revealed', cast: 1, eligible: 1 } as const;
    const result = { voteId: 'v-1', decisionId: 'd', title: 'D', counts: { low: 1, medium: 0, high: 0 }, split: false, votes: [], anonymous: false };
    let view = applyToView(EMPTY_VIEW, { type: 'revealed', at, result });
    view = applyToView(view, { type: 'vote', at, vote });
    expect(view.result).toBe(result);
    view = applyToView(view, { type: 'vote', at, vote: { ...vote, voteId: 'v-2', state: 'open' } });
    expect(view.result).toBeNull();
  });

  it('changes nothing on an ack or a refusal, and ends on ended', () => {
    const acks: ServerToFacilitator[] = [{ type: 'ack', at, id: 3 }, { type: 'refused', at, code: 'no-vote', reason: 'x' }];
    for (const m of acks) expect(applyToView(EMPTY_VIEW, m)).toBe(EMPTY_VIEW);
    expect(applyToView(EMPTY_VIEW, { type: 'ended', at }).connection).toBe('ended');
  });
});
