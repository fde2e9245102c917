/**
 * Hostile clients: malformed JSON, oversized messages and frames, floods, wrong and expired
 * tokens, a participant pretending to be the facilitator, pages of other sites, after the room
 * ended. Each is refused with a reason and counted, and the room goes on serving the others.
 */
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectFacilitator } from '../../../../../shared/room';
import { ROOM_LIMITS } from '../../../../../shared/room/limits';
import { APP_ORIGIN, eventually, openTestRoom, RawParticipant, type TestRoom } from './room-fixture';

let room: TestRoom;
let ana: RawParticipant;
beforeEach(async () => {
  room = await openTestRoom();
  ana = await RawParticipant.joined(room.socketUrl, 'Ana');
});
afterEach(async () => {
  await room.close();
});

const refused = (code: string) => room.facilitator.view.counters.byCode[code as never] ?? 0;

/** The room still serves a well-behaved participant: Ana parks an item and the facilitator gets it. */
async function expectStillServing(): Promise<void> {
  const before = room.facilitator.view.inbox.length;
  ana.send({ type: 'park', text: `Still here ${before}` });
  await eventually(() => room.facilitator.view.inbox.length === before + 1, 'the room still takes Ana’s item');
}

describe('a malformed message', () => {
  it('refuses text that is not JSON, saying so, and keeps the socket', async () => {
    ana.send('{"type": "park", "text": ');
    const answer = await ana.next('refused');
    expect(answer.code).toBe('bad-json');
    expect(answer.reason).toMatch(/not JSON/);
    await eventually(() => refused('bad-json') === 1, 'the refusal is counted');
    expect(ana.closed).toBeNull();
    await expectStillServing();
  });

  it('names the field that breaks the schema', async () => {
    ana.send({ type: 'park', text: 'x'.repeat(ROOM_LIMITS.itemChars + 1), ref: 'long' });
    expect(await ana.next('refused')).toMatchObject({ code: 'bad-message', field: 'text', ref: 'long', reason: expect.stringMatching(/too long \(281 characters; at most 280\)/) });
    ana.send({ type: 'vote', voteId: 'v-1', tier: 'enormous', reason: 'x' });
    expect(await ana.next('refused')).toMatchObject({ code: 'bad-message', field: 'tier' });
    ana.send({ type: 'park', text: 'hi', admin: true });
    expect(await ana.next('refused')).toMatchObject({ code: 'bad-message', field: 'admin', reason: 'park: unknown field "admin".' });
    ana.send([1, 2]);
    expect(await ana.next('refused')).toMatchObject({ code: 'not-an-object' });
    ana.send({ type: 'hack' });
    expect(await ana.next('refused')).toMatchObject({ code: 'unknown-type', field: 'type' });
  });

  it('refuses binary frames', async () => {
    ana.ws.send(Buffer.from([1, 2, 3]));
    expect(await ana.next('refused')).toMatchObject({ code: 'binary' });
  });
});

describe('size and rate', () => {
  it('refuses a message over 4 KiB with its size, keeps the socket, and counts it', async () => {
    ana.send({ type: 'park', text: 'x'.repeat(5000) });
    const answer = await ana.next('refused');
    expect(answer).toMatchObject({ code: 'too-large' });
    expect(answer.reason).toMatch(/is 50\d\d bytes; a message may be at most 4096 bytes/);
    await eventually(() => refused('too-large') === 1, 'the refusal is counted');
    await expectStillServing();
  });

  it('closes a socket that sends a frame too large to read (1009) and counts it; the others go on', async () => {
    const mallory = await RawParticipant.joined(room.socketUrl, 'Mallory');
    mallory.ws.send('x'.repeat(ROOM_LIMITS.frameBytes + 10));
    expect((await mallory.whenClosed()).code).toBe(1009);
    await eventually(() => refused('frame-too-large') === 1, 'the frame is counted');
    await expectStillServing();
  });

  it('survives a flood: over the rate it refuses with a reason, then closes the flooding socket, and serves the others', async () => {
    const mallory = await RawParticipant.joined(room.socketUrl, 'Mallory');
    for (let i = 0; i < 2000 && mallory.ws.readyState === WebSocket.OPEN; i++) mallory.send({ type: 'park', text: `spam ${i}` });
    expect((await mallory.whenClosed(5000)).code).toBe(1008);
    const limited = mallory.received.filter((m) => m.type === 'refused' && m.code === 'rate-limited');
    expect(limited.length).toBeGreaterThanOrEqual(ROOM_LIMITS.floodRefusals);
    expect(limited[0]).toMatchObject({ reason: expect.stringMatching(/Too many messages: at most 3 a second/) });
    // Only the burst got through.
    const taken = mallory.received.filter((m) => m.type === 'ok').length;
    expect(taken).toBeLessThanOrEqual(ROOM_LIMITS.rateBurst + 1);
    await eventually(() => refused('flood') === 1 && refused('rate-limited') >= ROOM_LIMITS.floodRefusals, 'the flood is counted');
    await expectStillServing();
  });

  it('keeps the rate bucket across a reconnection: dropping the socket does not refill it', async () => {
    for (let i = 0; i < ROOM_LIMITS.rateBurst; i++) ana.send({ type: 'dot', itemId: 'none', on: false });
    ana.ws.terminate();
    const again = await RawParticipant.connect(room.socketUrl);
    again.send({ type: 'resume', token: ana.token });
    await again.next('welcome');
    again.send({ type: 'park', text: 'right away', ref: 'r' });
    expect(await again.next('refused')).toMatchObject({ code: 'rate-limited', ref: 'r' });
    again.close();
  });
});

describe('who may send what', () => {
  it('refuses facilitator messages from a participant, counted apart', async () => {
    ana.send({ type: 'show', id: 1, focus: { kind: 'welcome', title: 'Owned' } });
    expect(await ana.next('refused')).toMatchObject({ code: 'not-facilitator', reason: 'Only the facilitator can send "show".' });
    ana.send({ type: 'end', id: 2 });
    expect(await ana.next('refused')).toMatchObject({ code: 'not-facilitator' });
    ana.send({ type: 'hello', id: 3, token: room.status.facilitator.token });
    expect(await ana.next('refused')).toMatchObject({ code: 'not-facilitator' });
    await eventually(() => refused('not-facilitator') === 3, 'the attempts are counted');
    expect(room.facilitator.view.focus.kind).toBe('welcome');
  });

  it('refuses a guessed facilitator token and closes that socket', async () => {
    const guessed = await connectFacilitator({ url: room.status.facilitator.url, token: 'A'.repeat(43), socket: (url) => new WebSocket(url) as never, reconnectMs: 0 });
    expect(guessed).toMatchObject({ ok: false, error: { code: 'bad-facilitator-token' } });
    await eventually(() => refused('bad-facilitator-token') === 1, 'the guess is counted');
  });

  it('refuses a facilitator socket that talks before saying hello', async () => {
    const ws = new WebSocket(room.status.facilitator.url);
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send(JSON.stringify({ type: 'end', id: 1 }));
    expect(await closed).toBe(4004);
    expect(room.host.room?.isEnded).toBe(false);
  });

  it('refuses the facilitator socket to a page of another origin, even with the token', async () => {
    const ws = new WebSocket(room.status.facilitator.url, { headers: { Origin: 'http://evil.example' } });
    const status = await new Promise<number>((resolve) => ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(403);
    const fromApp = await connectFacilitator({ url: room.status.facilitator.url, token: room.status.facilitator.token, socket: (url) => new WebSocket(url, { headers: { Origin: APP_ORIGIN } }) as never, reconnectMs: 0 });
    expect(fromApp.ok).toBe(true);
    if (fromApp.ok) fromApp.value.close();
  });

  it('refuses the participant socket to a page of another site', async () => {
    await expect(RawParticipant.connect(room.socketUrl, { Origin: 'http://evil.example' })).rejects.toThrow(/HTTP 403/);
    await eventually(() => refused('foreign-origin') === 1, 'it is counted');
  });

  it('refuses a wrong room token, on the page and on the socket, and counts both', async () => {
    const wrong = room.socketUrl.replace(/\/j\/[0-9a-z]+\//, '/j/00000000000000000000000000/');
    await expect(RawParticipant.connect(wrong)).rejects.toThrow(/HTTP 404/);
    const page = await fetch(room.status.joinUrl.replace(/[0-9a-z]{26}$/, '0'.repeat(26)));
    expect(page.status).toBe(404);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    await eventually(() => refused('unknown-room') === 2, 'both are counted');
  });

  it('refuses a wrong participant token, and an expired one after the room ended', async () => {
    const stranger = await RawParticipant.connect(room.socketUrl);
    stranger.send({ type: 'resume', token: 'x'.repeat(43) });
    expect(await stranger.next('refused')).toMatchObject({ code: 'unknown-token', field: 'token' });
    stranger.send({ type: 'park', text: 'sneaking in' });
    expect(await stranger.next('refused')).toMatchObject({ code: 'not-joined' });
    stranger.close();

    const token = ana.token;
    await room.host.stop();
    const next = await room.host.start({ bind: 'loopback' });
    if (!next.ok) throw new Error(next.error.message);
    const socketUrl = `${next.value.joinUrl.replace('http:', 'ws:')}/ws`;
    const late = await RawParticipant.connect(socketUrl);
    late.send({ type: 'resume', token });
    expect(await late.next('refused')).toMatchObject({ code: 'unknown-token' });
    late.close();
  });

  it('answers only to its own address in the Host header', async () => {
    const { request } = await import('node:http');
    const url = new URL(room.status.joinUrl);
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port: url.port, path: url.pathname, headers: { Host: `rebound.example:${url.port}` } }, (res) => resolve(res.statusCode ?? 0)).on('error', reject).end();
    });
    expect(status).toBe(421);
  });

  it('serves only the page and the assets it links, never another file of the folder', async () => {
    const base = new URL(room.status.joinUrl);
    expect((await fetch(new URL('/assets/participant-test.js', base))).status).toBe(200);
    expect((await fetch(new URL('/assets/secret.txt', base))).status).toBe(404);
    expect((await fetch(new URL('/assets/../participant/index.html', base))).status).toBe(404);
    const page = await fetch(base);
    expect(page.headers.get('content-security-policy')).toBe(`default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' ws://${base.host}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
