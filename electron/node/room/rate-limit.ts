/**
 * A token bucket: `burst` messages at once, then `perSecond` steadily. One per participant (it
 * survives a reconnect, so dropping the socket does not refill it) and one per socket before it
 * has joined.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly burst: number, private readonly perSecond: number, now: number) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token; false when the bucket is empty (the message is refused). */
  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Counts events in a sliding window: a socket refused too often is flooding. */
export class WindowCounter {
  private times: number[] = [];

  constructor(private readonly limit: number, private readonly windowMs: number) {}

  /** Records one event; true when the window now holds more than `limit`. */
  add(now: number): boolean {
    this.times.push(now);
    while (this.times.length > 0 && this.times[0]! <= now - this.windowMs) this.times.shift();
    return this.times.length > this.limit;
  }
}
