/**
 * The KPI scorecard: triggered kill criteria stated plainly first, the scorecard at a glance,
 * then each metric with its baseline, target, kill criterion, owner, cadence and charts.
 */
import type { Metric, MetricKind } from '../../model';
import type { MetricScore } from '../../logic';
import type { ReportContext } from '../context';
import type { Block, Inline, TableCell, Tone } from '../types';
import { METRIC_KIND_LABEL, STATUS_LABEL, humanize } from '../labels';
import { callout, cell, col, facts, filled, h1, h2, p, table, toned } from '../blocks';
import { metricFigure } from '../figures/metric-chart';

const STATUS_TONE: Readonly<Record<MetricScore['status'], Tone>> = { green: 'green', amber: 'amber', red: 'red', 'no-data': 'muted' };

/** The four kinds of baseline every sprint should measure (a cycle-time kind may be either). */
const EXPECTED: readonly { kinds: readonly MetricKind[]; name: string }[] = [
  { kinds: ['cycle-time', 'time-to-first-response'], name: 'cycle time (or time to first response)' },
  { kinds: ['error-rate'], name: 'error rate' },
  { kinds: ['rework-rate'], name: 'rework rate' },
  { kinds: ['cost-per-unit'], name: 'cost per unit of work' },
];

export function killCallouts(ctx: ReportContext): Block[] {
  return ctx.w.metrics.flatMap((m) => {
    const s = ctx.scores.get(m.id)!;
    if (!s.killTriggered || !m.kill || s.latest === null) return [];
    const blocked = ctx.schedule.items.filter((i) => i.blockedBy.includes(m.id)).map((i) => ctx.item(i.itemId)?.title ?? i.itemId);
    return [callout('red', `Stop and redesign: ${m.name}`,
      `The latest value, ${ctx.fmt.value(s.latest, m.unit)} on ${ctx.fmt.date(s.latestDate!)}, breaches the kill threshold of ${ctx.fmt.value(m.kill.threshold, m.unit)}`,
      m.kill.evaluateOn ? ` (evaluated from ${ctx.fmt.date(m.kill.evaluateOn)}).` : '.',
      m.kill.action ? ` Agreed action: ${m.kill.action.trim().replace(/[^.!?]$/, '$&.')}` : '',
      blocked.length ? ` Blocked until it recovers: ${blocked.join(', ')}.` : '')];
  });
}

export function scorecardSection(ctx: ReportContext): Block[] {
  const { metrics } = ctx.w;
  const blocks: Block[] = [];
  const kills = killCallouts(ctx);
  blocks.push(h1('Scorecard at a glance'));
  if (kills.length) blocks.push(...kills);
  else if (metrics.length) blocks.push(p({ text: 'No kill criterion is triggered. ', bold: true }, 'A kill criterion is triggered when the latest observation breaches its threshold on or after its evaluation date.'));
  if (metrics.length === 0) {
    blocks.push(p('No metrics have been recorded yet. Measure the current workflow before changing it: cycle time, error rate, rework rate and cost per unit, each with a baseline, a target and a kill criterion.'));
    return blocks;
  }
  blocks.push(table(
    [col('Metric', 4.2), col('Baseline', 2.4, 'right'), col('Target', 2.4, 'right'), col('Latest', 2.4, 'right'), col('Change', 1.8, 'right'), col('Status', 2.8)],
    metrics.map((m) => {
      const s = ctx.scores.get(m.id)!;
      return [
        cell({ text: m.name, bold: true }),
        cell(m.baseline ? ctx.fmt.value(m.baseline.value, m.unit) : '—'),
        cell(m.target ? ctx.fmt.value(m.target.value, m.unit) : '—'),
        cell(s.latest !== null ? ctx.fmt.value(s.latest, m.unit) : '—'),
        cell(s.changePct !== null ? ctx.fmt.change(s.changePct) : '—'),
        statusCell(s),
      ];
    }),
  ));
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
  const words = s.killTriggered ? 'Red: stop and redesign' : STATUS_LABEL[s.status];
  return filled(STATUS_TONE[s.status], { text: words, bold: true });
}

function metricDetail(ctx: ReportContext, m: Metric, s: MetricScore): Block[] {
  const { fmt } = ctx;
  const missing = (what: string): Inline[] => [toned(`No ${what} recorded.`, 'red')];
  const b = m.baseline;
  const baseline: string | Inline[] = b
    ? [fmt.value(b.value, m.unit),
        b.from && b.to ? `, measured ${fmt.date(b.from)} to ${fmt.date(b.to)}` : b.from ? `, measured from ${fmt.date(b.from)}` : '',
        b.sampleSize !== undefined ? ` over ${fmt.number(b.sampleSize, 0)} cases` : '',
        b.source ? `; source: ${b.source}` : '', b.method ? `; method: ${b.method}` : ''].join('')
    : missing('baseline');
  const kill: string | Inline[] = m.kill
    ? [`${m.direction === 'decrease' ? 'above' : 'below'} ${fmt.value(m.kill.threshold, m.unit)}`,
        m.kill.evaluateOn ? `, evaluated from ${fmt.date(m.kill.evaluateOn)}` : ', evaluated at any time',
        m.kill.action ? `; then: ${m.kill.action.trim().replace(/[.!]+$/, '')}` : '',
        s.killTriggered ? '. TRIGGERED: stop and redesign.' : s.killBreached ? '. Breached, but before its evaluation date: not yet triggered.' : '. Not breached.'].join('')
    : missing('kill criterion');
  const decisions = m.decisionIds.map((id) => ctx.decision(id)?.title ?? `unknown "${id}"`);
  const rows: [string, string | Inline[]][] = [
    ['Kind', `${METRIC_KIND_LABEL[m.kind]}; ${m.direction === 'decrease' ? 'lower is better' : 'higher is better'}; unit: ${m.unit || '—'}`],
    ['Baseline', baseline],
    ['Target', m.target ? `${fmt.value(m.target.value, m.unit)}${m.target.by ? ` by ${fmt.date(m.target.by)}` : ''}` : missing('target')],
    ['Latest', s.latest !== null ? `${fmt.value(s.latest, m.unit)} on ${fmt.date(s.latestDate!)}${s.changePct !== null ? ` (${fmt.change(s.changePct)} against the baseline)` : ''}` : 'No observation yet.'],
    ['Status', [toned(s.killTriggered ? 'Red: stop and redesign' : STATUS_LABEL[s.status], STATUS_TONE[s.status])]],
    ['Kill criterion', kill],
    ['Owner', m.ownerId ? ctx.person(m.ownerId) : missing('owner')],
    ['Cadence', m.cadence ? humanize(m.cadence) : '—'],
    ['Measures decisions', decisions.length ? decisions.join('; ') : '—'],
  ];
  const notes = m.observations.filter((o) => o.note);
  return [
    h2(m.name),
    facts(rows),
    ...(notes.length ? [table([col('Date', 2.4), col('Value', 2.4, 'right'), col('Note', 9)],
      notes.map((o) => [cell(fmt.date(o.date)), cell(fmt.value(o.value, m.unit)), cell(o.note!)]))] : []),
    {
      type: 'figure', figure: metricFigure(m, s, fmt),
      caption: `${m.name}: baseline, target and latest value, and the trend of ${m.observations.length} ${m.observations.length === 1 ? 'observation' : 'observations'}.`,
      altText: `${m.name}: baseline ${b ? fmt.value(b.value, m.unit) : 'not set'}, target ${m.target ? fmt.value(m.target.value, m.unit) : 'not set'}, latest ${s.latest !== null ? fmt.value(s.latest, m.unit) : 'none'}.`,
    },
  ];
}
