/**
 * The room as the workshop uses it, over real sockets on loopback: participants join, see what
 * is up, vote hidden until the reveal, park items and propose observations into the inbox,
 * dot-vote; the facilitator locks, removes and ends, and every link and token dies with the room.
 */
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectFacilitator } from '../../../../../shared/room';
import { eventually, openTestRoom, RawParticipant, type TestRoom } from './room-fixture';

let room: TestRoom;
beforeEach(async () => {
  room = await openTestRoom();
});
afterEach(async () => {
  await room.close();
});

const decision = { kind: 'decision', decision: { id: 'd-refund', title: 'Refunds under 50 EUR', suggestedTier: 'medium' } } as const;

describe('joining', () => {
  it('welcomes a participant with a token and tells the facilitator who is in', async () => {
    const ana = await RawParticipant.joined(room.socketUrl, '  Ana   Lima ');
    const welcome = ana.received[0];
    expect(welcome).toMatchObject({ type: 'welcome', participant: { name: 'Ana Lima' }, room: { title: 'Day 4 workshop', focus: { kind: 'welcome' }, vote: null } });
    expect(ana.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await eventually(() => room.facilitator.view.participants.some((p) => p.name === 'Ana Lima' && p.connected), 'the facilitator sees Ana');
    ana.close();
  });

  it('lets a participant come back with their token after the socket dropped, as the same participant', async () => {
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    ana.ws.terminate();
    await eventually(() => room.facilitator.view.participants[0]?.connected === false, 'Ana shows as disconnected');
    const again = await RawParticipant.connect(room.socketUrl);
    again.send({ type: 'resume', token: ana.token });
    const welcome = await again.next('welcome');
    expect(welcome.participant.id).toBe(ana.id);
    await eventually(() => room.facilitator.view.participants[0]?.connected === true, 'Ana is back');
    expect(room.facilitator.view.participants).toHaveLength(1);
    again.close();
  });

  it('refuses new joins while the room is locked, but lets those inside resume', async () => {
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    expect(await room.facilitator.lock(true)).toEqual({ ok: true, value: undefined });
    const late = await RawParticipant.connect(room.socketUrl);
    late.send({ type: 'join', name: 'Late', ref: 'j1' });
    expect(await late.next('refused')).toMatchObject({ code: 'room-locked', ref: 'j1' });
    ana.ws.terminate();
    const back = await RawParticipant.connect(room.socketUrl);
    back.send({ type: 'resume', token: ana.token });
    await back.next('welcome');
    back.close();
    late.close();
  });
});

describe('what is up', () => {
  it('shows the facilitator’s focus to every participant, and only that', async () => {
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    await room.facilitator.show({ kind: 'block', day: 4, title: 'Classify the decisions', minutes: 45, timer: { running: true, remainingSeconds: 1200 } });
    expect((await ana.next('up')).focus).toEqual({ kind: 'block', day: 4, title: 'Classify the decisions', minutes: 45, timer: { running: true, remainingSeconds: 1200 } });
    expect(room.facilitator.view.focus.kind).toBe('block');
    ana.close();
  });

  it('refuses a focus that carries more than its schema (the whole workbook cannot be sent)', async () => {
    const answer = await room.facilitator.show({ kind: 'decision', decision: { id: 'd1', title: 'x', workbook: { people: [] } } } as never);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-message', field: 'focus.decision.workbook' } });
  });
});

describe('the tier vote', () => {
  it('needs the decision up before a vote opens on it', async () => {
    expect(await room.facilitator.openVote('d-refund')).toMatchObject({ ok: false, error: { code: 'not-up' } });
  });

  it('keeps votes hidden from everyone until the reveal, then shows a split vote with its reasons side by side', async () => {
    const [ana, ben, cy] = await Promise.all(['Ana', 'Ben', 'Cy'].map((n) => RawParticipant.joined(room.socketUrl, n)));
    await room.facilitator.show(decision);
    const opened = await room.facilitator.openVote('d-refund');
    if (!opened.ok) throw new Error(opened.error.reason);
    const { voteId } = opened.value;
    expect((await ana!.next('vote')).vote).toMatchObject({ voteId, state: 'open', title: 'Refunds under 50 EUR' });

    ana!.send({ type: 'vote', voteId, tier: 'low', reason: 'Reversible within a day', ref: 'v1' });
    ben!.send({ type: 'vote', voteId, tier: 'high', reason: 'Customer-facing money', ref: 'v1' });
    cy!.send({ type: 'vote', voteId, tier: 'high', reason: 'Regulator cares', ref: 'v1' });
    await Promise.all([ana!.next('ok'), ben!.next('ok'), cy!.next('ok')]);
    await eventually(() => room.facilitator.view.vote?.cast === 3, 'three votes are counted');
    // Before the reveal the facilitator (on the projector) sees who voted, never how.
    expect(room.facilitator.view.vote).toMatchObject({ cast: 3, eligible: 3, state: 'open' });
    expect(JSON.stringify(room.facilitator.view)).not.toMatch(/Reversible|high|low/);
    expect(ben!.received.some((m) => JSON.stringify(m).includes('Reversible'))).toBe(false);

    const revealed = await room.facilitator.revealVote(voteId);
    if (!revealed.ok) throw new Error(revealed.error.reason);
    expect(revealed.value).toMatchObject({ counts: { low: 1, medium: 0, high: 2 }, split: true, anonymous: false });
    expect(revealed.value.votes.map((v) => [v.tier, v.reason, v.from?.participantId])).toEqual([
      ['low', 'Reversible within a day', ana!.id], ['high', 'Customer-facing money', ben!.id], ['high', 'Regulator cares', cy!.id],
    ]);
    const seen = (await ben!.next('vote')).vote;
    expect(seen?.state).toBe('revealed');
    expect(seen?.result).toMatchObject({ split: true, counts: { low: 1, medium: 0, high: 2 } });
    expect(seen?.result?.votes).toEqual([
      { tier: 'low', reason: 'Reversible within a day', name: 'Ana' },
      { tier: 'high', reason: 'Customer-facing money', name: 'Ben' },
      { tier: 'high', reason: 'Regulator cares', name: 'Cy' },
    ]);
    ana!.send({ type: 'vote', voteId, tier: 'medium', reason: 'Changed my mind', ref: 'v2' });
    expect(await ana!.next('refused')).toMatchObject({ code: 'vote-closed', ref: 'v2' });
    for (const p of [ana, ben, cy]) p!.close();
  });

  it('lets a participant change their vote while it is open; an anonymous vote never carries a name', async () => {
    await room.facilitator.setAnonymous('vote', true);
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    await room.facilitator.show(decision);
    const opened = await room.facilitator.openVote('d-refund');
    const voteId = opened.ok ? opened.value.voteId : '';
    ana.send({ type: 'vote', voteId, tier: 'low', reason: 'First thought', ref: 'a' });
    ana.send({ type: 'vote', voteId, tier: 'medium', reason: 'Second thought', ref: 'b' });
    await ana.next('ok');
    await ana.next('ok');
    await eventually(() => room.facilitator.view.vote?.cast === 1, 'one vote is counted');
    expect(room.facilitator.view.vote?.voted).toBeUndefined();
    const revealed = await room.facilitator.revealVote(voteId);
    expect(revealed.ok && revealed.value.votes).toEqual([{ tier: 'medium', reason: 'Second thought' }]);
    expect(revealed.ok && revealed.value.anonymous).toBe(true);
    expect(revealed.ok && revealed.value.split).toBe(false);
    ana.close();
  });
});

describe('the inbox', () => {
  it('brings a parking-lot item to the facilitator with its sender, and tells the sender when it is accepted', async () => {
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    ana.send({ type: 'park', text: 'Who signs off the <b>refund</b> limit?', ref: 'p1' });
    const ok = await ana.next('ok');
    expect(ok.itemId).toMatch(/^i-/);
    await eventually(() => room.facilitator.view.inbox.length === 1, 'the item arrives');
    expect(room.facilitator.view.inbox[0]).toMatchObject({ kind: 'parking', text: 'Who signs off the <b>refund</b> limit?', from: { participantId: ana.id, name: 'Ana' } });
    expect(await room.facilitator.accept(ok.itemId!)).toEqual({ ok: true, value: undefined });
    await eventually(() => ana.received.some((m) => m.type === 'submission' && m.submission.status === 'accepted'), 'Ana hears it was accepted');
    expect(room.facilitator.view.inbox).toEqual([]);
    expect(await room.facilitator.reject(ok.itemId!)).toMatchObject({ ok: false, error: { code: 'unknown-item' } });
    ana.close();
  });

  it('keeps the sender’s name from the facilitator in anonymous mode', async () => {
    await room.facilitator.setAnonymous('parking', true);
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    ana.send({ type: 'park', text: 'Is the pilot’s data GDPR-cleared?' });
    await eventually(() => room.facilitator.view.inbox.length === 1, 'the item arrives');
    expect(room.facilitator.view.inbox[0]).not.toHaveProperty('from');
    expect(JSON.stringify(room.facilitator.view.inbox)).not.toContain(ana.id);
    ana.close();
  });

  it('takes an observation only for the metric that is up', async () => {
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    ana.send({ type: 'propose', metricId: 'm-aht', date: '2026-03-02', value: 7.5, ref: 'o1' });
    expect(await ana.next('refused')).toMatchObject({ code: 'not-up', field: 'metricId', ref: 'o1' });
    await room.facilitator.show({ kind: 'metric', metric: { id: 'm-aht', name: 'Handling time', unit: 'min', direction: 'decrease', baseline: 9, recent: [] } });
    ana.send({ type: 'propose', metricId: 'm-aht', date: '2026-03-02', value: 7.5, ref: 'o2' });
    await ana.next('ok');
    await eventually(() => room.facilitator.view.inbox.length === 1, 'the observation arrives');
    expect(room.facilitator.view.inbox[0]).toMatchObject({ kind: 'observation', metricId: 'm-aht', date: '2026-03-02', value: 7.5 });
    expect(ana.received.find((m) => m.type === 'submission')).toMatchObject({ submission: { kind: 'observation', summary: 'Handling time: 7.5 min on 2026-03-02' } });
    ana.close();
  });

  it('answers a message resent with the same ref without taking it twice', async () => {
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    ana.send({ type: 'park', text: 'Once', ref: 'same' });
    const first = await ana.next('ok');
    ana.send({ type: 'park', text: 'Once', ref: 'same' });
    const second = await ana.next('ok');
    expect(second).toEqual(first);
    await new Promise((r) => setTimeout(r, 100));
    expect(room.facilitator.view.inbox).toHaveLength(1);
    ana.close();
  });
});

describe('dot voting', () => {
  it('gives each participant their dots, one per item, and the facilitator only the counts', async () => {
    const [ana, ben] = await Promise.all(['Ana', 'Ben'].map((n) => RawParticipant.joined(room.socketUrl, n)));
    await room.facilitator.setOpenItems([{ id: 'k1', text: 'Budget owner?' }, { id: 'k2', text: 'Legal review' }, { id: 'k3', text: 'Data retention' }], 2);
    expect((await ana!.next('openItems')).dots).toBe(2);
    for (const [p, item] of [[ana, 'k1'], [ana, 'k2'], [ben, 'k1']] as const) {
      p!.send({ type: 'dot', itemId: item, on: true });
      await p!.next('ok');
    }
    ana!.send({ type: 'dot', itemId: 'k3', on: true, ref: 'third' });
    expect(await ana!.next('refused')).toMatchObject({ code: 'no-dots-left', ref: 'third' });
    await eventually(() => room.facilitator.view.tallies.find((t) => t.itemId === 'k1')?.count === 2, 'k1 has two dots');
    expect(room.facilitator.view.tallies).toEqual([{ itemId: 'k1', count: 2 }, { itemId: 'k2', count: 1 }, { itemId: 'k3', count: 0 }]);
    ana!.close();
    ben!.close();
  });
});

describe('the facilitator’s client', () => {
  it('reconnects by itself after its socket dropped, and gets the whole room again', async () => {
    const sockets: WebSocket[] = [];
    const connected = await connectFacilitator({
      url: room.status.facilitator.url, token: room.status.facilitator.token, reconnectMs: 50,
      socket: (url) => {
        const ws = new WebSocket(url);
        sockets.push(ws);
        return ws as never;
      },
    });
    if (!connected.ok) throw new Error(connected.error.reason);
    const client = connected.value;
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    sockets[0]!.terminate();
    await eventually(() => client.view.connection === 'reconnecting', 'the client notices');
    ana.send({ type: 'park', text: 'Sent while the facilitator was away' });
    await eventually(() => client.view.connection === 'open' && sockets.length === 2, 'the client is back');
    await eventually(() => client.view.inbox.some((i) => i.kind === 'parking' && i.text === 'Sent while the facilitator was away'), 'the item is in its inbox');
    expect(client.view.participants.map((p) => p.name)).toEqual(['Ana']);
    expect(await client.lock(true)).toEqual({ ok: true, value: undefined });
    client.close();
    await eventually(() => client.view.connection === 'closed', 'it stays closed after close()');
    ana.close();
  });
});

describe('the facilitator stays in control', () => {
  it('removes a participant: their socket closes and their token dies', async () => {
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    expect(await room.facilitator.remove(ana.id)).toEqual({ ok: true, value: undefined });
    expect(await ana.whenClosed()).toMatchObject({ code: 4003 });
    expect(ana.received.at(-1)).toMatchObject({ type: 'bye', reason: 'removed' });
    const back = await RawParticipant.connect(room.socketUrl);
    back.send({ type: 'resume', token: ana.token });
    expect(await back.next('refused')).toMatchObject({ code: 'removed' });
    await eventually(() => room.facilitator.view.participants.length === 0, 'Ana is gone from the list');
    back.close();
  });

  it('ends the room: every socket closes, the link and the tokens are dead, the port is closed', async () => {
    const ana = await RawParticipant.joined(room.socketUrl, 'Ana');
    const page = await fetch(room.status.joinUrl);
    expect(page.status).toBe(200);
    await room.facilitator.end();
    expect(await ana.whenClosed()).toMatchObject({ code: 4000 });
    expect(ana.received.at(-1)).toMatchObject({ type: 'bye', reason: 'ended' });
    await eventually(() => room.facilitator.view.connection === 'ended', 'the facilitator sees the end');
    expect(room.host.status()).toMatchObject({ open: false });
    await expect(fetch(room.status.joinUrl)).rejects.toThrow();
    await expect(RawParticipant.connect(room.socketUrl)).rejects.toThrow();
  });

  it('starts the next room with new tokens: the old link does not open it', async () => {
    const oldLink = room.status.joinUrl;
    await room.host.stop();
    const next = await room.host.start({ bind: 'loopback' });
    if (!next.ok) throw new Error(next.error.message);
    expect(next.value.joinUrl).not.toBe(oldLink);
    expect(next.value.facilitator.token).not.toBe(room.status.facilitator.token);
    const oldToken = oldLink.split('/j/')[1]!;
    const stale = await fetch(`http://127.0.0.1:${next.value.port}/j/${oldToken}`);
    expect(stale.status).toBe(404);
    expect(await stale.text()).toMatch(/room link is not valid/);
  });
});
