/**
 * Readiness question 3, the baselines: does every metric have a measured baseline, a target
 * and a kill criterion, do the metrics cover the kinds a scale-up decision needs, and (rules
 * 1.1) has a kill criterion been triggered, and are the target and the threshold outside the
 * noise of today's workflow?
 */
import { pointer, type Metric, type MetricKind, type Workbook } from '../model';
import { insideNoise } from './credibility';
import { gap, type Gap } from './gap';
import { scoreMetric, type MetricScore } from './scorecard';
import { blank, listOf, quote, sentence } from './text';

/** The kinds every scorecard should cover; each entry is satisfied by any of its kinds. */
const EXPECTED_KINDS: readonly { kinds: readonly MetricKind[]; message: string }[] = [
  { kinds: ['cycle-time', 'time-to-first-response'], message: 'No metric measures cycle time or time to first response.' },
  { kinds: ['error-rate'], message: 'No metric measures the error rate.' },
  { kinds: ['rework-rate'], message: 'No metric measures the rework rate.' },
  { kinds: ['cost-per-unit'], message: 'No metric measures the cost per unit.' },
];

/** `scores` (one per metric, in file order) saves recomputing the scorecard when the caller has it. */
export function baselineGaps(w: Workbook, scores?: readonly MetricScore[]): Gap[] {
  const gaps: Gap[] = [];
  if (w.metrics.length === 0) {
    gaps.push(gap('baselines', 'blocker', pointer('metrics'), 'No metric is defined: name at least one measure of today\'s workflow with a baseline.'));
  }
  w.metrics.forEach((m, i) => {
    const name = quote(m.name, m.id);
    const add = (severity: Gap['severity'], message: string, ...path: string[]) =>
      gaps.push(gap('baselines', severity, pointer('metrics', i, ...path), message, m.id));
    const b = m.baseline;
    if (b === undefined) {
      add('blocker', `Metric ${name} has no baseline.`, 'baseline');
    } else {
      if (b.from === undefined) add('blocker', `The baseline of ${name} does not say when its measuring period starts.`, 'baseline', 'from');
      if (b.to === undefined) add('blocker', `The baseline of ${name} does not say when its measuring period ends.`, 'baseline', 'to');
      if (blank(b.source)) add('blocker', `The baseline of ${name} does not name its source.`, 'baseline', 'source');
    }
    if (m.target === undefined) add('blocker', `Metric ${name} has no target.`, 'target');
    else if (m.target.by !== undefined && b?.to !== undefined && m.target.by <= b.to) {
      add('warning', `The target date of ${name} (${m.target.by}) is not after its baseline period ends (${b.to}): a target is reached after today's workflow was measured.`, 'target', 'by');
    }
    if (m.kill === undefined) add('blocker', `Metric ${name} has no kill criterion: say at what value the rollout stops.`, 'kill');

    const score = scores?.[i] ?? scoreMetric(m);
    const kill = killGap(w, m, score);
    if (kill) add(kill.severity, kill.message, 'kill');
    if (score.limits !== null) {
      const { lower, upper } = score.limits;
      const band = `the natural process limits ${String(lower)} to ${String(upper)}`;
      if (m.kill !== undefined && insideNoise(score.limits, m.kill.threshold)) {
        add('warning', `The kill threshold of ${name} (${String(m.kill.threshold)}) lies inside ${band}: noise alone can trigger it.`, 'kill', 'threshold');
      }
      if (m.target !== undefined && insideNoise(score.limits, m.target.value)) {
        add('warning', `The target of ${name} (${String(m.target.value)}) lies inside ${band}: reaching it proves nothing.`, 'target', 'value');
      }
    }
  });

  const kinds = new Set(w.metrics.map((m) => m.kind));
  for (const expected of EXPECTED_KINDS) {
    if (!expected.kinds.some((k) => kinds.has(k))) {
      gaps.push(gap('baselines', 'warning', pointer('metrics'), expected.message));
    }
  }
  return gaps;
}

/**
 * A triggered kill criterion is a blocker that stops the rollout; a breach measured before
 * `evaluateOn` is a warning, because the criterion is not yet being judged.
 */
function killGap(w: Workbook, m: Metric, score: MetricScore): { severity: Gap['severity']; message: string } | null {
  if (!score.killBreached || m.kill === undefined || score.latest === null) return null;
  const name = quote(m.name, m.id);
  const measured = `${String(score.latest)} on ${score.latestDate ?? ''} breaches the kill threshold ${String(m.kill.threshold)}`;
  if (!score.killTriggered) {
    return {
      severity: 'warning',
      message: `Metric ${name} is past its kill threshold (${measured}), measured before the criterion is evaluated from ${m.kill.evaluateOn ?? ''}.`,
    };
  }
  const blocked = w.roadmap.filter((r) => r.gate?.metricIds.includes(m.id)).map((r) => quote(r.title, r.id));
  const action = blank(m.kill.action) ? '' : ` The criterion says: ${sentence(m.kill.action!)}`;
  const blocks = blocked.length > 0 ? ` It blocks ${listOf(blocked)}.` : '';
  return {
    severity: 'blocker',
    message: `Stop and redesign: metric ${name} triggered its kill criterion (${measured}).${action}${blocks}`,
  };
}
