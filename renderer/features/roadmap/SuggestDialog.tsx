/**
 * "Suggest a roadmap": the suggestion built from the workbook (suggestRoadmap) as a preview,
 * to accept wholly or item by item. Accepted items are added next to the existing ones, never
 * in their place. The suggestion is taken once, when the dialog opens, so accepting one item
 * does not reshuffle the rest.
 */
import { useState, type ReactElement } from 'react';
import { suggestRoadmap } from '../../../shared/logic';
import type { RoadmapItem } from '../../../shared/model';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { acceptSuggestedItems } from '../../state/commands';
import { useEditor } from '../../state/editor/context';
import { itemTitle, PHASE_LABEL, weeksText } from './common/labels';
import { useWorkbookValue } from '../../state/hooks';

export function SuggestDialog({ onClose }: { onClose: () => void }): ReactElement {
  const editor = useEditor();
  const [suggestion] = useState<readonly RoadmapItem[]>(() => suggestRoadmap(editor.workbook));
  const existing = useWorkbookValue((w) => w.roadmap.length);
  const onRoadmap = useWorkbookValue((w) => w.roadmap) ?? [];
  const accepted = new Set(onRoadmap.map((r) => r.id));
  const remaining = suggestion.filter((s) => !accepted.has(s.id));
  const metrics = useWorkbookValue((w) => w.metrics);
  const metricName = (id: string) => metrics?.find((m) => m.id === id)?.name ?? id;
  const titleOf = (id: string) => { const s = suggestion.find((x) => x.id === id); return s ? itemTitle(s) : id; };

  const accept = (ids: readonly string[]) => {
    if (!editor.execute(acceptSuggestedItems(suggestion, ids))) return;
    editor.notify({ tone: 'success', message: ids.length === 1 ? `Added “${titleOf(ids[0]!)}” to the roadmap.` : `Added ${ids.length} suggested items to the roadmap.`,
      action: { label: 'Undo', run: editor.undo } });
  };

  return (
    <Dialog title="Suggested roadmap" size="lg" onClose={onClose}
      actions={<>
        <Button onClick={onClose}>Close</Button>
        <Button variant="primary" icon="plus" disabled={remaining.length === 0} onClick={() => accept(remaining.map((s) => s.id))}>
          {remaining.length === suggestion.length ? `Add all ${suggestion.length}` : `Add the other ${remaining.length}`}
        </Button>
      </>}>
      <p className="muted">
        Built from the workbook: instrument each metric without a baseline source, implement missing controls, roll out low-tier
        decisions before medium ones, keep high-tier decisions human-only, and gate on every kill criterion.
        {existing > 0 && <> Your {existing} existing item{existing === 1 ? '' : 's'} stay as they are; accepted items are added to them.</>}
      </p>
      {suggestion.length === 0
        ? <p className="empty-note">Nothing to suggest yet: add metrics and decisions first.</p>
        : (
          <ol className="suggestions">
            {suggestion.map((s) => {
              const added = accepted.has(s.id);
              return (
                <li key={s.id} className={`suggestion${added ? ' is-added' : ''}`}>
                  <div className="suggestion-body">
                    <p className="suggestion-meta">{PHASE_LABEL[s.phase]} · {weeksText(s.weeks)}</p>
                    <h3 className="suggestion-title">{itemTitle(s)}</h3>
                    {s.description && <p className="muted small">{s.description}</p>}
                    {s.dependsOn.length > 0 && <p className="small">After: {s.dependsOn.map(titleOf).join('; ')}</p>}
                    {s.gate && s.gate.metricIds.length > 0 && <p className="small">Gate: {s.gate.metricIds.map(metricName).join(', ')}</p>}
                  </div>
                  {added
                    ? <Badge tone="good">Added</Badge>
                    : <Button size="sm" icon="plus" aria-label={`Add “${itemTitle(s)}”`} onClick={() => accept([s.id])}>Add</Button>}
                </li>
              );
            })}
          </ol>
        )}
    </Dialog>
  );
}
