/**
 * Issue 14: the workshop room under a full room for two minutes. Thirty simulated participants
 * on loopback vote, park items, dot-vote and propose observations every couple of seconds, and
 * each drops its connection now and then and resumes; the facilitator's client cycles what is up
 * (a decision with a vote it reveals, a metric, a timed block with dot voting) and accepts the
 * inbox as it fills. The server runs in its own process.
 *
 * Reported: messages lost (taken by the room but never seen by the facilitator, or never
 * answered; the goal is 0) and duplicates; the facilitator client's receive latency (from a
 * participant sending an item to the facilitator's client having it, and the server-to-client
 * leg alone); the server's handling time per message; its memory at the start and the end.
 * ROOM_BENCH_SECONDS shortens the run (default 120). Then room-app.bench.ts puts the same load on
 * the facilitator's app in Chromium and reports its frame time.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { connectFacilitator, type FacilitatorClient, type OpenRoomStatus } from '../../shared/room';
import { quantile } from './harness';
import { itemSentAt, SimulatedParticipant } from './room-participant';

const PARTICIPANTS = 30;
const SECONDS = Number(process.env.ROOM_BENCH_SECONDS ?? 120);

interface Stats {
  memory: NodeJS.MemoryUsage;
  handling: { count: number; p50: number; p95: number; max: number };
  handled: { participant: number; facilitator: number };
  refused: { total: number; byCode: Record<string, number> };
}

function ask(child: ChildProcess): Promise<Stats> {
  return new Promise((resolve) => {
    const on = (m: { type: string } & Stats) => {
      if (m.type !== 'stats') return;
      child.off('message', on);
      resolve(m);
    };
    child.on('message', on);
    child.send({ type: 'stats' });
  });
}

/** A small seeded generator, so a run's actions are the same each time. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** The facilitator's day in a loop: a decision and its vote, a metric, a block with dot voting. */
async function facilitate(f: FacilitatorClient, until: number): Promise<{ votesRevealed: number; revealed: Map<string, number>; settled: number }> {
  const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
  let round = 0;
  let votesRevealed = 0;
  let settled = 0;
  const revealed = new Map<string, number>();
  const accept = async () => {
    for (const item of f.view.inbox) if ((await f.accept(item.id)).ok) settled++;
  };
  while (Date.now() < until - 2000) {
    round++;
    await f.show({ kind: 'decision', decision: { id: `d-${round}`, title: `Decision ${round}`, suggestedTier: 'medium' } });
    const opened = await f.openVote(`d-${round}`);
    for (let t = 0; t < 8 && Date.now() < until - 2000; t++) {
      await sleep(1000);
      await accept();
    }
    if (opened.ok) {
      const result = await f.revealVote(opened.value.voteId);
      if (result.ok) {
        votesRevealed++;
        revealed.set(opened.value.voteId, result.value.votes.length);
      }
    }
    await f.show({ kind: 'metric', metric: { id: `m-${round}`, name: 'Handling time', unit: 'min', direction: 'decrease', recent: [] } });
    for (let t = 0; t < 4 && Date.now() < until - 2000; t++) {
      await sleep(1000);
      await accept();
    }
    await f.show({ kind: 'block', day: 4, title: `Block ${round}`, minutes: 30, timer: { running: true, remainingSeconds: 1500 } });
    await f.setOpenItems(Array.from({ length: 8 }, (_, i) => ({ id: `k${i}`, text: `Open item ${i}` })), 3);
    for (let t = 0; t < 4 && Date.now() < until - 2000; t++) {
      await sleep(1000);
      await accept();
    }
    await f.setOpenItems([], 0);
  }
  await accept();
  return { votesRevealed, revealed, settled };
}

export async function runRoomBench(): Promise<void> {
  console.log(`\nroom: ${PARTICIPANTS} participants on loopback for ${SECONDS} s (server in its own process)`);
  const child = fork(fileURLToPath(new URL('./room-server.child.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const status = await new Promise<OpenRoomStatus>((resolve) => child.once('message', (m: { status: OpenRoomStatus }) => resolve(m.status)));
  const atStart = await ask(child);

  const connected = await connectFacilitator({ url: status.facilitator.url, token: status.facilitator.token, socket: (u) => new WebSocket(u) as never });
  if (!connected.ok) throw new Error(connected.error.reason);
  const f = connected.value;
  const received = new Map<string, number>();
  const latency: number[] = [];
  const transit: number[] = [];
  let facilitatorMessages = 0;
  f.onMessage((message, receivedAt) => {
    facilitatorMessages++;
    transit.push(receivedAt - message.at);
    if (message.type === 'item' && message.item.kind === 'parking') {
      received.set(message.item.text, (received.get(message.item.text) ?? 0) + 1);
      const sent = itemSentAt.get(message.item.text);
      if (sent !== undefined) latency.push(receivedAt - sent);
    }
  });

  const socketUrl = `${status.joinUrl.replace('http:', 'ws:')}/ws`;
  const people = Array.from({ length: PARTICIPANTS }, (_, i) => new SimulatedParticipant(socketUrl, `P${String(i + 1).padStart(2, '0')}`, seeded(i + 1)));
  await Promise.all(people.map((p) => p.connect()));
  const joined = await ask(child);

  const until = Date.now() + SECONDS * 1000;
  // Each acts every 1.5–3 s and drops its connection every 20–40 s.
  const timers = people.flatMap((p, i) => {
    const random = seeded(100 + i);
    const act = setInterval(() => p.act(), 1500 + random() * 1500);
    const blip = setInterval(() => p.blip(), 20_000 + random() * 20_000);
    return [act, blip];
  });
  const day = await facilitate(f, until);
  for (const t of timers) clearInterval(t);
  // Let the last answers and resends arrive.
  const grace = Date.now() + 5000;
  while (Date.now() < grace && people.some((p) => p.unanswered > 0)) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 500));
  const atEnd = await ask(child);

  const taken = people.flatMap((p) => [...p.acceptedItems.keys()]);
  const lostItems = taken.filter((text) => !received.has(text));
  const duplicates = [...received.values()].filter((n) => n > 1).length;
  const unanswered = people.reduce((n, p) => n + p.unanswered, 0);
  // A vote the room said ok to must be in the revealed result of its vote.
  let lostVotes = 0;
  for (const [voteId, count] of day.revealed) lostVotes += Math.max(0, people.filter((p) => p.votes.has(voteId)).length - count);
  const lost = lostItems.length + unanswered + lostVotes;
  const sent = people.reduce((n, p) => n + p.sent, 0);
  const reconnects = people.reduce((n, p) => n + p.reconnects, 0);
  const refusedByParticipants = new Map<string, number>();
  for (const p of people) for (const [code, n] of p.refused) refusedByParticipants.set(code, (refusedByParticipants.get(code) ?? 0) + n);
  latency.sort((a, b) => a - b);
  transit.sort((a, b) => a - b);

  console.log(`  sent by participants: ${sent} messages (${taken.length} parking-lot items taken), ${reconnects} reconnections`);
  console.log(`  messages lost: ${lost} (items taken but never at the facilitator: ${lostItems.length}; votes taken but not in the reveal: ${lostVotes}; messages never answered: ${unanswered})  goal 0: ${lost === 0 ? 'met' : 'MISSED'}`);
  console.log(`  duplicates at the facilitator: ${duplicates}`);
  console.log(`  votes revealed: ${day.votesRevealed} (${[...day.revealed.values()].reduce((a, b) => a + b, 0)} ballots); inbox items accepted: ${day.settled}`);
  console.log(`  refusals seen by participants: ${JSON.stringify(Object.fromEntries(refusedByParticipants))}; counted by the server: ${JSON.stringify(atEnd.refused.byCode)}`);
  console.log(`  facilitator client: ${facilitatorMessages} messages received`);
  console.log(`    participant → facilitator (an item, send to receipt): median ${ms(quantile(latency, 0.5))}  p95 ${ms(quantile(latency, 0.95))}  max ${ms(latency.at(-1) ?? NaN)}  (${latency.length} items)`);
  console.log(`    server → facilitator client (every message):          median ${ms(quantile(transit, 0.5))}  p95 ${ms(quantile(transit, 0.95))}  max ${ms(transit.at(-1) ?? NaN)}`);
  console.log(`  server handling per message: median ${atEnd.handling.p50.toFixed(3)} ms  p95 ${atEnd.handling.p95.toFixed(3)} ms  max ${atEnd.handling.max.toFixed(1)} ms  (${atEnd.handling.count} messages; ${atEnd.handled.participant} from participants, ${atEnd.handled.facilitator} from the facilitator)`);
  console.log(`  server memory: start RSS ${mib(atStart.memory.rss)} heap ${mib(atStart.memory.heapUsed)}; ${PARTICIPANTS} joined RSS ${mib(joined.memory.rss)} heap ${mib(joined.memory.heapUsed)}; end RSS ${mib(atEnd.memory.rss)} heap ${mib(atEnd.memory.heapUsed)}`);

  for (const p of people) p.stop();
  f.close();
  child.send({ type: 'stop' });
  await new Promise((r) => child.once('exit', r));

  // The same load on the facilitator's app: its frame time while the panel runs the room.
  await (await import('./room-app.bench')).runRoomAppBench();
}
