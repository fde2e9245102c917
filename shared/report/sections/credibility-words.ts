/**
 * The words for rules 1.1's measurement credibility and a metric's trend, shared by the
 * scorecard's table and each metric's details: the baseline grade, the natural process limits,
 * the signal, and the arrow with its previous value (an arrow always comes with a word, so a
 * screen reader and a black-and-white print say the same).
 */
import { MIN_POINTS, baselineSeries, trendOf, type MetricScore } from '../../logic';
import type { Metric } from '../../model';
import type { ReportContext } from '../context';

const ARROW = { up: '↑ up', down: '↓ down', flat: '→ unchanged' } as const;

/** "↑ up from 4.1 % (worse)", or null with fewer than two observations. */
export function trendWords(ctx: ReportContext, m: Metric): string | null {
  const t = trendOf(m);
  if (!t) return null;
  const verdict = t.better === null ? '' : t.better ? ' (better)' : ' (worse)';
  return `${ARROW[t.direction]} from ${ctx.fmt.value(t.previous.value, m.unit)}${verdict}`;
}

export const GRADE_MEANING = {
  A: 'at least 20 points in the baseline period, a named source and a method',
  B: 'at least 6 points in the baseline period or a sample of 30 or more, and a named source',
  C: 'too few points or no named source: treat the baseline as an estimate',
} as const;

export function gradeWords(s: MetricScore): string {
  return s.baselineGrade === null ? 'No baseline, no grade' : `Grade ${s.baselineGrade}: ${GRADE_MEANING[s.baselineGrade]}`;
}

export function limitsWords(ctx: ReportContext, m: Metric, s: MetricScore): string {
  if (s.limits === null) {
    const n = baselineSeries(m).length;
    return `None: ${n} ${n === 1 ? 'observation' : 'observations'} in the baseline period, ${MIN_POINTS} are needed`;
  }
  const [lower, upper, mean] = ctx.fmt.approxAll([s.limits.lower, s.limits.upper, s.limits.mean], m.unit);
  return `${lower} to ${upper} (mean ${mean})`;
}

export function signalWords(s: MetricScore): string {
  if (s.signal === null) return 'Signal unknown: too few baseline points';
  return s.signal ? 'Signal: a real change since the baseline' : 'No signal: the changes since are within the noise';
}
