/**
 * Counts what the room refused, by code, and tells the facilitator at most four times a second
 * (a flood of refusals must not become a flood of updates on the facilitator's screen). Also
 * keeps the server's own figures for the bench: messages handled and how long each took.
 */
import type { RefusalCode, RefusalCounters } from '../../../shared/room';

export class RoomCounters {
  private total = 0;
  private readonly byCode: Partial<Record<RefusalCode, number>> = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Messages taken, each side. */
  handled = { participant: 0, facilitator: 0 };
  private readonly durations = new Float64Array(20_000);
  private samples = 0;

  constructor(private readonly notify: (counters: RefusalCounters) => void, private readonly intervalMs = 250) {}

  refuse(code: RefusalCode): void {
    this.total++;
    this.byCode[code] = (this.byCode[code] ?? 0) + 1;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.notify(this.snapshot());
    }, this.intervalMs);
  }

  snapshot(): RefusalCounters {
    return { total: this.total, byCode: { ...this.byCode } };
  }

  /** Records how long one message took to handle, in milliseconds (a ring of the last 20,000). */
  time(ms: number): void {
    this.durations[this.samples % this.durations.length] = ms;
    this.samples++;
  }

  /** The median and 95th percentile of the handling times kept, in milliseconds. */
  handlingTimes(): { readonly count: number; readonly p50: number; readonly p95: number; readonly max: number } {
    const kept = Array.from(this.durations.subarray(0, Math.min(this.samples, this.durations.length))).sort((a, b) => a - b);
    const at = (q: number) => kept.length === 0 ? 0 : kept[Math.min(kept.length - 1, Math.floor(q * kept.length))]!;
    return { count: this.samples, p50: at(0.5), p95: at(0.95), max: kept[kept.length - 1] ?? 0 };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
