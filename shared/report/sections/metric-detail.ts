/**
 * One metric in detail: what it measures, its baseline and how far it can be trusted, target,
 * latest value and trend, status and signal, kill criterion, owner, cadence, its observations
 * and its chart.
 */
import type { Metric } from '../../model';
import type { MetricScore } from '../../logic';
import type { ReportContext } from '../context';
import type { Block, Inline } from '../types';
import { METRIC_KIND_LABEL, STATUS_TONE, humanize, statusWords } from '../labels';
import { facts, h2, toned } from '../blocks';
import { metricFigure } from '../figures/metric-chart';
import { gradeWords, limitsWords, signalWords, trendWords } from './credibility-words';
import { observationsTable } from './observations';

export function metricDetail(ctx: ReportContext, m: Metric, s: MetricScore): Block[] {
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
  const trend = trendWords(ctx, m);
  const rows: [string, string | Inline[]][] = [
    ['Kind', `${METRIC_KIND_LABEL[m.kind]}; ${m.direction === 'decrease' ? 'lower is better' : 'higher is better'}; unit: ${m.unit || '—'}`],
    ['Baseline', baseline],
    ['Baseline grade', gradeWords(s)],
    ['Target', m.target ? `${fmt.value(m.target.value, m.unit)}${m.target.by ? ` by ${fmt.date(m.target.by)}` : ''}` : missing('target')],
    ['Latest', s.latest !== null ? `${fmt.value(s.latest, m.unit)} on ${fmt.date(s.latestDate!)}${s.changePct !== null ? ` (${fmt.change(s.changePct)} against the baseline)` : ''}` : 'No observation yet.'],
    ...(trend ? [['Trend', trend] as [string, string]] : []),
    ['Status', [toned(statusWords(s), STATUS_TONE[s.status]), `. ${signalWords(s)}.`]],
    ['Natural process limits', limitsWords(ctx, m, s)],
    ['Kill criterion', kill],
    ['Owner', m.ownerId ? ctx.person(m.ownerId) : missing('owner')],
    ['Cadence', m.cadence ? humanize(m.cadence) : '—'],
    ['Measures decisions', decisions.length ? decisions.join('; ') : '—'],
  ];
  return [
    h2(m.name),
    facts(rows),
    ...observationsTable(ctx, m),
    {
      type: 'figure', figure: metricFigure(m, s, fmt),
      caption: `${m.name}: baseline, target and latest value, and ${trendOf(m.observations.length)}.`,
      altText: `${m.name}: baseline ${b ? fmt.value(b.value, m.unit) : 'not set'}, target ${m.target ? fmt.value(m.target.value, m.unit) : 'not set'}, latest ${s.latest !== null ? fmt.value(s.latest, m.unit) : 'none'}.`,
    },
  ];
}

/** What the trend plot shows, in words that read right for none and one. */
function trendOf(n: number): string {
  return n === 0 ? 'the trend once there are observations (none yet)' : n === 1 ? 'the one observation so far' : `the trend of ${n} observations`;
}
