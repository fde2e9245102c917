import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostResult, OpenRoomStatus, RoomStatus } from '../../../../shared/host';
import { EMPTY_VIEW, type FacilitatorClient, type FacilitatorView, type RoomAnswer } from '../../../../shared/room';
import { createRoomSession, openRoomOf, type Connect, type RoomHost } from '../../../../renderer/state/roomSession';
import { blockFocus, decisionFocus, fit, metricFocus, openItemsOf } from '../../../../renderer/state/roomFocus';
import { template } from '../helpers';

const OPEN: OpenRoomStatus = {
  open: true, title: 'Day 4', joinUrl: 'http://127.0.0.1:5000/r/abc', shortUrl: '127.0.0.1:5000/r/abc', qrSvg: '<svg/>',
  bind: 'loopback', address: '127.0.0.1', port: 5000, startedAt: '2026-11-02T09:00:00Z', locked: false, participants: 0,
  facilitator: { url: 'ws://127.0.0.1:5000/room/facilitator', token: 't' }, addresses: [],
};

function fakeHost(initial: RoomStatus): RoomHost & { stopped: number } {
  let status = initial;
  const ok = <T,>(value: T): HostResult<T> => ({ ok: true, value });
  return {
    stopped: 0,
    roomStatus: async () => ok(status),
    roomStart: async () => ok((status = OPEN)),
    async roomStop() {
      this.stopped++;
      status = { open: false, addresses: [] };
      return ok(status);
    },
  };
}

/** A facilitator client whose view the test moves, and which refuses `lock`. */
function fakeClient(): FacilitatorClient & { push(view: Partial<FacilitatorView>): void; closed: boolean } {
  let view: FacilitatorView = { ...EMPTY_VIEW, connection: 'open', title: 'Day 4' };
  const listeners = new Set<(v: FacilitatorView) => void>();
  const done = async (): Promise<RoomAnswer> => ({ ok: true, value: undefined });
  return {
    closed: false,
    get view() { return view; },
    push(patch) {
      view = { ...view, ...patch };
      for (const l of listeners) l(view);
    },
    subscribe(l) { listeners.add(l); return () => void listeners.delete(l); },
    onMessage: () => () => undefined,
    show: done, setOpenItems: done, setAnonymous: done, closeVote: done, accept: done, reject: done, remove: done, end: done,
    openVote: async () => ({ ok: true, value: { voteId: 'v1' } }),
    revealVote: async () => ({ ok: false, error: { code: 'no-vote', reason: 'No such vote.' } }),
    lock: async () => ({ ok: false, error: { code: 'disconnected', reason: 'Not connected to the room.' } }),
    close() { this.closed = true; },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the room session', () => {
  it('asks the Host first, and stays unconnected while no room is open', async () => {
    const connect = vi.fn<Connect>();
    const session = createRoomSession(fakeHost({ open: false, addresses: [{ name: 'wlan0', address: '192.168.1.20' }] }), connect);
    expect(session.store.getState().status).toBeNull();
    await session.refresh();
    expect(session.store.getState().status).toEqual({ open: false, addresses: [{ name: 'wlan0', address: '192.168.1.20' }] });
    expect(openRoomOf(session.store.getState())).toBeNull();
    expect(connect).not.toHaveBeenCalled();
  });

  it('starts a room, connects with the facilitator token, and batches the view as messages arrive', async () => {
    vi.useFakeTimers();
    const client = fakeClient();
    const connect = vi.fn<Connect>(async () => ({ ok: true, value: client }));
    const session = createRoomSession(fakeHost({ open: false, addresses: [] }), connect, 100);
    expect(await session.start({ bind: 'loopback' })).toBe(true);
    expect(connect).toHaveBeenCalledWith({ url: OPEN.facilitator.url, token: 't' });
    expect(openRoomOf(session.store.getState())).toBe(OPEN);
    for (let i = 1; i <= 5; i++) client.push({ participants: Array.from({ length: i }, (_, n) => ({ id: `p${n}`, name: `P${n}`, connected: true, joinedAt: '' })) });
    expect(session.store.getState().view!.participants).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(session.store.getState().view!.participants).toHaveLength(5);
  });

  it('turns a refused request into a message saying what was refused', async () => {
    const session = createRoomSession(fakeHost(OPEN), async () => ({ ok: true, value: fakeClient() }), 0);
    await session.refresh();
    const answer = await session.run('Lock', (c) => c.lock(true));
    expect(answer?.ok).toBe(false);
    expect(session.store.getState().error).toBe('Lock: Not connected to the room.');
  });

  it('forgets the room when it ends, and ends it through the Host from the panel', async () => {
    const client = fakeClient();
    const host = fakeHost(OPEN);
    const session = createRoomSession(host, async () => ({ ok: true, value: client }), 0);
    await session.refresh();
    client.push({ connection: 'ended' });
    expect(session.store.getState()).toMatchObject({ status: { open: false }, view: null });
    expect(client.closed).toBe(true);

    await session.refresh();
    expect(await session.end()).toBe(true);
    expect(host.stopped).toBe(1);
    expect(session.store.getState().status).toEqual({ open: false, addresses: [] });
  });

  it('says why when the room cannot be reached', async () => {
    const session = createRoomSession(fakeHost(OPEN), async () => ({ ok: false, error: { code: 'disconnected', reason: 'The room’s facilitator endpoint closed the connection.' } }));
    await session.refresh();
    expect(session.store.getState().error).toBe('Could not reach the room: The room’s facilitator endpoint closed the connection.');
  });
});

describe('what the room is shown of the workbook', () => {
  const w = template('support-triage');

  it('a decision: its title, description and tiers, nothing else', () => {
    const focus = decisionFocus(w, 'd-refund');
    expect(focus).toEqual({ kind: 'decision', decision: expect.objectContaining({ id: 'd-refund', title: 'Issue a goodwill refund or credit', suggestedTier: 'high', tier: 'high' }) });
    // Not its factors, controls, people or anything else of the record.
    expect(Object.keys((focus as { decision: object }).decision).sort()).toEqual(['description', 'id', 'suggestedTier', 'tier', 'title']);
    expect(decisionFocus(w, 'd-gone')).toBeNull();
  });

  it('a metric: its latest twelve observations in date order', () => {
    const many = { ...w, metrics: w.metrics.map((m) => (m.id === 'm-ttfr' ? { ...m, observations: Array.from({ length: 20 }, (_, i) => ({ date: `2026-10-${String(20 - i).padStart(2, '0')}`, value: i })) } : m)) };
    const focus = metricFocus(many, 'm-ttfr');
    if (focus?.kind !== 'metric') throw new Error('not a metric');
    expect(focus.metric.recent).toHaveLength(12);
    expect(focus.metric.recent[0]!.date).toBe('2026-10-09');
    expect(focus.metric.recent.at(-1)!.date).toBe('2026-10-20');
  });

  it('text cut to the protocol’s limits, cleaned of control characters, never empty', () => {
    expect(fit('a\u0007b\u202ec', 10, 'x')).toBe('a b c');
    expect(fit('   ', 10, 'Untitled')).toBe('Untitled');
    expect(fit('abcdefghijkl', 5, 'x')).toBe('abcd…');
    expect(blockFocus(4, 'Classify', 900)).toEqual({ kind: 'block', day: 4, title: 'Classify', minutes: 480 });
  });

  it('open parking-lot items only, for dot voting', () => {
    const parked = { ...w, parkingLot: [
      { id: 'k1', text: 'Open one', raisedAt: '2026-11-02T09:00:00Z', status: 'open' as const },
      { id: 'k2', text: 'Done', raisedAt: '2026-11-02T09:00:00Z', status: 'resolved' as const },
    ] };
    expect(openItemsOf(parked)).toEqual([{ id: 'k1', text: 'Open one' }]);
  });
});
