/**
 * The selected metric in full: its status, what it measures, its baseline, target and kill
 * criterion, its chart, and its observations. Removing it also removes the roadmap's links and
 * gates on it, in one step that Undo takes back.
 */
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { metricReferenceCount, removeMetric } from '../../state/commands';
import { useWorkbookValue } from '../../state/hooks';
import { useShowOnPhones } from '../../state/roomPhones';
import { useEditor } from '../../state/editor/context';
import { MetricChart } from './charts/MetricChart';
import { deriveScore } from './derive';
import { formatChange, formatValue, metricName, statusView } from './common/format';
import { libraryEntry } from './library';
import { MetricBaselineFields } from './MetricBaselineFields';
import { MetricIdentityFields } from './MetricIdentityFields';
import { ObservationsSection } from './ObservationsSection';
import { useDoc } from '../../state/editor/context';

export function MetricEditor({ id }: { id: string }): ReactElement | null {
  const editor = useEditor();
  const index = useWorkbookValue((w) => w.metrics.findIndex((m) => m.id === id));
  const metric = useWorkbookValue((w) => w.metrics[index]);
  const score = useDoc(useShallow((d) => deriveScore(d.workbook, id)));
  const phones = useShowOnPhones({ kind: 'metric', id });
  if (!metric || !score) return null;
  const name = metricName(metric, index);
  const status = statusView(metric, score);
  const entry = libraryEntry(metric.kind);

  const remove = () => {
    const refs = metricReferenceCount(editor.workbook, id);
    if (!editor.execute(removeMetric(id))) return;
    editor.notifyUndoable(`Removed ${name}${refs ? ` and ${refs} reference${refs === 1 ? '' : 's'} to it on the roadmap and in the RACI` : ''}.`);
  };

  return (
    <section className="card section metric-editor" id="metric-editor" tabIndex={-1} aria-labelledby="metric-editor-title">
      <header className="section-header">
        <div>
          <p className="eyebrow">Metric {index + 1}</p>
          <h2 id="metric-editor-title" className="section-title">{name}</h2>
          <p className="metric-verdict" aria-live="polite">
            <Badge tone={status.tone} size="lg">{status.word}</Badge>
            <span className="muted">
              {score.latest === null ? 'No observation yet.' : `Latest ${formatValue(score.latest, metric.unit)}, ${formatChange(score.changePct, metric.direction)} from baseline.`}
              {' '}{status.detail !== status.word && score.status !== 'no-data' ? status.detail : ''}
            </span>
          </p>
        </div>
        <div className="section-actions">
          {phones.open && <Button icon="people" aria-pressed={phones.shown} onClick={phones.show}>{phones.shown ? 'On phones' : 'Show on phones'}</Button>}
          <Button variant="ghost" icon="trash" onClick={remove}>Remove metric</Button>
        </div>
      </header>
      {entry && metric.kind !== 'custom' && <p className="how-to-measure"><strong>How to measure {entry.name.toLowerCase()}:</strong> {entry.howToMeasure}</p>}
      <MetricIdentityFields metric={metric} />
      <MetricBaselineFields metric={metric} />
      <h3 className="subheading">Trend against baseline, target and kill threshold</h3>
      <MetricChart metric={metric} score={score} name={name} />
      <ObservationsSection metric={metric} name={name} />
    </section>
  );
}
