/**
 * The KPI scorecard: triggered kill criteria stated plainly first, and thresholds breached before
 * their criteria are judged, then the scorecard at a glance
 * (baseline with its grade, latest value with its trend, status with its signal, the natural
 * process limits), the "inside the noise" warnings, then each metric in detail.
 */
import type { MetricKind } from '../../model';
import type { MetricScore } from '../../logic';
import type { ReportContext } from '../context';
import type { Block, TableCell } from '../types';
import { STATUS_TONE, statusWords } from '../labels';
import { callout, cell, col, filled, h1, p, table } from '../blocks';
import { gapText } from '../gap-text';
import { earlyWords, killWords } from './decide';
import { limitsWords, signalWords, trendWords } from './credibility-words';
import { metricDetail } from './metric-detail';

/** The four kinds of baseline every sprint should measure (a cycle-time kind may be either). */
const EXPECTED: readonly { kinds: readonly MetricKind[]; name: string }[] = [
  { kinds: ['cycle-time', 'time-to-first-response'], name: 'cycle time (or time to first response)' },
  { kinds: ['error-rate'], name: 'error rate' },
  { kinds: ['rework-rate'], name: 'rework rate' },
  { kinds: ['cost-per-unit'], name: 'cost per unit of work' },
];

const NOISE = /^\/metrics\/\d+\/(kill\/threshold|target\/value)$/;

export function killCallouts(ctx: ReportContext): Block[] {
  return ctx.kills.map((k) => callout('red', `Stop and redesign: ${k.metricName}`, killWords(ctx, k)));
}

export function scorecardSection(ctx: ReportContext): Block[] {
  const { metrics } = ctx.w;
  const { fmt } = ctx;
  const blocks: Block[] = [h1('Scorecard at a glance')];
  const kills = killCallouts(ctx);
  if (kills.length) blocks.push(...kills);
  else if (metrics.length) {
    // "None triggered" alone would read as all clear above a red "kill threshold breached".
    const early = ctx.earlyBreaches.length > 0;
    blocks.push(p({ text: early ? 'No kill criterion is triggered yet. ' : 'No kill criterion is triggered. ', bold: true }, 'A kill criterion is triggered when the latest observation breaches its threshold on or after its evaluation date.'));
  }
  blocks.push(...ctx.earlyBreaches.map((b) => callout('amber', `Past its kill threshold, not judged yet: ${b.metricName}`, earlyWords(ctx, b))));
  if (metrics.length === 0) {
    blocks.push(p('No metrics have been recorded yet. Measure the current workflow before changing it: cycle time, error rate, rework rate and cost per unit, each with a baseline, a target and a kill criterion.'));
    return blocks;
  }
  blocks.push(table(
    [col('Metric', 3.6), col('Baseline', 2.3, 'right'), col('Target', 2, 'right'), col('Latest and trend', 3, 'right'), col('Change', 1.7, 'right'),
      col('Status and signal', 3.2), col('Natural process limits', 2.6)],
    metrics.map((m) => {
      const s = ctx.scores.get(m.id)!;
      const trend = trendWords(ctx, m);
      return [
        cell({ text: m.name, bold: true }),
        cell(m.baseline ? fmt.value(m.baseline.value, m.unit) : '—', ...(s.baselineGrade ? [`\ngrade ${s.baselineGrade}`] : [])),
        cell(m.target ? fmt.value(m.target.value, m.unit) : '—'),
        cell(s.latest !== null ? fmt.value(s.latest, m.unit) : '—', ...(trend ? [`\n${trend}`] : [])),
        cell(s.changePct !== null ? fmt.change(s.changePct) : '—'),
        statusCell(s),
        cell(s.limits ? limitsWords(ctx, m, s) : 'none yet'),
      ];
    }),
  ));
  const noise = ctx.readiness.gaps.filter((g) => NOISE.test(g.path));
  if (noise.length) {
    blocks.push(callout('amber', 'Inside the noise', noise.map((g) => gapText(ctx, g)).join(' ')));
  }
  blocks.push(p({ text: 'Reading the table. ', bold: true },
    'The grade says how far a baseline can be trusted (A: 20 or more points with a source and a method; B: 6 or more points or a sample of 30, with a source; C: an estimate). ',
    `The natural process limits are the range today’s workflow varies in by itself (mean ± ${fmt.number(2.66, 2)} × the average moving range of the baseline points); a signal is a change beyond them, or 8 later points on one side of the mean. `,
    'An arrow compares the latest value with the one before it.'));
  const missing = EXPECTED.filter((e) => !metrics.some((m) => e.kinds.includes(m.kind)));
  if (missing.length) {
    blocks.push(callout('amber', 'Baselines the sprint expects but does not have',
      `No metric measures ${missing.map((e) => e.name).join(', ')}. Without a baseline there is nothing to hold the rollout against.`));
  }
  blocks.push(h1('Metrics in detail'));
  for (const m of metrics) blocks.push(...metricDetail(ctx, m, ctx.scores.get(m.id)!));
  return blocks;
}

function statusCell(s: MetricScore): TableCell {
  return filled(STATUS_TONE[s.status], { text: statusWords(s), bold: true }, `\n${signalWords(s)}`);
}
