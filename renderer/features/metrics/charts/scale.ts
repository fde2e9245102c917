/** Axis arithmetic for the charts: a padded value range with round tick values, and days as numbers. */

export interface Scale {
  readonly lo: number;
  readonly hi: number;
  readonly ticks: readonly number[];
}

/** A range covering `values` with a little air, and 3–6 ticks at round numbers (1, 2, 2.5 or 5 × 10ⁿ). */
export function niceScale(values: readonly number[], tickCount = 5): Scale {
  let lo = Math.min(...values), hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { lo: 0, hi: 1, ticks: [0, 1] };
  if (hi - lo < 1e-9) {
    const pad = Math.abs(lo) > 1e-9 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.30000000000000004 prints as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let t = first; t <= last + step / 2; t += step) ticks.push(Number(t.toFixed(digits)));
  return { lo: first, hi: last, ticks };
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (UTC, so time zones never move a point). */
export function dayOf(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
}

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Moves labels at `ys` apart so none are closer than `gap`, keeping their order and staying within [top, bottom]. */
export function spreadLabels(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = placed.length ? placed[placed.length - 1]! - bottom : 0;
  if (overflow > 0) for (let k = 0; k < placed.length; k++) placed[k] = placed[k]! - overflow;
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, top + k * gap);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => { out[o.i] = placed[k]!; });
  return out;
}
