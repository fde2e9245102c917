/**
 * A simulated participant for the room bench: joins, then acts like a person on a phone (a vote
 * when one is open, a parking-lot item, a dot, an observation for the metric that is up) every
 * couple of seconds, and now and then loses its connection and resumes with its token, sending
 * again whatever was not yet answered, as the participant page does.
 */
import WebSocket from 'ws';
import type { ServerToParticipant } from '../../shared/room';

/** When each parking-lot item (by its text, unique in a run) was first sent, across all participants. */
export const itemSentAt = new Map<string, number>();

export interface SentItem { readonly text: string; readonly sentAt: number }

export class SimulatedParticipant {
  private ws: WebSocket | null = null;
  private token = '';
  private seq = 0;
  private joined = false;
  private stopped = false;
  private readonly outbox = new Map<string, object>();
  /** Parking-lot items the room said ok to, by text, with when they were first sent. */
  readonly acceptedItems = new Map<string, SentItem>();
  /** Votes the room said ok to: vote id → tier. */
  readonly votes = new Map<string, string>();
  readonly refused = new Map<string, number>();
  sent = 0;
  reconnects = 0;
  private voteId: string | null = null;
  private voteOpen = false;
  private metricId: string | null = null;
  private openItems: string[] = [];
  private dots = new Set<string>();
  private readonly firstSent = new Map<string, number>();

  constructor(private readonly url: string, readonly name: string, private readonly random: () => number) {}

  connect(): Promise<void> {
    return new Promise((resolve) => {
      const ws = new WebSocket(this.url);
      this.ws = ws;
      ws.on('open', () => ws.send(JSON.stringify(this.token ? { type: 'resume', token: this.token } : { type: 'join', name: this.name })));
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as ServerToParticipant;
        if (message.type === 'welcome') {
          this.token = message.token;
          this.joined = true;
          this.take(message.room.vote ? { type: 'vote', vote: message.room.vote } : null);
          this.take({ type: 'up', focus: message.room.focus });
          this.take({ type: 'openItems', items: message.room.openItems, dots: message.room.dots, myDots: message.room.myDots });
          for (const [ref, body] of this.outbox) ws.send(JSON.stringify({ ...body, ref }));
          resolve();
          return;
        }
        this.take(message);
      });
      ws.on('close', () => {
        this.joined = false;
        if (this.ws === ws && !this.stopped) setTimeout(() => void this.connect(), 200);
      });
      ws.on('error', () => undefined);
    });
  }

  private take(message: ServerToParticipant | null): void {
    if (!message) return;
    if (message.type === 'vote') {
      this.voteId = message.vote?.voteId ?? null;
      this.voteOpen = message.vote?.state === 'open';
    } else if (message.type === 'up') {
      this.metricId = message.focus.kind === 'metric' ? message.focus.metric.id : null;
    } else if (message.type === 'openItems') {
      this.openItems = message.items.map((i) => i.id);
      this.dots = new Set(message.myDots);
    } else if (message.type === 'ok' || message.type === 'refused') {
      if (message.ref === undefined) return;
      const body = this.outbox.get(message.ref) as { type: string; text?: string; voteId?: string; tier?: string } | undefined;
      if (message.type === 'refused') this.refused.set(message.code, (this.refused.get(message.code) ?? 0) + 1);
      if (message.type === 'refused' && message.code === 'rate-limited') {
        // As the page does: the same message again a moment later.
        setTimeout(() => this.ws?.send(JSON.stringify({ ...body, ref: message.ref })), 1000);
        return;
      }
      this.outbox.delete(message.ref);
      if (message.type === 'ok' && body?.type === 'park') this.acceptedItems.set(body.text!, { text: body.text!, sentAt: this.firstSent.get(message.ref)! });
      if (message.type === 'ok' && body?.type === 'vote') this.votes.set(body.voteId!, body.tier!);
    }
  }

  /** One action, chosen as a person in the room would. */
  act(): void {
    if (!this.joined) return;
    const r = this.random();
    if (this.voteOpen && this.voteId && !this.votes.has(this.voteId) && r < 0.6) {
      const tier = ['low', 'medium', 'high'][Math.floor(this.random() * 3)]!;
      return this.send({ type: 'vote', voteId: this.voteId, tier, reason: `${this.name} thinks ${tier} because of reason ${this.seq}` });
    }
    if (this.metricId && r < 0.5) return this.send({ type: 'propose', metricId: this.metricId, date: '2026-03-02', value: Math.round(this.random() * 100) / 10 });
    if (this.openItems.length > 0 && r < 0.7) {
      const item = this.openItems[Math.floor(this.random() * this.openItems.length)]!;
      return this.send({ type: 'dot', itemId: item, on: !this.dots.has(item) });
    }
    this.send({ type: 'park', text: `${this.name} item ${this.seq}` });
  }

  private send(body: object): void {
    const ref = `${this.name}-${this.seq++}`;
    this.outbox.set(ref, body);
    this.firstSent.set(ref, Date.now());
    if ((body as { type: string }).type === 'park') itemSentAt.set((body as { text: string }).text, Date.now());
    this.sent++;
    this.ws?.send(JSON.stringify({ ...body, ref }));
  }

  /** Drops the connection as a phone on bad Wi-Fi would; it comes back by itself. */
  blip(): void {
    this.reconnects++;
    this.ws?.terminate();
  }

  get unanswered(): number {
    return this.outbox.size;
  }

  stop(): void {
    this.stopped = true;
    this.ws?.close();
  }
}
