/**
 * The four kinds of measure the sprint expects (readiness question 3): each either covered by
 * a metric, or a gap with a button that adds it from the KPI library. Under them, the metrics
 * still missing a baseline, target or kill criterion, each linked to the field to fill in.
 */
import type { ReactElement } from 'react';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Section } from '../../components/Section';
import { useDeferredDerived, useWorkbookList } from '../../state/hooks';
import { deriveReadiness } from '../../state/selectors';
import { EXPECTED_KINDS, libraryEntry } from './library';
import { useEditor } from '../../state/editor/context';
import { fieldIn } from '../../state/navigation';
import { showMetric } from './useSelectedMetric';

export function KindCoverage({ onAdd }: { onAdd: (kind: (typeof EXPECTED_KINDS)[number]['kinds'][number]) => void }): ReactElement {
  const editor = useEditor();
  const metrics = useWorkbookList((w) => w.metrics);
  // A frame behind, like the sidebar's verdict (and the same computation): an edit to an
  // observation is not held up by readiness of the whole workbook.
  const readiness = useDeferredDerived(deriveReadiness);
  const metricGaps = readiness.gaps.filter((g) => g.path.startsWith('/metrics/') && g.subjectId !== undefined);
  const missing = EXPECTED_KINDS.filter((e) => !metrics.some((m) => e.kinds.includes(m.kind))).length;
  return (
    <Section title="What the scorecard must cover" id="metric-kinds" focusKey="/metrics"
      description="A scale-up decision needs a measure of speed, of errors, of rework and of cost. Each kind that no metric measures is a gap.">
      <ul className="kind-list" aria-label="Expected kinds of metric">
        {EXPECTED_KINDS.map((e) => {
          const covering = metrics.filter((m) => e.kinds.includes(m.kind));
          const entry = libraryEntry(e.kinds[0]!);
          return (
            <li key={e.label} className={`kind-item ${covering.length ? 'kind-covered' : 'kind-missing'}`}>
              <span className="kind-name">{e.label}</span>
              {covering.length > 0
                ? <Badge tone="good">Covered by {covering.map((m) => m.name || m.id).join(', ')}</Badge>
                : <>
                  <Badge tone="warn">Gap: no metric measures this</Badge>
                  <Button size="sm" icon="plus" onClick={() => onAdd(e.kinds[0]!)}>Add {entry?.name ?? e.label}</Button>
                </>}
            </li>
          );
        })}
      </ul>
      <p className="muted small kind-summary">
        {missing === 0 ? 'All four kinds are measured.' : `${missing} of 4 kinds ${missing === 1 ? 'is' : 'are'} not measured yet.`}
        {metricGaps.length > 0 && ` ${metricGaps.length} gap${metricGaps.length === 1 ? '' : 's'} in the metrics below:`}
      </p>
      {metricGaps.length > 0 && (
        <ul className="metric-gaps">
          {metricGaps.slice(0, 12).map((g) => (
            <li key={g.path}>
              <button type="button" className="link-button" onClick={() => showMetric(editor, g.subjectId!, fieldIn(editor.workbook, g.path, g.subjectId!))}>{g.message}</button>
            </li>
          ))}
          {metricGaps.length > 12 && <li className="muted small">…and {metricGaps.length - 12} more on the Readiness stage.</li>}
        </ul>
      )}
    </Section>
  );
}
