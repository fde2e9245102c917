/**
 * Adding a metric: pick a measure from the KPI library (its definition and how to measure it
 * shown before choosing) or start a custom one, name it, add it. The new metric opens in the
 * editor with its baseline value focused: a baseline is what the sprint needs first.
 */
import { useId, useState, type ReactElement } from 'react';
import type { MetricKind } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { addMetric, newMetricId } from '../../state/commands';
import { useEditor } from '../../state/editor/context';
import { useWorkbookValue } from '../../state/hooks';
import { DIRECTION_LABEL } from './common/format';
import { KPI_LIBRARY, libraryEntry, libraryUnit, newMetric } from './library';
import { showMetric } from './useSelectedMetric';

export function AddMetricDialog({ initialKind, onClose }: { initialKind: MetricKind; onClose: () => void }): ReactElement {
  const editor = useEditor();
  const group = useId();
  const [kind, setKind] = useState<MetricKind>(initialKind);
  const [name, setName] = useState(libraryEntry(initialKind)?.name ?? '');
  const entry = libraryEntry(kind);
  const currency = useWorkbookValue((w) => w.currency);

  const choose = (next: MetricKind) => {
    // Keep a name the person typed; replace one that came from the library.
    if (name === '' || name === libraryEntry(kind)?.name) setName(libraryEntry(next)?.name ?? '');
    setKind(next);
  };

  const add = () => {
    const w = editor.workbook;
    const id = newMetricId(w, kind);
    const metric = newMetric(id, kind, name.trim() || entry?.name || 'New metric', w.currency);
    if (!editor.execute(addMetric(metric))) return;
    onClose();
    showMetric(editor, id, 'baseline');
  };

  return (
    <Dialog title="Add a metric" size="lg" onClose={onClose}
      actions={<><Button onClick={onClose}>Cancel</Button><Button variant="primary" icon="plus" onClick={add}>Add metric</Button></>}>
      <fieldset className="library-choices">
        <legend className="field-label">Start from</legend>
        {KPI_LIBRARY.map((e) => (
          <label key={e.kind} className={`library-choice${kind === e.kind ? ' is-current' : ''}`}>
            <input type="radio" name={group} value={e.kind} checked={kind === e.kind} onChange={() => choose(e.kind)} />
            <span>
              <span className="library-name">{e.name}</span>
              <span className="library-meta">{libraryUnit(e, currency)} · {DIRECTION_LABEL[e.direction].toLowerCase()}</span>
            </span>
          </label>
        ))}
        <label className={`library-choice${kind === 'custom' ? ' is-current' : ''}`}>
          <input type="radio" name={group} value="custom" checked={kind === 'custom'} onChange={() => choose('custom')} />
          <span>
            <span className="library-name">Custom metric</span>
            <span className="library-meta">your own unit and direction</span>
          </span>
        </label>
      </fieldset>
      {entry && (
        <div className="library-detail" aria-live="polite">
          <p><strong>What it is:</strong> {entry.definition}</p>
          <p><strong>How to measure it:</strong> {entry.howToMeasure}</p>
        </div>
      )}
      <TextField label="Name" value={name} placeholder="e.g. Time to first response, tier-1 queue" onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
    </Dialog>
  );
}
