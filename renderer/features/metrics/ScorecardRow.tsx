/**
 * One metric in the scorecard: baseline, target, kill threshold, latest value, change from
 * baseline, and the status in colour and words ("Stop and redesign" when its kill criterion
 * is triggered). Subscribes to its own metric and score only.
 */
import { memo, type ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Badge } from '../../components/Badge';
import { useWorkbookValue } from '../../state/hooks';
import { Sparkline } from './charts/Sparkline';
import { deriveScore } from './derive';
import { formatChange, formatDate, formatValue, metricName, statusClass, statusView } from './common/format';
import { useDoc } from '../../state/editor/context';

interface ScorecardRowProps {
  readonly id: string;
  readonly index: number;
  readonly selected: boolean;
  readonly onShow: (id: string) => void;
}

export const ScorecardRow = memo(function ScorecardRow({ id, index, selected, onShow }: ScorecardRowProps): ReactElement | null {
  const metric = useWorkbookValue((w) => w.metrics.find((m) => m.id === id));
  const score = useDoc(useShallow((d) => deriveScore(d.workbook, id)));
  if (!metric || !score) return null;
  const name = metricName(metric, index);
  const status = statusView(metric, score);
  const value = (v: number | undefined) => (v === undefined ? <span className="muted">not set</span> : formatValue(v, metric.unit));
  return (
    <tr className={`${selected ? 'is-selected ' : ''}${score.killTriggered ? 'is-stopped' : ''}`} aria-current={selected ? 'true' : undefined}>
      <th scope="row">
        <button type="button" className="link-button metric-link" onClick={() => onShow(id)}>{name}</button>
        <span className="muted small metric-unit">{metric.unit ? `${metric.unit} · ` : ''}{metric.direction === 'decrease' ? 'lower is better' : 'higher is better'}</span>
      </th>
      <td className="num">{value(metric.baseline?.value)}</td>
      <td className="num">{value(metric.target?.value)}</td>
      <td className="num">{value(metric.kill?.threshold)}</td>
      <td className="num">
        {score.latest === null ? <span className="muted">none yet</span> : (
          <>{formatValue(score.latest, metric.unit)}<span className="muted small cell-note">{formatDate(score.latestDate!)}</span></>
        )}
      </td>
      <td className="num">{formatChange(score.changePct, metric.direction)}</td>
      <td>
        <span title={status.detail}><Badge tone={status.tone} icon={score.killTriggered ? 'alert' : undefined}>{status.word}</Badge></span>
        {score.killTriggered && <span className="visually-hidden"> {status.detail}</span>}
      </td>
      <td className="cell-spark"><Sparkline metric={metric} statusClassName={statusClass(score)} /></td>
    </tr>
  );
});
