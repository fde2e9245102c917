/**
 * The metric figure with any finite values: the trend's scale must not overflow (1.8e308 −
 * (−1.8e308) is Infinity in doubles) and every shape must land inside the figure.
 */
import { describe, expect, it } from 'vitest';
import { scoreMetric } from '../../../../shared/logic';
import type { Metric } from '../../../../shared/model';
import { metricFigure, verticalScale } from '../../../../shared/report/figures/metric-chart';
import { formatterFor } from '../../../../shared/report/locale';
import type { Figure } from '../../../../shared/report/types';

const MAX = 1.7976931348623157e308;
const fmt = formatterFor({ locale: 'en-US', currency: 'USD' });

/** Every number of every shape, with where it came from. */
function numbers(f: Figure): [string, number][] {
  return f.shapes.flatMap((s, i): [string, number][] => {
    const at = `${i}:${s.kind}`;
    switch (s.kind) {
      case 'rect': return [[at, s.x], [at, s.y], [at, s.w], [at, s.h]];
      case 'ellipse': return [[at, s.cx], [at, s.cy], [at, s.rx], [at, s.ry]];
      case 'polygon': case 'polyline': return s.points.flatMap(([x, y]): [string, number][] => [[at, x], [at, y]]);
      case 'text': return [[at, s.x], [at, s.y], [at, s.size]];
    }
  });
}

function metric(values: number[], extra: Partial<Metric> = {}): Metric {
  return {
    id: 'm', name: 'Extreme', kind: 'custom', unit: 'h', direction: 'decrease', decisionIds: [],
    observations: values.map((value, i) => ({ date: `2026-04-${String(i + 1).padStart(2, '0')}`, value })),
    ...extra,
  } as Metric;
}

describe('the trend’s vertical scale', () => {
  it('pads the range by 8 % at each end (hand-computed: 0 and 100 over 116 points)', () => {
    const y = verticalScale([0, 100], 0, 116);
    expect(y(0)).toBeCloseTo(108, 9);
    expect(y(100)).toBeCloseTo(8, 9);
    expect(y(50)).toBeCloseTo(58, 9);
  });

  it('spans the whole range of the doubles without overflowing', () => {
    const y = verticalScale([-MAX, MAX], 0, 116);
    expect(y(-MAX)).toBeCloseTo(108, 9);
    expect(y(MAX)).toBeCloseTo(8, 9);
    expect(y(0)).toBeCloseTo(58, 9);
  });

  it('puts a single value, or values too close to tell apart, in the middle', () => {
    for (const values of [[MAX, MAX], [5e-324, 0, -0], [1e308, 1e308 * (1 + 1e-15)]]) {
      const y = verticalScale(values, 0, 116);
      for (const v of values) expect(y(v)).toBe(58);
    }
  });
});

describe('the metric figure with extreme values', () => {
  const cases: [string, Metric][] = [
    ['observations at both ends of the doubles', metric([MAX, -MAX, 5e-324, -0])],
    ['a baseline, target and kill line at the ends', metric([1, 2], { baseline: { value: MAX }, target: { value: -MAX }, kill: { threshold: 5e-324 } })],
    ['all values equal and huge', metric([1e308, 1e308], { baseline: { value: 1e308 } })],
    ['values only a subnormal apart', metric([5e-324, 1e-323], { target: { value: 0 } })],
  ];

  it.each(cases)('places every shape inside the figure: %s', (_name, m) => {
    const figure = metricFigure(m, scoreMetric(m), fmt);
    const bad = numbers(figure).filter(([, v]) => !Number.isFinite(v) || v < -1 || v > Math.max(figure.width, figure.height) + 1);
    expect(bad).toEqual([]);
  });

  it('keeps the largest observation above the smallest', () => {
    const m = metric([-MAX, MAX]);
    const trend = metricFigure(m, scoreMetric(m), fmt).shapes.filter((s) => s.kind === 'ellipse');
    expect(trend).toHaveLength(2);
    const [low, high] = trend as { cy: number }[];
    expect(high!.cy).toBeLessThan(low!.cy);
  });
});

describe('the metric figure with one observation', () => {
  const m = metric([4.4], { kill: { threshold: 4 }, baseline: { value: 2.1 } });
  const figure = metricFigure(m, scoreMetric(m), fmt);
  const texts = figure.shapes.flatMap((s) => (s.kind === 'text' ? [s] : []));

  it('writes its date under the point, not at the plot’s left edge', () => {
    const point = figure.shapes.find((s) => s.kind === 'ellipse')!;
    const date = texts.find((t) => t.text === fmt.shortDate('2026-04-01'))!;
    expect(point.kind === 'ellipse' && date.x).toBe(point.kind === 'ellipse' ? point.cx : NaN);
    expect(date.align).toBe('center');
  });

  it('labels a value above the highest one, so the point is not at the top of an unlabelled scale', () => {
    const labels = texts.filter((t) => t.align === 'right' && /^\d/.test(t.text)).map((t) => Number(t.text.replace(',', '.')));
    expect(Math.max(...labels)).toBeGreaterThanOrEqual(4.4);
  });
});

describe('the metric figure with no observation', () => {
  it('says the latest value has no observation yet, where baseline and target say not set', () => {
    const m = metric([], { target: { value: 3 } });
    const texts = metricFigure(m, scoreMetric(m), fmt).shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    expect(texts).toContain('no observation yet');
    expect(texts.filter((t) => t === 'not set')).toHaveLength(1);
  });
});

describe('the trend’s reference lines', () => {
  it('name each line above or below it, never across it, even at the top of the plot', () => {
    const m = metric([80, 85, 90], { direction: 'increase', unit: '%', baseline: { value: 80 }, target: { value: 100 }, kill: { threshold: 70 } } as Partial<Metric>);
    const shapes = metricFigure(m, scoreMetric(m), fmt).shapes;
    for (const name of ['target', 'baseline', 'kill']) {
      const label = shapes.find((s) => s.kind === 'text' && s.text.startsWith(`${name} `));
      if (!label || label.kind !== 'text') continue;
      const line = shapes.find((s) => s.kind === 'polyline' && s.stroke.dash && s.points[0]![1] >= label.y - 10 && s.points[0]![1] <= label.y + 20
        && (s.stroke.color === label.color));
      expect(line, name).toBeDefined();
      const y = line!.kind === 'polyline' ? line!.points[0]![1] : NaN;
      // The label's box is label.y to label.y + its line height (about 9 points at this size).
      expect(y < label.y || y > label.y + label.size * 1.2, `${name} line at ${y}, label at ${label.y}`).toBe(true);
    }
  });
});
