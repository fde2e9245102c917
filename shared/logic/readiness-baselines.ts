/**
 * Readiness question 3, the baselines: does every metric have a measured baseline, a target
 * and a kill criterion, and do the metrics cover the kinds a scale-up decision needs?
 */
import { pointer, type MetricKind, type Workbook } from '../model';
import { gap, type Gap } from './gap';
import { blank, quote } from './text';

/** The kinds every scorecard should cover; each entry is satisfied by any of its kinds. */
const EXPECTED_KINDS: readonly { kinds: readonly MetricKind[]; message: string }[] = [
  { kinds: ['cycle-time', 'time-to-first-response'], message: 'No metric measures cycle time or time to first response.' },
  { kinds: ['error-rate'], message: 'No metric measures the error rate.' },
  { kinds: ['rework-rate'], message: 'No metric measures the rework rate.' },
  { kinds: ['cost-per-unit'], message: 'No metric measures the cost per unit.' },
];

export function baselineGaps(w: Workbook): Gap[] {
  const gaps: Gap[] = [];
  if (w.metrics.length === 0) {
    gaps.push(gap('baselines', 'blocker', pointer('metrics'), 'No metric is defined: name at least one measure of today\'s workflow with a baseline.'));
  }
  w.metrics.forEach((m, i) => {
    const name = quote(m.name, m.id);
    const add = (message: string, ...path: string[]) => gaps.push(gap('baselines', 'blocker', pointer('metrics', i, ...path), message, m.id));
    const b = m.baseline;
    if (b === undefined) {
      add(`Metric ${name} has no baseline.`, 'baseline');
    } else {
      if (b.from === undefined) add(`The baseline of ${name} does not say when its measuring period starts.`, 'baseline', 'from');
      if (b.to === undefined) add(`The baseline of ${name} does not say when its measuring period ends.`, 'baseline', 'to');
      if (blank(b.source)) add(`The baseline of ${name} does not name its source.`, 'baseline', 'source');
    }
    if (m.target === undefined) add(`Metric ${name} has no target.`, 'target');
    if (m.kill === undefined) add(`Metric ${name} has no kill criterion: say at what value the rollout stops.`, 'kill');
  });

  const kinds = new Set(w.metrics.map((m) => m.kind));
  for (const expected of EXPECTED_KINDS) {
    if (!expected.kinds.some((k) => kinds.has(k))) {
      gaps.push(gap('baselines', 'warning', pointer('metrics'), expected.message));
    }
  }
  return gaps;
}
