/**
 * One metric as a figure: baseline, target and latest value as bars on a value axis on the
 * left, and the trend of its observations on the right against the baseline, target and kill
 * lines, with a value axis in the metric's unit and the first and last dates. Values print with
 * every digit they were entered with ("2.406 breaches 2.41"), ticks with as many as their step
 * needs. Drawn at print size (466 points, the narrowest text width), every text 7 pt or more.
 */
import type { Metric } from '../../model';
import type { MetricScore } from '../../logic';
import type { Formatter } from '../locale';
import type { Figure, Shape } from '../types';
import { axisTitle, coveringTicks, tickLabel } from './axis';
import { estimateWidth } from './map/measure';
import { AMBER, BAR, GREEN, GRID, INK, MUTED, RED } from './palette';

const WIDTH = 466;
const HEIGHT = 150;
const TEXT = 7;
const TITLE = 7.5;
const LH = TEXT * 1.2;
/** The bars' panel: labels, bars, and the values in a column of their own. */
const BARS = { label: 0, from: 46, to: 132, value: 136, end: 190 };
/** The trend's plot area. */
const PLOT = { left: 252, right: WIDTH - 4, top: 28, bottom: HEIGHT - 30 };

const STATUS_COLOUR = { green: GREEN, amber: AMBER, red: RED, 'no-data': MUTED } as const;

export function metricFigure(m: Metric, score: MetricScore, fmt: Formatter): Figure {
  return { width: WIDTH, height: HEIGHT, shapes: [...bars(m, score, fmt), ...trend(m, fmt)] };
}

function bars(m: Metric, score: MetricScore, fmt: Formatter): Shape[] {
  const rows: { label: string; value: number | undefined; colour: string }[] = [
    { label: 'Baseline', value: m.baseline?.value, colour: MUTED },
    { label: 'Target', value: m.target?.value, colour: GREEN },
    { label: 'Latest', value: score.latest ?? undefined, colour: STATUS_COLOUR[score.status] },
  ];
  const shapes: Shape[] = [{ kind: 'text', x: 0, y: 0, text: 'Baseline, target, latest', size: TITLE, bold: true, color: INK }];
  const values = rows.flatMap((r) => (r.value === undefined ? [] : [r.value]));
  const ticks = coveringTicks(Math.min(0, ...values), Math.max(0, ...values), 3);
  const lo = Math.min(0, ticks[0] ?? 0, ...values), hi = Math.max(0, ticks[ticks.length - 1] ?? 0, ...values);
  const half = hi / 2 - lo / 2;
  const x = (v: number): number => (half > 0 ? BARS.from + ((v / 2 - lo / 2) / half) * (BARS.to - BARS.from) : BARS.from);
  const axisY = 18 + rows.length * 24;
  rows.forEach((r, i) => {
    const y = 18 + i * 24;
    shapes.push({ kind: 'text', x: 0, y: y + 3, text: r.label, size: TEXT, color: INK });
    if (r.value === undefined) {
      shapes.push({ kind: 'text', x: BARS.value, y: y + 3, text: r.label === 'Latest' ? 'no observation yet' : 'not set', size: TEXT, color: MUTED });
      return;
    }
    const a = x(Math.min(0, r.value)), b = x(Math.max(0, r.value));
    shapes.push({ kind: 'rect', x: a, y, w: Math.max(1.5, b - a), h: 14, radius: 2, fill: r.colour });
    shapes.push({ kind: 'text', x: BARS.value, y: y + 3, text: fmt.value(r.value, m.unit), size: TEXT, color: INK, maxWidth: BARS.end - BARS.value, maxLines: 2 });
  });
  if (values.length === 0) return shapes;
  shapes.push({ kind: 'polyline', points: [[BARS.from, axisY], [BARS.to, axisY]], stroke: { color: MUTED, width: 0.6 } });
  if (lo < 0) shapes.push({ kind: 'polyline', points: [[x(0), 14], [x(0), axisY]], stroke: { color: MUTED, width: 0.6 } });
  // Tick labels far enough apart to read: the first, the last, and what fits between.
  let lastEnd = -Infinity;
  for (const t of ticks) {
    const label = tickLabel(fmt, t, m.unit);
    const w = estimateWidth(label, TEXT);
    const cx = x(t);
    if (cx - w / 2 < lastEnd + 4) continue;
    shapes.push({ kind: 'polyline', points: [[cx, axisY], [cx, axisY + 3]], stroke: { color: MUTED, width: 0.6 } });
    shapes.push({ kind: 'text', x: cx, y: axisY + 4, text: label, size: TEXT, color: MUTED, align: 'center' });
    lastEnd = cx + w / 2;
  }
  shapes.push({ kind: 'text', x: (BARS.from + BARS.to) / 2, y: axisY + 5 + LH, text: axisTitle(m.unit), size: TEXT, color: MUTED, align: 'center' });
  return shapes;
}

function trend(m: Metric, fmt: Formatter): Shape[] {
  const { left, right, top, bottom } = PLOT;
  const shapes: Shape[] = [{ kind: 'text', x: BARS.end + 14, y: 0, text: 'Trend of observations', size: TITLE, bold: true, color: INK }];
  const obs = [...m.observations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  shapes.push({ kind: 'rect', x: left, y: top, w: right - left, h: bottom - top, stroke: { color: GRID, width: 0.8 } });
  if (obs.length === 0) {
    shapes.push({ kind: 'text', x: (left + right) / 2, y: (top + bottom) / 2 - 4, text: 'No observations yet', size: TITLE, color: MUTED, align: 'center' });
    return shapes;
  }
  const lines = [
    { v: m.baseline?.value, colour: MUTED, label: 'baseline' },
    { v: m.target?.value, colour: GREEN, label: 'target' },
    { v: m.kill?.threshold, colour: RED, label: 'kill' },
  ].filter((l): l is { v: number; colour: string; label: string } => l.v !== undefined);
  const values = [...obs.map((o) => o.value), ...lines.map((l) => l.v)];
  // The value axis: round values across what the plot shows, in the metric's unit, from a
  // labelled value below the lowest to one above the highest.
  let lo = Infinity, hi = -Infinity;
  for (const v of values) { if (v < lo) lo = v; if (v > hi) hi = v; }
  const ticks = coveringTicks(lo, hi, 4);
  const py = verticalScale(ticks.length > 1 ? [...values, ticks[0]!, ticks[ticks.length - 1]!] : values, top, bottom);
  let lastTop = Infinity;
  for (const t of ticks.filter((v) => py(v) >= top - 0.01 && py(v) <= bottom + 0.01)) {
    const y = py(t);
    // Never on the next tick's label, nor on the axis title above the plot.
    if (y + LH / 2 > lastTop - 1 || y - LH / 2 < top - 1) continue;
    shapes.push({ kind: 'polyline', points: [[left, y], [right, y]], stroke: { color: GRID, width: 0.5 } });
    shapes.push({ kind: 'text', x: left - 4, y: y - LH / 2, text: tickLabel(fmt, t, m.unit), size: TEXT, color: MUTED, align: 'right', maxWidth: left - BARS.end - 18, maxLines: 1 });
    lastTop = y - LH / 2;
  }
  shapes.push({ kind: 'text', x: left - 4, y: top - LH - 2, text: axisTitle(m.unit), size: TEXT, color: MUTED, align: 'right', maxWidth: left - BARS.end - 18, maxLines: 1 });
  const day = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
  const d0 = day(obs[0]!.date), d1 = day(obs[obs.length - 1]!.date);
  const px = (d: string) => (d1 === d0 ? (left + right) / 2 : left + 6 + ((day(d) - d0) / (d1 - d0)) * (right - left - 12));

  // Reference lines, each named with its value at the plot's right end, the names kept apart.
  const placed: number[] = [];
  for (const l of [...lines].sort((a, b) => py(a.v) - py(b.v))) {
    const y = py(l.v);
    shapes.push({ kind: 'polyline', points: [[left, y], [right, y]], stroke: { color: l.colour, width: 0.8, dash: [3, 2] } });
    // Above its line, or below it where the plot's top leaves no room: never on it.
    let labelTop = y - LH - 1 >= top + 1 ? y - LH - 1 : y + 1;
    while (placed.some((p) => labelTop < p + LH + 1 && labelTop > p - LH - 1)) labelTop = Math.max(...placed.filter((p) => labelTop < p + LH + 1 && labelTop > p - LH - 1)) + LH + 1;
    if (labelTop + LH > bottom - 1) continue;
    placed.push(labelTop);
    shapes.push({ kind: 'text', x: right - 3, y: labelTop, text: `${l.label} ${fmt.value(l.v, m.unit)}`, size: TEXT, color: l.colour, align: 'right', maxWidth: (right - left) / 2, maxLines: 1 });
  }
  if (obs.length > 1) shapes.push({ kind: 'polyline', points: obs.map((o) => [px(o.date), py(o.value)] as [number, number]), stroke: { color: BAR, width: 1.4 } });
  for (const o of obs.length <= 60 ? obs : []) {
    shapes.push({ kind: 'ellipse', cx: px(o.date), cy: py(o.value), rx: 1.8, ry: 1.8, fill: BAR });
  }
  // A single observation sits in the middle, and its date under it.
  const single = obs.length === 1;
  shapes.push({ kind: 'text', x: single ? px(obs[0]!.date) : left, y: bottom + 4, text: fmt.shortDate(obs[0]!.date), size: TEXT, color: MUTED, align: single ? 'center' : 'left' });
  if (obs.length > 1) shapes.push({ kind: 'text', x: right, y: bottom + 4, text: fmt.shortDate(obs[obs.length - 1]!.date), size: TEXT, color: MUTED, align: 'right' });
  shapes.push({ kind: 'text', x: (left + right) / 2, y: bottom + 5 + LH, text: `date of observation (${obs.length} ${obs.length === 1 ? 'observation' : 'observations'})`, size: TEXT, color: MUTED, align: 'center' });
  return shapes;
}

/**
 * Where a value goes between `top` and `bottom`, the range of `values` padded by 8 % at both
 * ends. Any finite numbers work: halves are subtracted, since 1.8e308 − (−1.8e308) overflows
 * to Infinity, and a range too narrow to tell apart (or one value) sits in the middle.
 */
export function verticalScale(values: readonly number[], top: number, bottom: number): (v: number) => number {
  // A loop, not Math.min(...values): spreading 150,000 observations overflows the call stack.
  let lo = Infinity, hi = -Infinity;
  for (const v of values) { if (v < lo) lo = v; if (v > hi) hi = v; }
  const half = hi / 2 - lo / 2;
  const flat = !(half >= 5e-10 && half > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-12);
  return (v) => {
    const t = flat ? 0.5 : (0.08 + (v / 2 - lo / 2) / half) / 1.16;
    return bottom - t * (bottom - top);
  };
}
