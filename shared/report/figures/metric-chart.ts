/**
 * One metric as a figure: baseline, target and latest value side by side on the left, and
 * the trend of its observations on the right against the baseline, target and kill lines.
 */
import type { Metric } from '../../model';
import type { MetricScore } from '../../logic';
import type { Formatter } from '../locale';
import type { Figure, Shape } from '../types';
import { AMBER, BAR, GREEN, GRID, INK, MUTED, RED } from './palette';

const WIDTH = 480;
const HEIGHT = 132;
const BARS_W = 190;
const TOP = 16;
const BOTTOM = 22;

const STATUS_COLOUR = { green: GREEN, amber: AMBER, red: RED, 'no-data': MUTED } as const;

export function metricFigure(m: Metric, score: MetricScore, fmt: Formatter): Figure {
  const shapes: Shape[] = [];
  const bars: { label: string; value: number | undefined; colour: string }[] = [
    { label: 'Baseline', value: m.baseline?.value, colour: MUTED },
    { label: 'Target', value: m.target?.value, colour: GREEN },
    { label: 'Latest', value: score.latest ?? undefined, colour: STATUS_COLOUR[score.status] },
  ];
  const maxBar = Math.max(...bars.map((b) => Math.abs(b.value ?? 0)), m.kill ? Math.abs(m.kill.threshold) : 0, 1e-9);
  const barArea = BARS_W - 64 - 70;
  shapes.push({ kind: 'text', x: 0, y: 0, text: 'Baseline, target, latest', size: 7, bold: true, color: INK });
  bars.forEach((b, i) => {
    const y = TOP + 8 + i * 30;
    shapes.push({ kind: 'text', x: 0, y: y + 3, text: b.label, size: 7, color: INK });
    if (b.value === undefined) {
      shapes.push({ kind: 'text', x: 54, y: y + 3, text: 'not set', size: 7, color: MUTED });
      return;
    }
    const w = Math.max(1.5, (Math.abs(b.value) / maxBar) * barArea);
    shapes.push({ kind: 'rect', x: 54, y, w, h: 16, radius: 2, fill: b.colour });
    shapes.push({ kind: 'text', x: 54 + w + 4, y: y + 3, text: fmt.value(b.value, m.unit), size: 7, color: INK, maxWidth: 68, maxLines: 1 });
  });
  shapes.push(...trend(m, fmt));
  return { width: WIDTH, height: HEIGHT, shapes };
}

function trend(m: Metric, fmt: Formatter): Shape[] {
  const left = BARS_W + 40, right = WIDTH - 8, top = TOP + 2, bottom = HEIGHT - BOTTOM;
  const shapes: Shape[] = [{ kind: 'text', x: BARS_W + 10, y: 0, text: 'Trend of observations', size: 7, bold: true, color: INK }];
  const obs = [...m.observations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  shapes.push({ kind: 'rect', x: left, y: top, w: right - left, h: bottom - top, stroke: { color: GRID, width: 0.8 } });
  if (obs.length === 0) {
    shapes.push({ kind: 'text', x: (left + right) / 2, y: (top + bottom) / 2 - 4, text: 'No observations yet', size: 7.5, color: MUTED, align: 'center' });
    return shapes;
  }
  const lines = [
    { v: m.baseline?.value, colour: MUTED, label: 'baseline' },
    { v: m.target?.value, colour: GREEN, label: 'target' },
    { v: m.kill?.threshold, colour: RED, label: 'kill' },
  ].filter((l): l is { v: number; colour: string; label: string } => l.v !== undefined);
  const values = [...obs.map((o) => o.value), ...lines.map((l) => l.v)];
  const py = verticalScale(values, top, bottom);
  const day = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
  const d0 = day(obs[0]!.date), d1 = day(obs[obs.length - 1]!.date);
  const px = (d: string) => (d1 === d0 ? (left + right) / 2 : left + 6 + ((day(d) - d0) / (d1 - d0)) * (right - left - 12));

  for (const l of lines) {
    shapes.push({ kind: 'polyline', points: [[left, py(l.v)], [right, py(l.v)]], stroke: { color: l.colour, width: 0.8, dash: [3, 2] } });
    shapes.push({ kind: 'text', x: left - 3, y: py(l.v) - 4, text: l.label, size: 6, color: l.colour, align: 'right' });
  }
  if (obs.length > 1) shapes.push({ kind: 'polyline', points: obs.map((o) => [px(o.date), py(o.value)] as [number, number]), stroke: { color: BAR, width: 1.4 } });
  for (const o of obs.length <= 60 ? obs : []) {
    shapes.push({ kind: 'ellipse', cx: px(o.date), cy: py(o.value), rx: 1.8, ry: 1.8, fill: BAR });
  }
  shapes.push({ kind: 'text', x: left, y: bottom + 5, text: fmt.shortDate(obs[0]!.date), size: 6.5, color: MUTED, align: 'left' });
  if (obs.length > 1) shapes.push({ kind: 'text', x: right, y: bottom + 5, text: fmt.shortDate(obs[obs.length - 1]!.date), size: 6.5, color: MUTED, align: 'right' });
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
