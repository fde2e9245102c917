/**
 * Value axes of the charts: round tick values (1, 2 or 5 times a power of ten) across a range,
 * and their labels in the workbook's locale with as many digits as the step needs, so no two
 * ticks read alike. Any finite range works: halves are subtracted, since 1.8e308 − (−1.8e308)
 * is Infinity in doubles.
 */
import type { Formatter } from '../locale';

/** About `count` round values from `lo` to `hi` (both ends included when round), in order. */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi < lo) [lo, hi] = [hi, lo];
  const half = hi / 2 - lo / 2;
  if (!(half > 0)) return [lo];
  const raw = half / (count / 2);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  if (!Number.isFinite(step) || step <= 0) return [lo, hi];
  const out: number[] = [];
  const first = Math.ceil(lo / step);
  for (let k = 0; out.length < 12; k++) {
    const v = Number(((first + k) * step).toPrecision(12));
    if (!Number.isFinite(v) || v > hi) break;
    out.push(v);
  }
  return out;
}

/**
 * niceTicks widened by a step at either end that a value passes, so an axis runs from a
 * labelled value to a labelled value and no bar or point lies beyond the last label.
 */
export function coveringTicks(lo: number, hi: number, count = 4): number[] {
  const ticks = niceTicks(lo, hi, count);
  if (ticks.length < 2) return ticks;
  const step = ticks[1]! - ticks[0]!;
  // Not past the largest double: a range that wide keeps its innermost labels.
  const below = Number((ticks[0]! - step).toPrecision(12)), above = Number((ticks[ticks.length - 1]! + step).toPrecision(12));
  if (ticks[0]! > lo && Number.isFinite(below)) ticks.unshift(below);
  if (ticks[ticks.length - 1]! < hi && Number.isFinite(above)) ticks.push(above);
  return ticks;
}

/** A tick's label: the value in the locale, with the unit only when it is a percentage (other units title the axis). */
export function tickLabel(fmt: Formatter, value: number, unit: string): string {
  return fmt.value(value, unit === '%' ? '%' : '');
}

/** The axis title: the unit in words, or "value" when the metric has none. */
export function axisTitle(unit: string): string {
  return unit === '%' ? 'percent' : unit.trim() || 'value';
}
