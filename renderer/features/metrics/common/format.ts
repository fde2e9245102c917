/**
 * Words and numbers for the metrics screen, in the reader's own locale (the workbook's locale
 * is for exports). A status always comes as a word with its colour: a projector washes
 * colours out, and a screen reader never sees them.
 */
import type { MetricScore } from '../../../../shared/logic';
import { METRIC_KIND_LABEL, STATUS_LABEL } from '../../../../shared/report/labels';
import type { Direction, Metric } from '../../../../shared/model';
import type { Tone } from '../../../components/Badge';
import { formatDate, formatNumber } from '../../../components/format';

export { METRIC_KIND_LABEL };

const shortDateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

// One way to write a number, a value with its unit and a date, shared with the verdict on every stage.
export { formatDate, formatNumber, formatValue } from '../../../components/format';

export function formatShortDate(date: string): string {
  return shortDateFormat.format(Date.parse(`${date}T00:00:00Z`));
}

export const DIRECTION_LABEL: Readonly<Record<Direction, string>> = {
  decrease: 'Lower is better', increase: 'Higher is better',
};

/** "−22.6% (better)": the sign says which way it moved, the word whether that is good. */
export function formatChange(changePct: number | null, direction: Direction): string {
  if (changePct === null) return '—';
  const rounded = Math.round(changePct * 10) / 10;
  if (rounded === 0) return '0% (no change)';
  const better = direction === 'decrease' ? rounded < 0 : rounded > 0;
  const sign = rounded > 0 ? '+' : '−';
  return `${sign}${formatNumber(Math.abs(rounded))}% (${better ? 'better' : 'worse'})`;
}

export interface StatusView {
  readonly tone: Tone;
  /** The short word on the badge. */
  readonly word: string;
  /** The sentence for a screen reader and the tooltip. */
  readonly detail: string;
}

export function statusView(m: Pick<Metric, 'kill'>, s: MetricScore): StatusView {
  if (s.killTriggered) {
    const action = m.kill?.action?.trim().replace(/[.!]+$/, '') || 'stop the rollout and redesign';
    return { tone: 'bad', word: 'Stop and redesign', detail: `Kill criterion triggered: ${action}.` };
  }
  switch (s.status) {
    case 'red':
      return {
        tone: 'bad', word: 'Red: kill threshold breached',
        detail: m.kill?.evaluateOn ? `Breached before the kill criterion is evaluated on ${formatDate(m.kill.evaluateOn)}.` : STATUS_LABEL.red,
      };
    case 'green': return { tone: 'good', word: 'Green: target met', detail: STATUS_LABEL.green };
    case 'amber': return { tone: 'warn', word: 'Amber: not yet at target', detail: STATUS_LABEL.amber };
    default: return { tone: 'neutral', word: 'No data yet', detail: 'No observation has been entered yet.' };
  }
}

/** The status class for charts: colour and shape come from CSS, by this name. */
export function statusClass(s: MetricScore): string {
  return s.killTriggered ? 'status-stop' : `status-${s.status}`;
}

/** "Metric 3" for an unnamed metric, so every control still has a name. */
export function metricName(m: Pick<Metric, 'name'>, index: number): string {
  return m.name.trim() || `Metric ${index + 1}`;
}
